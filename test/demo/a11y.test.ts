// axe on the demo pages as an evaluator reaches them: every tab, theme, language, width and
// wizard step the demo offers, in both engines. A finding names its rule and node.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpTokenField } from '../../src/otp-token-field.js';
import { axeViolations } from './axe.js';
import { authenticate, primaryButton, register, shadow, skipPasskey, typeInto, waitForStep } from './drive.js';
import { closeDemoPages, openDemoPage, type DemoFrame, type OpenOptions } from './frame.js';

const page = '/demo/index.html';

async function expectNoViolations(frame: DemoFrame, state: string): Promise<void> {
  expect(await axeViolations(frame), state).to.deep.equal([]);
  expect(frame.problems, state).to.deep.equal([]);
}

/** The page, once its wizards have rendered their first step. */
async function open(path: string, tag = 'otp-enroll', options?: OpenOptions): Promise<DemoFrame> {
  const frame = await openDemoPage(path, tag, options);
  const wizards = [...frame.document.querySelectorAll<OtpEnroll>('otp-enroll, otp-suspend')];
  await Promise.all(wizards.map((wizard) => waitUntil(() => wizard.step, `<${wizard.localName}> shows no step`)));
  await Promise.all(wizards.map((wizard) => wizard.updateComplete));
  return frame;
}

function liveCode(frame: DemoFrame): string {
  return frame.document.querySelector('#live-code')!.textContent!.replace(/\s/g, '');
}

describe('demo pages: axe finds nothing', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  for (const query of ['', '?lang=en', '?tab=suspend', '?tab=field', '?theme=forest&tab=field', '?theme=dark&lang=en', '?theme=dark&tab=field', '?preset=phone', '?preset=desktop&theme=forest', '?adapter=server']) {
    it(`index.html${query} as it loads`, async () => {
      const frame = await open(`${page}${query}`);
      await expectNoViolations(frame, query);
    });
  }

  for (const width of [320, 375]) {
    it(`index.html at ${width} px, with the settings folded and unfolded`, async () => {
      const frame = await open(page, 'otp-enroll', { width, height: 740 });
      await expectNoViolations(frame, 'folded');
      frame.document.querySelector<HTMLDetailsElement>('#controls-box')!.open = true;
      await expectNoViolations(frame, 'unfolded');
    });
  }

  it('index.html through a registration: wrong code, then the right one, with a full event log', async () => {
    const frame = await open(page);
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await authenticate(enroll, '1234567890', 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await expectNoViolations(frame, 'register step');

    await register(enroll, 'VSST12345678', '000000');
    await waitUntil(() => shadow(enroll).querySelector('[part~="error"]')?.textContent?.trim(), 'the wrong code was not refused', { timeout: 5000 });
    await expectNoViolations(frame, 'refused code');

    const field = shadow(enroll).querySelector<OtpTokenField>('#otp')!;
    await typeInto(field, liveCode(frame));
    await sendKeys({ press: 'Enter' });
    await waitForStep(enroll, 'passkey');
    await waitUntil(() => primaryButton(enroll).getAttribute('aria-disabled') === null, 'the passkey step stayed busy', { timeout: 8000 });
    await expectNoViolations(frame, 'passkey step');
    await skipPasskey(enroll);
    await waitForStep(enroll, 'complete');
    // Enough entries that the log scrolls.
    const log = frame.document.querySelector<HTMLElement>('#event-log')!;
    const scrolls = (el: HTMLElement | null) => el !== null && el.scrollHeight > el.clientHeight;
    await waitUntil(() => scrolls(log) || scrolls(log.parentElement), 'the log does not scroll yet', { timeout: 5000 });
    await expectNoViolations(frame, 'complete, log scrolling');
  });

  it('index.html with the software keyboard open, in the dark theme', async () => {
    const frame = await open(`${page}?theme=dark`);
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    shadow(enroll).querySelector<HTMLButtonElement>('[part~="keyboard-toggle"]')!.click();
    await waitUntil(() => shadow(enroll).querySelector('otp-soft-keyboard, [part~="keyboard"]'), 'the keyboard did not open', { timeout: 5000 });
    await expectNoViolations(frame, 'keyboard open');
  });

  it('index.html in mode="provision", with the QR code and the token it adds to the demo token', async () => {
    const frame = await open(`${page}?mode=provision`);
    const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
    await authenticate(enroll, '1234567890', 'Passw0rd!');
    await waitForStep(enroll, 'register');
    await waitUntil(() => shadow(enroll).querySelector('[part="secret"]'), 'the key is not shown', { timeout: 5000 });
    await expectNoViolations(frame, 'provision');
  });

  it('index.html: the code field form after a submission', async () => {
    const frame = await open(`${page}?tab=field`, 'otp-token-field');
    const field = frame.document.querySelector<OtpTokenField>('#login-otp')!;
    await typeInto(field, '123456');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => frame.document.querySelector('#form-result dl'), 'the form did not show its FormData', { timeout: 5000 });
    await expectNoViolations(frame, 'submitted');
  });

  it('index.html: the suspension wizard at its confirmation step', async () => {
    const frame = await open(`${page}?tab=suspend`);
    const suspend = frame.document.querySelector('otp-suspend')!;
    await authenticate(suspend, '2345678901', 'Passw0rd!');
    await waitForStep(suspend, 'confirm');
    await expectNoViolations(frame, 'confirm');
    primaryButton(suspend).click();
    await waitForStep(suspend, 'complete');
    await expectNoViolations(frame, 'complete');
  });

  for (const [doc, width] of [['README.md', 1280], ['docs/protocol.md', 375], ['docs/theming.md', 1280], ['docs/api/README.md', 375]] as const) {
    it(`doc.html?doc=${doc} at ${width} px`, async () => {
      const frame = await openDemoPage(`/demo/doc.html?doc=${doc}&lang=ja`, undefined, { width, height: 800 });
      const main = frame.document.querySelector('main')!;
      await waitUntil(() => !main.hasAttribute('aria-busy') && main.querySelector('h1'), 'the document was not rendered', { timeout: 5000 });
      await expectNoViolations(frame, doc);
      // Nor does it scroll sideways on a phone.
      expect(frame.document.documentElement.scrollWidth).to.be.at.most(width);
    });
  }

  for (const hash of ['', '#enroll-qr', '#suspend', '#enroll-en']) {
    it(`cms.html${hash}`, async () => {
      const frame = await open(`/demo/cms.html${hash}`);
      await expectNoViolations(frame, hash);
    });
  }
});

describe('demo/cms.html headings', () => {
  afterEach(closeDemoPages);

  it('has one <h1> that names the page, before the flows', async () => {
    const frame = await openDemoPage('/demo/cms.html', 'otp-enroll');
    const headings = frame.document.querySelectorAll('h1');
    expect(headings).to.have.length(1);
    const h1 = headings[0]!;
    expect(h1.textContent!.trim()).to.equal('ワンタイムパスワードのお手続き');
    expect(h1.compareDocumentPosition(frame.document.querySelector('otp-enroll')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});
