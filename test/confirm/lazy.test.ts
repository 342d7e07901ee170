// <otp-confirm> is defined as soon as its module runs, but loads what it does and shows only when
// an element first connects: a page that never shows it never fetches that code. This file
// imports nothing else of the element, so the module requests it sees are the element's own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/otp-confirm.js';
import type { OtpConfirm } from '../../src/otp-confirm.js';

const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === path);

describe('<otp-confirm>: loaded on first use', () => {
  it('is defined at once, fetches its screen only when an element connects, and renders then', async () => {
    expect(customElements.get('otp-confirm')).to.be.a('function');
    const el = document.createElement('otp-confirm');
    el.setAttribute('transaction', 't');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched('/src/confirm/screen.ts'), 'fetched before any element connected').to.equal(false);
    expect(el.shadowRoot).to.equal(null);

    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    let placed: OtpConfirm;
    try {
      placed = await fixture<OtpConfirm>(html`<div>${el}</div>`);
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).to.contain('neither the adapter property nor the endpoint attribute is set');
    expect(fetched('/src/confirm/screen.ts')).to.equal(true);
    expect(placed.isConnected).to.equal(true);
    // The first screen is there: without adapter or endpoint it says the service is unavailable.
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('振込内容の確認');
    // The passkey prompt's code waits for a passkey confirmation.
    expect(fetched('/src/confirm/passkey.ts')).to.equal(false);
  });
});
