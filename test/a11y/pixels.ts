// The wizards' pixels: what a focus indicator or a forced-colours rendering looks like, on top of
// the demo tests' screenshot command (test/demo/pixels.ts, test/node/page-tools.ts).
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { PageRect, PageToolCommands } from '../demo/page-commands.js';
import { capture, contrast as ratio, luminance, type Capture } from '../demo/pixels.js';

export type Rgb = readonly [number, number, number];

/** The pixels of a box of the page (CSS px, page coordinates), as the browser drew them. */
export function screenshot(box: PageRect): Promise<Capture> {
  return capture({
    x: Math.max(0, Math.floor(box.x)),
    y: Math.max(0, Math.floor(box.y)),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
  });
}

/** Switches forced colours on or off; false where the browser cannot be asked (Firefox). */
export function forcedColors(active: boolean): Promise<boolean> {
  return executeServerCommand<PageToolCommands['forced-colors']['result'], PageToolCommands['forced-colors']['payload']>(
    'forced-colors',
    { active },
  ) as Promise<boolean>;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  return ratio(luminance(...a), luminance(...b));
}

export function pixel(image: Capture, i: number): Rgb {
  const d = image.data;
  return [d[i * 4]!, d[i * 4 + 1]!, d[i * 4 + 2]!];
}

/** The box around an element, `margin` CSS px wider on each side, in page coordinates (as screenshots take them). */
export function around(el: Element, margin: number): PageRect {
  const r = el.getBoundingClientRect();
  return { x: r.x + scrollX - margin, y: r.y + scrollY - margin, width: r.width + 2 * margin, height: r.height + 2 * margin };
}

export interface FocusIndicator {
  /** Pixels that changed with focus and contrast at least 3:1 with what they were. */
  contrasting: number;
  /** What a 2 CSS px ring around the element's box covers. */
  twoPixelRing: number;
}

/**
 * Draws `el` unfocused and focused by keyboard, and measures the indicator as WCAG 1.4.11 and
 * 2.4.13 read it: the pixels that changed, and how much each contrasts with what it replaced.
 */
export async function measureFocusIndicator(el: HTMLElement, focus: () => void = () => el.focus()): Promise<FocusIndicator> {
  (document.activeElement as HTMLElement | null)?.blur();
  el.scrollIntoView({ block: 'center' });
  const before = await screenshot(around(el, 6));
  // A key press first, so that the focus that follows is a keyboard focus (:focus-visible).
  await sendKeys({ press: 'Shift' });
  focus();
  // Focusing may scroll: the same box around the element, wherever it is now.
  const after = await screenshot(around(el, 6));
  let contrasting = 0;
  const count = Math.min(before.width * before.height, after.width * after.height);
  for (let i = 0; i < count; i++) {
    if (contrast(pixel(before, i), pixel(after, i)) >= 3) contrasting++;
  }
  const r = el.getBoundingClientRect();
  return { contrasting, twoPixelRing: 2 * 2 * (r.width + r.height) };
}
