// An English page whose English texts cannot load (a failing CDN) while the steps' chunks can:
// the wizard speaks the Japanese it fell back to, all of it, and says so in its `lang`.
import { expect } from '@open-wc/testing';
import type { OtpHostAdapter } from '../../src/adapters/types.js';
import '../../src/otp-enroll.js';
import { command } from '../bank/test-bank.js';
import { authenticate, mount, shadow, type Wizard } from './helpers.js';

const adapter = { authenticate: async () => ({ session: 'session' }), registerToken: async () => ({}) } as unknown as OtpHostAdapter;

/** What a customer reads or hears: every text and label, through the shadow roots of the elements inside. */
function texts(root: Node): string[] {
  const found: string[] = [];
  for (const node of root.childNodes) {
    if (node instanceof Text && node.data.trim()) found.push(node.data.trim());
    if (!(node instanceof Element)) continue;
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const label = node.getAttribute(name);
      if (label) found.push(label);
    }
    if (node.shadowRoot) found.push(...texts(node.shadowRoot));
    found.push(...texts(node));
  }
  return found;
}

async function atRegister(lang: 'ja' | 'en'): Promise<Wizard> {
  const el = await mount('otp-enroll', { adapter, lang });
  await authenticate(el, '1234567890', 'Passw0rd!', 'register');
  return el;
}

describe('an English page whose English texts cannot load', () => {
  after(() => command('modules-offline', { paths: [] }));

  it('shows the register step in Japanese only, marked as Japanese', async () => {
    const japanese = texts(shadow(await atRegister('ja')));
    await command('modules-offline', { paths: ['/src/enroll/i18n/en.'] });
    const el = await atRegister('en');
    expect(texts(shadow(el))).to.deep.equal(japanese);
    expect(shadow(el).querySelector('.frame')!.getAttribute('lang')).to.equal('ja');
    await expect(el).to.be.accessible();
  });
});
