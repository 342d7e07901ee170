// The demo on a phone: what an evaluator sees at 320 and 375 px without zooming or scrolling
// sideways, and whether the live token's code can be read while the code field is in view.
import { expect } from '@open-wc/testing';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { authenticate, recentCodes, shadow, typeInto, waitForStep } from './drive.js';
import { closeDemoPages, openDemoPage, type DemoFrame } from './frame.js';

const page = '/demo/index.html';

/** The parts of `el` that something clips away: an ancestor that hides overflow, or the viewport. */
function clipped(frame: DemoFrame, el: Element): string | undefined {
  const rect = el.getBoundingClientRect();
  const inside = (outer: { left: number; right: number; top: number; bottom: number }) =>
    rect.left >= outer.left - 0.5 && rect.right <= outer.right + 0.5 && rect.top >= outer.top - 0.5 && rect.bottom <= outer.bottom + 0.5;
  if (rect.width === 0 || rect.height === 0) return 'not rendered';
  const viewport = { left: 0, top: -Infinity, right: frame.document.documentElement.clientWidth, bottom: Infinity };
  if (!inside(viewport)) return `outside the ${viewport.right} px viewport (${Math.round(rect.left)}–${Math.round(rect.right)})`;
  for (let node = el.parentElement; node && node !== frame.document.body; node = node.parentElement) {
    const style = frame.window.getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = node.getBoundingClientRect();
    const client = { left: box.left + node.clientLeft, top: box.top + node.clientTop, right: box.left + node.clientLeft + node.clientWidth, bottom: box.top + node.clientTop + node.clientHeight };
    if (!inside(client)) return `clipped by .${node.className || node.localName}`;
  }
  return undefined;
}

function visibleInViewport(frame: DemoFrame, el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const { innerWidth, innerHeight } = frame.window;
  return rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth;
}

describe('demo page on a phone', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  for (const lang of ['ja', 'en']) {
    it(`shows every option of the settings whole at 320 px (${lang})`, async () => {
      const frame = await openDemoPage(`${page}?lang=${lang}`, 'otp-enroll', { width: 320, height: 640 });
      frame.document.querySelector<HTMLDetailsElement>('#controls-box')!.open = true;
      const options = [...frame.document.querySelectorAll('#controls .segmented label, #controls select')];
      expect(options.length).to.be.greaterThan(6);
      const cut = options.map((option) => [option.textContent!.trim(), clipped(frame, option)]).filter(([, why]) => why);
      expect(cut).to.deep.equal([]);
      // Nor does the page scroll sideways.
      expect(frame.document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('shows the language switch at 375 px, named in both languages, whatever the page language', async () => {
    for (const lang of ['ja', 'en']) {
      const frame = await openDemoPage(`${page}?lang=${lang}`, 'otp-enroll', { width: 375, height: 667 });
      const group = frame.document.querySelector<HTMLFieldSetElement>('#lang-switch')!;
      const options = [...group.querySelectorAll<HTMLInputElement>('input[name="lang"]')];
      expect(options.map((o) => [o.value, o.closest('label')!.textContent!.trim(), o.closest('[lang]')!.getAttribute('lang')])).to.deep.equal([
        ['ja', '日本語', 'ja'],
        ['en', 'English', 'en'],
      ]);
      expect(group.querySelector('legend')!.textContent).to.equal('言語 / Language');
      for (const option of options) {
        expect(visibleInViewport(frame, option.closest('label')!), `${option.value} on the first screen`).to.equal(true);
        expect(clipped(frame, option.closest('label')!)).to.equal(undefined);
      }
      expect(options.find((o) => o.checked)!.value).to.equal(lang);
      closeDemoPages();
    }
  });

  it('keeps the live code in view beside the code field at 375 px, while the customer types it', async () => {
    const frame = await openDemoPage(page, 'otp-enroll', { width: 375, height: 667 });
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await authenticate(enroll, '1234567890', 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await typeInto(shadow(enroll).querySelector<HTMLInputElement>('#token-id')!, 'VSST12345678');
    const field = shadow(enroll).querySelector<OtpTokenField>('#otp')!;
    // Where the customer's focus takes the page: the browser scrolls the field into view.
    field.focus();
    const input = field.shadowRoot!.querySelector('input')!;
    await new Promise((resolve) => frame.window.requestAnimationFrame(resolve));

    // The one code on screen is the selected demo token's current one.
    const shown = [...frame.document.querySelectorAll('#live-code, #strip-code')].filter((code) => visibleInViewport(frame, code));
    expect(shown, 'a live code inside the viewport').to.have.length(1);
    expect(recentCodes('VSST12345678')).to.include(shown[0]!.textContent!.replace(/\s/g, ''));
    expect(visibleInViewport(frame, input), 'the code field inside the viewport').to.equal(true);
    // Nothing covers the field: the point at its centre is the field itself.
    const box = input.getBoundingClientRect();
    const atCentre = frame.document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(atCentre).to.equal(enroll);
  });
});
