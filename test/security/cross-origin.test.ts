// A CMS page on one origin using the reference bank on another: `npm run server` started with
// ALLOWED_ORIGINS, and <otp-enroll endpoint="http://127.0.0.1:<port>/api/bank"> on this test page
// (http://localhost:<port>). The browser sends the CORS preflight and checks the answers itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import '../../src/otp-enroll.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import type { OtpErrorDetail } from '../../src/events.js';
import { command } from '../bank/test-bank.js';
import { authenticate, register, shadow, waitForStep } from '../demo/drive.js';

// Each browser registers its own customer's token: both run at once, each on its own server.
const firefox = navigator.userAgent.includes('Firefox');
const customer = firefox ? '2345678901' : '1234567890';
const tokenId = firefox ? 'VSMT23456789' : 'VSST12345678';

async function enrollAt(endpoint: string): Promise<OtpEnroll> {
  return fixture<OtpEnroll>(html`<otp-enroll endpoint=${endpoint} lang="en"></otp-enroll>`);
}

/** The server's request log once it has a line for each of `prefixes` (it prints a moment after answering). */
async function logWith(id: string, prefixes: string[]): Promise<string[]> {
  let log: string[] = [];
  const complete = () => prefixes.every((prefix) => log.some((line) => line.startsWith(prefix)));
  await waitUntil(async () => complete() || ((log = await command('reference-server-log', { id })), complete()), `the log has ${prefixes.join(', ')}`);
  return log;
}

describe('the reference bank on another origin (ALLOWED_ORIGINS)', () => {
  it('completes a registration from a page whose origin ALLOWED_ORIGINS names', async () => {
    const { id, endpoint } = await command('reference-server-start', { allowedOrigins: `https://cms.example.jp, ${location.origin}` });
    expect(new URL(endpoint).origin).not.to.equal(location.origin);
    const enroll = await enrollAt(endpoint);
    await authenticate(enroll, customer, 'Passw0rd!');
    await register(enroll, tokenId, demoTokenCode(tokenId));
    await waitForStep(enroll, 'complete');
    expect(shadow(enroll).querySelector('[part~="result-code"]')!.textContent).to.match(/\d{5}/);
    await expect(enroll).to.be.accessible();

    const log = await logWith(id, [
      '[bank] OPTIONS /api/bank/authenticate → 204',
      '[bank] POST /api/bank/authenticate → 200',
      '[bank] OPTIONS /api/bank/tokens → 204',
      '[bank] POST /api/bank/tokens → 201',
    ]);
    // The log says what happened and nothing of what was sent.
    expect(log.join('\n')).not.to.include('Passw0rd!').and.not.to.include(customer);
  });

  it('refuses a page whose origin is not allowed: the preflight gets 403, the bank sees no password', async () => {
    const { id, endpoint } = await command('reference-server-start', { allowedOrigins: 'https://cms.example.jp' });
    const enroll = await enrollAt(endpoint);
    const failed = new Promise<OtpErrorDetail>((resolve) => enroll.addEventListener('otp-error', (e) => resolve(e.detail)));
    await authenticate(enroll, customer, 'Passw0rd!');
    // The browser hides a refused CORS request from the page: to the adapter it is a network failure.
    expect((await failed).code).to.equal('network');
    expect(enroll.step).to.equal('authenticate');
    const log = await logWith(id, ['[bank] OPTIONS /api/bank/authenticate → 403']);
    expect(log.some((line) => line.startsWith('[bank] POST'))).to.equal(false);
  });
});
