// examples/react, as built by `npm run example:react -- build`: a React 19 page completes a
// registration against DemoHostAdapter, with <otp-enroll> imported before React renders
// (index.html) and loaded after React's first render from its own chunk (lazy.html).
import { expect } from '@open-wc/testing';
import { closeDemoPages, openDemoPage } from '../demo/frame.js';
import { exampleBuilt, registerOnPage } from './example-page.js';

describe('examples/react (React 19)', () => {
  before(() => exampleBuilt('react', ['index.html', 'lazy.html']));
  afterEach(closeDemoPages);

  it('completes a registration with <otp-enroll> imported before React renders', async () => {
    await registerOnPage('/examples/react/dist/index.html');
  });

  it('completes a registration with <otp-enroll> loaded after React renders', async () => {
    await registerOnPage('/examples/react/dist/lazy.html');
  });

  it('loads the element from its own chunk on lazy.html, after the page', async () => {
    const frame = await openDemoPage('/examples/react/dist/lazy.html', 'otp-enroll');
    const scripts = frame.window.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const element = scripts.findIndex((p) => /\/assets\/otp-enroll-[\w-]+\.js$/.test(p));
    const page = scripts.findIndex((p) => /\/assets\/lazy-[\w-]+\.js$/.test(p));
    expect(element, 'the otp-enroll chunk').to.be.greaterThan(-1);
    expect(element, 'loaded after the page script').to.be.greaterThan(page);
  });
});
