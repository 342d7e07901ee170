// Looking at what the browser drew: screenshots of a part of the page, and WCAG contrast.
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ForcedColorsPayload, ScreenshotPayload } from '../node/protocol.js';

export type Rgb = readonly [number, number, number];

/** The pixels of a box of the page (CSS px, page coordinates), as the browser drew them. */
export async function screenshot(box: ScreenshotPayload): Promise<ImageData> {
  const rounded = {
    x: Math.max(0, Math.floor(box.x)),
    y: Math.max(0, Math.floor(box.y)),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
  };
  const png = await executeServerCommand<string, ScreenshotPayload>('otp-screenshot', rounded);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Switches forced colours on or off; false where the browser cannot be asked (Firefox). */
export function forcedColors(active: boolean): Promise<boolean> {
  return executeServerCommand<boolean, ForcedColorsPayload>('otp-forced-colors', { active }) as Promise<boolean>;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function pixel(image: ImageData, i: number): Rgb {
  const d = image.data;
  return [d[i * 4]!, d[i * 4 + 1]!, d[i * 4 + 2]!];
}

/** The box around an element, `margin` CSS px wider on each side, in page coordinates (as screenshots take them). */
export function around(el: Element, margin: number): ScreenshotPayload {
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
