import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import '../../src/otp-enroll.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import { authenticate, codeField, heading, primaryButton, shadow, stepShown, tokenIdInput, type } from '../wizard/helpers.js';

describe('<otp-enroll> with the demo bank', () => {
  it('registers a token from contract ID to the result code', async () => {
    const adapter = new DemoHostAdapter({ latencyMs: 0 });
    const el = await fixture<OtpEnroll>(html`<otp-enroll lang="ja" .adapter=${adapter}></otp-enroll>`);
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    expect(heading(el).textContent).to.equal('ご利用を開始するワンタイムパスワードの利用登録');
    await type(tokenIdInput(el), 'VSST12345678');
    await type(codeField(el), demoTokenCode('VSST12345678'));
    const complete = oneEvent(el, 'otp-complete');
    const shown = stepShown(el, 'complete');
    primaryButton(el).click();
    const { detail } = await complete;
    await shown;
    expect(detail).to.deep.equal({ flow: 'enroll', tokenId: 'VSST12345678', resultCode: '00001' });
    expect(shadow(el).textContent).to.contain('ワンタイムパスワードの利用登録が完了しました。');
    expect(shadow(el).textContent).to.contain('(00001)');
    expect(adapter.bank.inspect('1234567890')?.tokenId).to.equal('VSST12345678');
  });
});
