// examples/react, as built by `npm run example:react -- build`: a React 19 page completes a
// registration against DemoHostAdapter, with <otp-enroll> imported before React renders
// (index.html) and loaded after React's first render from its own chunk (lazy.html).
import { expect, waitUntil } from '@open-wc/testing';
import { demoTokenCode } from '../../src/bank/demo-data.js';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import { authenticate, register, waitForStep } from '../demo/drive.js';
import { closeDemoPages, openDemoPage } from '../demo/frame.js';
import { exampleBuilt } from './built.js';

const tokenId = 'VSST12345678';

describe('examples/react (React 19)', () => {
  before(() => exampleBuilt('react', ['index.html', 'lazy.html']));
  afterEach(closeDemoPages);

  for (const [page, when] of [
    ['index.html', 'imported before React renders'],
    ['lazy.html', 'loaded after React renders'],
  ] as const) {
    it(`completes a registration with <otp-enroll> ${when}`, async () => {
      const frame = await openDemoPage(`/examples/react/dist/${page}`, 'otp-enroll');
      // React renders in a task of its own, after the module that defined the element.
      await waitUntil(() => frame.document.querySelector('otp-enroll'), 'React renders <otp-enroll>');
      const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
      // A property, not adapter="[object Object]".
      expect(enroll.hasAttribute('adapter')).to.equal(false);
      expect(enroll.adapter).to.be.an('object');

      await authenticate(enroll, '1234567890', 'Passw0rd!');
      await register(enroll, tokenId, demoTokenCode(tokenId));
      await waitForStep(enroll, 'complete');
      // The page heard otp-complete through React's onotp-complete.
      await waitUntil(() => frame.document.querySelector('[role="status"]')?.textContent?.includes(tokenId), 'the page shows the registered token');
      expect(frame.problems).to.deep.equal([]);
    });
  }

  it('loads the element from its own chunk on lazy.html, after the page', async () => {
    const frame = await openDemoPage('/examples/react/dist/lazy.html', 'otp-enroll');
    const scripts = frame.window.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const element = scripts.findIndex((p) => /\/assets\/otp-enroll-[\w-]+\.js$/.test(p));
    const page = scripts.findIndex((p) => /\/assets\/lazy-[\w-]+\.js$/.test(p));
    expect(element, 'the otp-enroll chunk').to.be.greaterThan(-1);
    expect(element, 'loaded after the page script').to.be.greaterThan(page);
  });
});
