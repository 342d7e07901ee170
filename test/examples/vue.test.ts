// examples/vue, as built by `npm run example:vue -- build`: a Vue 3 page completes a
// registration against DemoHostAdapter, `:adapter` bound as a property and `@otp-complete` heard.
import { closeDemoPages } from '../demo/frame.js';
import { exampleBuilt, registerOnPage } from './example-page.js';

describe('examples/vue (Vue 3)', () => {
  before(() => exampleBuilt('vue', ['index.html']));
  afterEach(closeDemoPages);

  it('completes a registration', async () => {
    await registerOnPage('/examples/vue/dist/index.html');
  });
});
