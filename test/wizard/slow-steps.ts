// What the slow-step tests share: each wizard's lazy step held by the test server (modules-held),
// as a slow CDN would, while the bank answers at once. A page imports a step's module once, and
// only a first import can be held: each test file holds each step once.
import { waitUntil } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import { command } from '../bank/test-bank.js';
import type { InterruptibleModule } from '../node/protocol.js';
import { mount, primaryButton, shadow, stepShown, typeCredentials, type Wizard, type WizardTag } from './helpers.js';

export const adapter = {
  authenticate: async () => ({ session: 'session', currentTokenId: 'VSST12345678' }),
  registerToken: async () => ({}),
  suspend: async () => ({}),
} as unknown as OtpHostAdapter;

export const statusText = (el: Wizard): string => shadow(el).querySelector('.panel > [role="status"]')!.textContent!.trim();

/** Each wizard's lazy step, its module, and what of it shows once it is there. */
export const slowSteps: { tag: WizardTag; step: string; module: InterruptibleModule; shows: string }[] = [
  { tag: 'otp-enroll', step: 'register', module: '/src/enroll/register-step.', shows: '#token-id' },
  { tag: 'otp-suspend', step: 'confirm', module: '/src/suspend/confirm-assets.', shows: '[part="points"]' },
];

/** Mounts `tag`, authenticates with its step's module held: resolves with the step shown loading. */
export async function reachHeldStep(tag: WizardTag, step: string, module: InterruptibleModule, withAdapter = adapter): Promise<Wizard> {
  await command('modules-held', { paths: [module] });
  const el = await mount(tag, { adapter: withAdapter });
  await typeCredentials(el, '1234567890', 'Passw0rd!');
  const shown = stepShown(el, step);
  primaryButton(el).click();
  await shown;
  return el;
}

/** Lets the held module through and waits for its step to show `shows`. */
export async function releaseStep(el: Wizard, shows: string): Promise<void> {
  await command('modules-held', { paths: [] });
  await waitUntil(() => shadow(el).querySelector(shows) !== null, 'the step, once its module is there');
  await el.updateComplete;
}
