// What a hostile or broken backend, or hostile input, does to the wizards: never a step stuck busy,
// never a thrown render, and no field read at any length (security review, items 9 and 11).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DemoHostAdapter, demoTokenCode } from '../../src/adapters/demo.js';
import { OtpError } from '../../src/adapters/otp-error.js';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { recording } from './adapters.js';
import { alertText, authenticate, codeField, contractIdInput, mount, passwordInput, primaryButton, shadow, tokenIdInput, type, type Wizard } from './helpers.js';

/** The most of each field the wizards read (docs/security.md). */
const fieldLimits = { contractId: 64, password: 256, tokenId: 32 };

const busy = (el: Wizard): string | null => shadow(el).querySelector('form')!.getAttribute('aria-busy');

/** The demo bank, except for what `overrides` answers. */
function answering(overrides: Partial<Record<keyof OtpHostAdapter, (...args: never[]) => Promise<unknown>>>): OtpHostAdapter {
  const demo = new DemoHostAdapter({ latencyMs: 0 });
  return {
    authenticate: (req, o) => demo.authenticate(req, o),
    registerToken: (req, o) => demo.registerToken(req, o),
    suspend: (req, o) => demo.suspend(req, o),
    ...overrides,
  } as OtpHostAdapter;
}

/** Submits the credentials and waits for the otp-error the adapter's answer ends in. */
async function submitFailing(el: Wizard, contractId: string): Promise<CustomEvent> {
  contractIdInput(el).value = contractId;
  passwordInput(el).value = 'Passw0rd!';
  const failed = oneEvent(el, 'otp-error');
  primaryButton(el).click();
  const event = await failed;
  await el.updateComplete;
  return event;
}

describe('wizards and adapter answers they cannot use', () => {
  const unusable: Array<[string, () => Promise<unknown>]> = [
    ['nothing', async () => undefined],
    ['null', async () => null],
    ['a session that is not text', async () => ({ session: 42 })],
    ['an empty session', async () => ({ session: '' })],
    ['a masked token ID that is not text', async () => ({ session: 's', currentTokenId: { html: '<b>' } })],
  ];
  for (const [name, answer] of unusable) {
    it(`fails as unknown, not busy, when authenticate answers ${name}`, async () => {
      const el = await mount('otp-suspend', { adapter: answering({ authenticate: answer }) });
      const { detail } = await submitFailing(el, '2345678901');
      expect(detail.code).to.equal('unknown');
      expect(busy(el)).to.equal('false');
      expect(el.step).to.equal('authenticate');
    });
  }

  it('fails as unknown when an adapter throws something that is not an error', async () => {
    const el = await mount('otp-enroll', {
      adapter: answering({
        authenticate: async () => {
          throw 'a string';
        },
      }),
    });
    expect((await submitFailing(el, '1234567890')).detail.code).to.equal('unknown');
    expect(busy(el)).to.equal('false');
  });

  for (const retryAfter of [Infinity, Number('9'.repeat(400)), -5, Number.NaN, 1.5e6]) {
    it(`words a lockout whose retryAfter is ${retryAfter} without breaking, never past a day`, async () => {
      const el = await mount('otp-enroll', {
        lang: 'en',
        adapter: answering({
          authenticate: async () => {
            throw new OtpError('locked', 'test', { retryAfter, remainingAttempts: retryAfter });
          },
        }),
      });
      const { detail } = await submitFailing(el, '1234567890');
      expect(detail.code).to.equal('locked');
      expect(detail).not.to.have.property('remainingAttempts');
      if ('retryAfter' in detail) expect(detail.retryAfter).to.be.within(0, 86_400);
      expect(alertText(el)).to.match(/^Too many wrong attempts/);
      expect(busy(el)).to.equal('false');
    });
  }

  it('shows a result code that is not text as no result code', async () => {
    const el = await mount('otp-suspend', { adapter: answering({ suspend: async () => ({ resultCode: { toString: () => 'x' } }) }) });
    await authenticate(el, '2345678901', 'Passw0rd!', 'confirm');
    const completed = oneEvent(el, 'otp-complete');
    primaryButton(el).click();
    expect((await completed).detail).to.deep.equal({ flow: 'suspend' });
    expect(shadow(el).querySelector('[part="result-code"]')).to.equal(null);
  });
});

describe('wizards and input of any length', () => {
  it('reads at most 64 characters of a contract ID, however it arrives (a 1 MB paste)', async () => {
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter });
    const input = contractIdInput(el);
    expect(input.maxLength).to.equal(fieldLimits.contractId);
    // A paste goes through maxlength; a script can set anything: both end at the limit.
    input.value = '1'.repeat(1_000_000);
    await type(passwordInput(el), 'Passw0rd!');
    const failed = oneEvent(el, 'otp-error');
    primaryButton(el).click();
    await failed;
    expect((adapter.calls[0]!.request.contractId as string).length).to.equal(fieldLimits.contractId);
  });

  it('caps the password and the token ID inputs', async () => {
    const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }) });
    expect(passwordInput(el).maxLength).to.equal(fieldLimits.password);
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    expect(tokenIdInput(el).maxLength).to.equal(fieldLimits.tokenId);
  });

  it('refuses a token ID longer than any real one without running token-id-pattern on it', async () => {
    // This pattern accepts only long IDs: it is never asked about one.
    const adapter = recording(new DemoHostAdapter({ latencyMs: 0 }));
    const el = await mount('otp-enroll', { adapter, attributes: { 'token-id-pattern': '^A{21,}$' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    await type(tokenIdInput(el), 'A'.repeat(25));
    await type(codeField(el), demoTokenCode('VSST12345678'));
    primaryButton(el).click();
    await el.updateComplete;
    expect(tokenIdInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(adapter.calls.map((c) => c.method)).to.deep.equal(['authenticate']);
  });

  it('answers a catastrophically backtracking token-id-pattern at once for what it reads', async () => {
    const el = await mount('otp-enroll', { adapter: new DemoHostAdapter({ latencyMs: 0 }), attributes: { 'token-id-pattern': '^(A+)+$' } });
    await authenticate(el, '1234567890', 'Passw0rd!', 'register');
    tokenIdInput(el).focus();
    await sendKeys({ type: `${'A'.repeat(30)}B` });
    await type(codeField(el), '123456');
    primaryButton(el).click();
    await el.updateComplete;
    // Reaching this line is the test: this pattern on these 31 characters would take 2^30 steps.
    expect(tokenIdInput(el).getAttribute('aria-invalid')).to.equal('true');
  });
});
