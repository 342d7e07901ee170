// <otp-confirm> against what a hostile review found: an answer about another transfer, a passkey
// way the browser cannot take, a bank whose passkey request this page cannot use, and alerts that
// an aria-busy region would mute.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { withoutWebAuthn } from '../webauthn/browser.js';
import { validTransaction } from './transactions.js';
import { answering, codeField, methodRadio, mount, mountAt, next, part, primaryButton, shadow, text, type } from './helpers.js';

describe('<otp-confirm>: hostile review', () => {
  it('shows nothing of an answer about another transaction than the one it confirms (unknown)', async () => {
    const failed = next(document.body, 'otp-error');
    const el = await mount({ adapter: answering(validTransaction()), transaction: 'another-handle' });
    expect((await failed).code).to.equal('unknown');
    await el.updateComplete;
    const shown = shadow(el).textContent!;
    for (const value of [validTransaction().payee.name, '12,345']) expect(shown).not.to.contain(value);
  });

  it('offers a passkey last, never chosen first, in a browser that cannot take it', async () => {
    await withoutWebAuthn(async () => {
      const el = await mountAt({}, answering(validTransaction()), 't', 'review');
      expect(methodRadio(el, 'challenge').checked).to.equal(true);
      const order = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
      expect(order).to.deep.equal(['challenge', 'code', 'passkey']);
    });
  });

  it('asks for another way, blaming nobody, when the bank’s passkey request cannot be used on this page; the developer is told why', async () => {
    const errors = sinon.stub(console, 'error');
    try {
      // Chromium asks https://<rpId>/.well-known/webauthn before it refuses a foreign RP ID (related
      // origins); a *.localhost name is refused on this machine at once, a real-looking one waits on DNS.
      const foreign = { ...validTransaction(), methods: ['passkey', 'code'], passkey: { ...validTransaction().passkey!, rpId: 'bank.localhost' } };
      const el = await mountAt({}, answering(foreign), 't', 'review');
      expect(methodRadio(el, 'passkey').checked).to.equal(true);
      primaryButton(el).click();
      await waitUntil(() => text(el, 'error') !== '', 'the prompt’s ending is said', { timeout: 5000 });
      expect(text(el, 'error')).to.equal('このページではパスキーをご利用いただけません。ほかの確認方法を選んでください。');
      expect(errors.callCount).to.equal(1);
      expect(String(errors.firstCall.args[0])).to.contain('<otp-confirm>').and.contain('rpId');
    } finally {
      errors.restore();
    }
  });

  it('keeps its alerts out of the aria-busy form, so that a warning during a call is not muted', async () => {
    let answer!: () => void;
    const pending = new Promise<void>((resolve) => (answer = resolve));
    const el = await mountAt(
      {},
      answering({ ...validTransaction(), methods: ['code'] }, { confirmTransaction: async () => (await pending, { resultCode: '1' }) }),
      't',
      'review',
    );
    await type(codeField(el), '12345678');
    primaryButton(el).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    for (const region of ['time-warning', 'error']) expect(part(el, region)!.closest('[aria-busy="true"]'), region).to.equal(null);
    answer();
  });
});
