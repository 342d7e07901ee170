// What every example's test does: check the example is built, then complete a registration on
// one of its pages as a customer would, with the real keyboard, against the page's DemoHostAdapter.
import { expect, waitUntil } from '@open-wc/testing';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import { authenticate, register, waitForStep } from '../demo/drive.js';
import { openDemoPage, type DemoFrame } from '../demo/frame.js';

const tokenId = 'VSST12345678';

/** Fails the suite with the command to run when an example has not been built. */
export async function exampleBuilt(name: string, pages: string[]): Promise<void> {
  for (const page of pages) {
    const response = await fetch(`/examples/${name}/dist/${page}`, { method: 'HEAD' });
    if (!response.ok) throw new Error(`examples/${name}/dist/${page} is missing: run \`npm run example:${name} -- build\` first`);
  }
}

/**
 * Opens the page, checks the framework gave <otp-enroll> its adapter as a property (not
 * adapter="[object Object]"), registers the demo token, and waits for the page's own status line,
 * which only the framework's `otp-complete` listener writes.
 */
export async function registerOnPage(path: string): Promise<DemoFrame> {
  const frame = await openDemoPage(path, 'otp-enroll');
  // The framework renders in a task of its own, after the module that defined the element.
  await waitUntil(() => frame.document.querySelector('otp-enroll'), 'the framework renders <otp-enroll>');
  const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
  expect(enroll.hasAttribute('adapter')).to.equal(false);
  expect(enroll.adapter).to.be.an('object');

  await authenticate(enroll, '1234567890', 'Passw0rd!');
  await register(enroll, tokenId, demoTokenCode(tokenId));
  await waitForStep(enroll, 'complete');
  await waitUntil(() => frame.document.querySelector('[role="status"]')?.textContent?.includes(tokenId), 'the page shows the registered token');
  expect(frame.problems).to.deep.equal([]);
  return frame;
}
