// The demo's themes (docs/theming.md; demo/styles/themes.css) for the pixel tests: each element
// is measured inside a themed stage, as the demo shows it, and must show its focus in every one.
import { expect } from '@open-wc/testing';
import { measureFocusIndicator } from './pixels.js';

export const themes = ['default', 'forest', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Loads the demo's theme styles into the test page (call in `before`). */
export async function loadThemes(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/styles/themes.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
}

/** Makes the element's container a themed stage, as the demo's. */
export async function inTheme<E extends HTMLElement & { updateComplete: Promise<boolean> }>(el: E, theme: Theme): Promise<E> {
  const stage = el.parentElement!;
  stage.classList.add('stage');
  stage.dataset.theme = theme;
  stage.style.padding = '16px';
  await el.updateComplete;
  return el;
}

/** Fails unless focusing `target` (by keyboard) draws a 2 px ring that contrasts 3:1 with what it replaces. */
export async function expectVisibleFocus(name: string, target: HTMLElement, focus?: () => void): Promise<void> {
  const { contrasting, twoPixelRing } = await measureFocusIndicator(target, focus);
  expect(contrasting, `${name}: ${contrasting} contrasting pixels, a 2 px ring has ${Math.round(twoPixelRing)}`).to.be.at.least(0.9 * twoPixelRing);
}
