// Trusted Types: the elements under the Content-Security-Policy docs/security.md recommends
// (demo/server/site.ts's, sent as a header), which ends in
// `require-trusted-types-for 'script'; trusted-types lit-html`. Lit turns template text into HTML
// only through its own policy, named "lit-html"; nothing else of ours writes HTML.
import { expect, waitUntil } from '@open-wc/testing';
import { cspPagesBase, hostileTransaction } from '../node/protocol.js';

interface CspReport {
  violations: string[];
  errors: string[];
  /** Whether assigning a string to innerHTML went through: "blocked" where the engine enforces Trusted Types. */
  sink: 'assigned' | 'blocked';
}

type PageWindow = Window & typeof globalThis & { cspReport: CspReport };

const frames: HTMLIFrameElement[] = [];

/** The test page in a same-origin iframe, once loaded (module scripts included). */
async function openPage(query: string): Promise<PageWindow> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `${cspPagesBase}/page?${query}`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe.contentWindow as PageWindow;
}

const tags = ['otp-enroll', 'otp-suspend', 'otp-token-field'];
const defined = (win: PageWindow) => tags.filter((tag) => win.customElements.get(tag));

describe('Trusted Types (require-trusted-types-for \'script\')', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('the engine enforces it: a string assigned to innerHTML is blocked', async () => {
    const win = await openPage('');
    expect(win.cspReport.sink).to.equal('blocked');
    expect(win.cspReport.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
  });

  it('defines and renders every element with trusted-types lit-html, with no other violation', async () => {
    const win = await openPage('');
    await waitUntil(() => defined(win).length === tags.length, 'all elements defined');
    const enroll = win.document.querySelector('otp-enroll')!;
    await waitUntil(() => enroll.shadowRoot?.querySelector('[part~="title"]'), 'the wizard rendered its first step');
    expect(win.document.querySelector('otp-token-field')!.shadowRoot!.querySelector('input')).to.exist;
    // The only violation is the probe's own innerHTML; the elements cause none.
    expect(win.cspReport.violations).to.have.length(1);
    expect(win.cspReport.errors).to.deep.equal([]);
  });

  it('shows <otp-confirm>\'s transfer whose every text is markup as that text, with no other violation', async () => {
    const win = await openPage('confirm=1');
    const confirm = win.document.querySelector('otp-confirm')!;
    await waitUntil(() => confirm.shadowRoot?.querySelector('[part="details"]'), 'the transfer is shown');
    const shown = [...confirm.shadowRoot!.querySelectorAll('[part="details"] dd')].map((dd) => dd.textContent);
    const { bank, branch, accountType, name } = hostileTransaction.payee;
    expect(shown.slice(0, 5)).to.deep.equal([bank, branch, accountType, '1234567', name]);
    expect(confirm.shadowRoot!.querySelector('img, script, svg, a')).to.equal(null);
    expect(win.document.title).to.equal('Trusted Types');
    expect(win.cspReport.violations).to.have.length(1); // the probe's own
    expect(win.cspReport.errors).to.deep.equal([]);
  });

  it('defines no element when the policy list leaves lit-html out', async () => {
    const win = await openPage('trusted-types=other-policy');
    await waitUntil(() => win.cspReport.violations.some((v) => v.startsWith('trusted-types')), 'the policy was refused');
    expect(defined(win)).to.deep.equal([]);
    expect(win.cspReport.violations.filter((v) => v.startsWith('trusted-types'))[0]).to.include('lit-html');
  });

  it('needs \'allow-duplicates\' when a page loads two copies of lit, as two micro-frontends may', async () => {
    const refused = await openPage('copies=2');
    await waitUntil(() => refused.cspReport.violations.some((v) => v.startsWith('trusted-types')), 'the second policy was refused');
    const allowed = await openPage(`copies=2&trusted-types=${encodeURIComponent("lit-html 'allow-duplicates'")}`);
    await waitUntil(() => defined(allowed).length === tags.length, 'all elements defined');
    expect(allowed.cspReport.violations).to.have.length(1); // the probe's own
    expect(allowed.cspReport.errors).to.deep.equal([]);
  });
});
