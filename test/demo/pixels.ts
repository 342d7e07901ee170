// Pixels as the browser paints them, for what only pixels can tell: whether a focus indicator
// contrasts with what it replaces, over gradients, shadows and whatever lies beneath.
import { executeServerCommand } from '@web/test-runner-commands';
import type { PageRect, PageToolCommands } from './page-commands.js';

export interface Capture {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray;
}

/** Screenshot of `rect` (CSS px of the test page's document), decoded. */
export async function capture(rect: PageRect): Promise<Capture> {
  const base64 = await executeServerCommand<PageToolCommands['page-screenshot']['result'], PageRect>('page-screenshot', rect);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Any CSS colour as sRGB bytes, as the browser paints it (a canvas parses every syntax). */
export function rgba(color: string): [number, number, number, number] {
  const canvas = new OffscreenCanvas(1, 1);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
