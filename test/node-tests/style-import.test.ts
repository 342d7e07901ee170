// Our styles are literals made into style sheets when an element first adopts them, as Lit's
// `css` does, never when their module loads: a server render or a jsdom test imports the
// elements where no CSSStyleSheet can be made.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the style modules load without CSSStyleSheet, and keep their rules for the first element that adopts them', async () => {
  assert.equal(typeof (globalThis as { CSSStyleSheet?: unknown }).CSSStyleSheet, 'undefined');
  const { styles } = await import('../../src/token-field/styles.js');
  const { wizardStyles } = await import('../../src/wizard/styles.js');
  const text = [...styles, ...wizardStyles].map(String).join('\n');
  assert.match(text, /--_primary: var\(--otp-color-primary/);
  assert.match(text, /\.trail/);
});
