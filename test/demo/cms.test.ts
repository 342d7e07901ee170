// demo/cms.html: what a CMS page author can build with one script tag and HTML attributes,
// under a strict Content-Security-Policy, against the reference bank at /api/bank.
import { expect, waitUntil } from '@open-wc/testing';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpSuspend } from '../../src/otp-suspend.js';
import type { OtpCompleteDetail } from '../../src/events.js';
import { authenticate, primaryButton, register, shadow, waitForStep } from './drive.js';
import { closeDemoPages, openDemoPage } from './frame.js';

const bundle = '/dist/otp-elements.bundle.js';

// Chromium and Firefox run at the same time against the one reference bank: each takes its own
// customer and token, so neither replays the other's code nor finds the other's registration.
const firefox = navigator.userAgent.includes('Firefox');
const customer = firefox ? '2345678901' : '1234567890';
const tokenId = firefox ? 'VSMT23456789' : 'VSST12345678';

describe('CMS page (bundle and HTML attributes only)', () => {
  before(async () => {
    const response = await fetch(bundle, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${bundle} is missing: build it with \`npm run build\` before the tests`);
    // The page's endpoint attribute names the reference bank as `npm start` mounts it.
    const bank = await fetch('/api/bank/authenticate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    if (bank.status !== 400) throw new Error(`the test server answers ${bank.status} at /api/bank: it must mount the reference bank there`);
  });

  afterEach(closeDemoPages);

  it('loads no script but the bundle and declares a CSP without unsafe-inline', async () => {
    const source = new DOMParser().parseFromString(await (await fetch('/demo/cms.html')).text(), 'text/html');
    // The test server adds its own web-socket script to every page it serves: not the page's.
    const scripts = [...source.scripts].filter((s) => !s.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(scripts[0]!.getAttribute('src')).to.equal(`..${bundle}`);
    expect([...source.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);

    const frame = await openDemoPage('/demo/cms.html', 'otp-enroll');
    const policy = frame.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.include("script-src 'self'").and.include("style-src 'self'").and.not.include('unsafe');
    const wizards = [...frame.document.querySelectorAll('otp-enroll, otp-suspend')];
    expect(wizards.map((w) => w.getAttribute('endpoint'))).to.deep.equal(['/api/bank', '/api/bank', '/api/bank', '/api/bank']);
    // Styled although no inline style may run: Lit's constructable stylesheets are allowed.
    const enroll = wizards[0] as OtpEnroll;
    expect(frame.window.getComputedStyle(shadow(enroll).querySelector('[part~="title"]')!).color).to.equal('rgb(11, 83, 148)');
    expect(frame.problems).to.deep.equal([]);
  });

  it('shows the key the reference bank issues as a QR code with mode="provision", from attributes alone', async () => {
    const frame = await openDemoPage('/demo/cms.html#enroll-qr', 'otp-enroll');
    const enroll = frame.document.querySelector<OtpEnroll>('#enroll-qr otp-enroll')!;
    await authenticate(enroll, customer, 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await waitUntil(() => shadow(enroll).querySelector('[part="secret"]'), 'the key is shown');
    expect(shadow(enroll).querySelector('[part="qr"] path')!.getAttribute('d')).to.match(/^M/);
    expect(shadow(enroll).querySelector('[part="secret"]')!.textContent).to.match(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    expect(frame.problems).to.deep.equal([]);
  });

  it('loads mode="provision" and its QR encoder only when used, as chunks beside the bundle', async () => {
    const frame = await openDemoPage('/demo/cms.html#enroll-qr', 'otp-enroll');
    // The scripts the page fetched from the folder the bundle is in (the page is in another one,
    // so a chunk found there was resolved from the bundle's own URL, not the page's).
    const fetched = () =>
      frame.window.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
    // (The page's English section fetches the English texts, a chunk of their own.)
    const provisioning = () => fetched().filter((path) => /otp-elements\.(provisioning|uqr)-/.test(path)).sort();
    expect(fetched()).to.include(bundle);
    expect(provisioning()).to.deep.equal([]);

    const enroll = frame.document.querySelector<OtpEnroll>('#enroll-qr otp-enroll')!;
    await authenticate(enroll, customer, 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await waitUntil(() => shadow(enroll).querySelector('[part="qr"] path'), 'the QR code is drawn');
    const chunks = provisioning();
    expect(chunks).to.have.length(2);
    expect(chunks[0]).to.match(/^\/dist\/otp-elements\.provisioning-[\w-]+\.js$/);
    expect(chunks[1]).to.match(/^\/dist\/otp-elements\.uqr-[\w-]+\.js$/);
    expect(frame.problems).to.deep.equal([]);
  });

  it('completes a registration, then a suspension, through endpoint="/api/bank"', async () => {
    const frame = await openDemoPage('/demo/cms.html', 'otp-enroll');
    const completed: OtpCompleteDetail[] = [];
    frame.document.addEventListener('otp-complete', (event) => completed.push(event.detail));

    const enroll = frame.document.querySelector<OtpEnroll>('#enroll otp-enroll')!;
    await waitForStep(enroll, 'prepare');
    primaryButton(enroll).click();
    await authenticate(enroll, customer, 'Passw0rd!');
    await register(enroll, tokenId, demoTokenCode(tokenId));
    await waitForStep(enroll, 'complete');
    expect(shadow(enroll).querySelector('[part~="result-code"]')!.textContent).to.match(/\d{5}/);

    frame.window.location.hash = '#suspend';
    const suspend = frame.document.querySelector<OtpSuspend>('#suspend otp-suspend')!;
    await authenticate(suspend, customer, 'Passw0rd!');
    await waitForStep(suspend, 'confirm');
    primaryButton(suspend).click();
    await waitForStep(suspend, 'complete');

    expect(completed.map((d) => d.flow)).to.deep.equal(['enroll', 'suspend']);
    expect(completed[0]!.tokenId).to.equal(tokenId);
    expect(frame.problems).to.deep.equal([]);
  });
});
