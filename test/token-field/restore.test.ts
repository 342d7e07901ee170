// Form state restore: when the customer leaves a page and comes back through history, the
// browser gives form controls back what was typed. A one-time code is single-use, so the field
// must come back empty: it never hands the code to the browser's saved state.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OtpTokenField } from '../../src/otp-token-field.js';

const page = new URL('./pages/login.html', import.meta.url).href;

/** Resolves with the frame's document once it has loaded `url` and defined the field. */
async function loaded(frame: HTMLIFrameElement, url: string): Promise<Document> {
  await new Promise<void>((resolve) => {
    const check = () => {
      if (frame.contentDocument?.URL !== url || frame.contentDocument.readyState !== 'complete') return;
      frame.removeEventListener('load', check);
      resolve();
    };
    frame.addEventListener('load', check);
    check();
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('otp-token-field');
  const field = frame.contentDocument!.querySelector<OtpTokenField>('otp-token-field')!;
  await field.updateComplete;
  return frame.contentDocument!;
}

describe('otp-token-field: coming back to the page', () => {
  let frame: HTMLIFrameElement;

  beforeEach(() => {
    frame = document.createElement('iframe');
    frame.width = '600';
    frame.height = '300';
    document.body.append(frame);
  });

  afterEach(() => frame.remove());

  it('comes back empty after history navigation, while the browser restores the page\'s other inputs', async () => {
    frame.src = page;
    let doc = await loaded(frame, page);
    doc.querySelector('input')!.focus();
    await sendKeys({ type: 'memo' });
    expect(doc.querySelector('input')!.value).to.equal('memo');
    const field = doc.querySelector<OtpTokenField>('otp-token-field')!;
    field.focus();
    await sendKeys({ type: '123456' });
    expect(field.value).to.equal('123456');

    frame.contentWindow!.location.href = `${page}?left`;
    await loaded(frame, `${page}?left`);
    frame.contentWindow!.history.back();
    doc = await loaded(frame, page);

    // The browser restores this page's form state (both engines do so after the load event): the memo comes back …
    await waitUntil(() => doc.querySelector('input')!.value === 'memo', 'the browser restores the memo');
    await new Promise((resolve) => setTimeout(resolve));
    // … but not the code.
    const back = doc.querySelector<OtpTokenField>('otp-token-field')!;
    await back.updateComplete;
    expect(back.value).to.equal('');
    expect(back.shadowRoot!.querySelector('input')!.value).to.equal('');
    expect(new FormData(doc.querySelector('form')!).get('otp')).to.equal('');
  });
});

describe('otp-token-field: its inner form', () => {
  it('never navigates the page, even when a script submits it directly (a password manager\'s auto-submit)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.src = page;
      const doc = await loaded(frame, page);
      const field = doc.querySelector<OtpTokenField>('otp-token-field')!;
      field.value = '123456';
      let navigated = false;
      frame.addEventListener('load', () => (navigated = true));
      try {
        field.shadowRoot!.querySelector('form')!.submit();
      } catch {
        // Firefox refuses to submit a dialog form with no dialog: also no navigation.
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(navigated).to.be.false;
      expect(frame.contentDocument!.URL).to.equal(page);
    } finally {
      frame.remove();
    }
  });
});
