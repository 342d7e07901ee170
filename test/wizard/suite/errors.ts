// Shared suite, part 2: what is refused before any call, and how every adapter error is told.
import { expect, oneEvent } from '@open-wc/testing';
import { DemoHostAdapter } from '../../../src/adapters/demo.js';
import { FetchHostAdapter } from '../../../src/adapters/fetch.js';
import { otpErrorCodes } from '../../../src/adapters/otp-error.js';
import { faultEndpoint } from '../../bank/test-bank.js';
import { failing, otpError, recording } from '../adapters.js';
import type { WizardDriver } from '../driver.js';
import { alertText, authenticateFailing, contractIdInput, deepActiveElement, mount, passwordInput, primaryButton, type, typeCredentials } from '../helpers.js';

/** The error text tied to a light-DOM input by aria-describedby. */
const fieldError = (input: HTMLInputElement): string =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

export function errorsSuite(d: WizardDriver): void {
  describe(`<${d.tag}> field and adapter errors (shared)`, () => {
    it('refuses empty fields beside each field before any call, focuses the first, and drops an error once edited', async () => {
      const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
      const el = await mount(d.tag, { adapter });
      primaryButton(el).click();
      await el.updateComplete;
      const id = contractIdInput(el);
      const password = passwordInput(el);
      expect(adapter.calls).to.have.length(0);
      expect(id.getAttribute('aria-invalid')).to.equal('true');
      expect(fieldError(id)).to.equal('契約者IDを入力してください。');
      expect(fieldError(password)).to.equal('ログインパスワードを入力してください。');
      expect(deepActiveElement()).to.equal(id);
      await type(id, '1');
      await el.updateComplete;
      expect(id.hasAttribute('aria-invalid')).to.equal(false);
      expect(fieldError(id)).to.equal('');
      expect(fieldError(password)).to.equal('ログインパスワードを入力してください。');
    });

    it('sends the contract ID trimmed and half-width, shown so on leaving the field, and the password exactly as typed', async () => {
      const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
      const el = await mount(d.tag, { adapter });
      const id = contractIdInput(el);
      await type(id, '　１２３４５６７８９０ ');
      await type(passwordInput(el), ' Pass word１ ');
      expect(id.value).to.equal('1234567890');
      const failed = oneEvent(el, 'otp-error');
      primaryButton(el).click();
      await failed;
      expect(adapter.calls[0]!.request).to.deep.equal({ flow: d.flow, contractId: '1234567890', password: ' Pass word１ ' });
    });

    it('clears the password after a failed authenticate and keeps the contract ID', async () => {
      const el = await mount(d.tag, { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
      await typeCredentials(el, d.contractId, 'wrong-password');
      const failed = oneEvent(el, 'otp-error');
      primaryButton(el).click();
      const { detail } = await failed;
      expect(detail).to.deep.equal({ flow: d.flow, step: 'authenticate', code: 'invalid-credentials', remainingAttempts: 4 });
      expect(passwordInput(el).value).to.equal('');
      expect(contractIdInput(el).value).to.equal(d.contractId);
    });

    it('has a message for every error code in both languages', () => {
      for (const lang of ['ja', 'en'] as const) {
        for (const code of otpErrorCodes) {
          expect(d.strings[lang].errors[code]({}), `${lang} ${code}`).to.be.a('string').and.not.equal('');
        }
      }
    });

    for (const lang of ['ja', 'en'] as const) {
      it(`shows an adapter error's ${lang} message in the alert region, with the attempts left and the wait, and fires otp-error`, async () => {
        const error = otpError('invalid-otp', { remainingAttempts: 2, retryAfter: 120 });
        const el = await mount(d.tag, { lang, adapter: failing(error) });
        const detail = await authenticateFailing(el, d.contractId, d.password);
        expect(detail).to.deep.equal({ flow: d.flow, step: 'authenticate', code: 'invalid-otp', remainingAttempts: 2, retryAfter: 120 });
        const wait = lang === 'ja' ? '2 分後' : 'in 2 minutes';
        expect(alertText(el)).to.equal(d.strings[lang].errors['invalid-otp']({ remainingAttempts: 2, wait }));
      });
    }

    it('words attempts left and a lockout wait in each language, and never says which credential was wrong', async () => {
      const ja = d.strings.ja.errors;
      const en = d.strings.en.errors;
      expect(ja['invalid-credentials']({ remainingAttempts: 2 })).to.equal(
        '契約者IDまたはログインパスワードが正しくありません。あと2回誤って入力されますと、一定時間ご利用いただけなくなります。',
      );
      expect(en['invalid-credentials']({ remainingAttempts: 1 })).to.equal(
        'The contract ID or login password is incorrect. One more wrong attempt will lock you out for a while.',
      );
      const el = await mount(d.tag, { adapter: failing(otpError('locked', { retryAfter: 300 })) });
      await authenticateFailing(el, d.contractId, d.password);
      expect(alertText(el)).to.equal('入力誤りが所定の回数を超えたため、現在ご利用いただけません。5 分後に再度お試しください。');
    });

    it('tells a bank’s rate limit (429) as busy with the wait, never as a lockout for wrong attempts', async () => {
      const el = await mount(d.tag, { adapter: new FetchHostAdapter({ endpoint: faultEndpoint('rate-limited-date') }) });
      const { code, retryAfter } = await authenticateFailing(el, d.contractId, d.password);
      expect(code).to.equal('unavailable');
      expect(retryAfter).to.be.within(115, 121);
      expect(alertText(el)).to.match(/^ただいま混み合っているため、ご利用いただけません。[23] 分後に再度お試しください。$/);
      expect(alertText(el)).not.to.contain('入力誤り');
    });

    it('counts anything else an adapter throws as unknown and never shows its message', async () => {
      const el = await mount(d.tag, { adapter: failing(new TypeError('internal detail 42')) });
      expect((await authenticateFailing(el, d.contractId, d.password)).code).to.equal('unknown');
      expect(alertText(el)).to.equal(d.strings.ja.errors.unknown({}));
      expect(el.shadowRoot!.textContent).not.to.contain('internal detail 42');
    });

    it('reports unavailable when neither adapter nor endpoint is set', async () => {
      const el = await mount(d.tag);
      expect((await authenticateFailing(el, d.contractId, d.password)).code).to.equal('unavailable');
    });
  });
}
