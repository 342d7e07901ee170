// Arrow-key movement between keys, from the boxes the keys are drawn in. The key grid reflows
// with the available width (fewer columns on a narrow screen), so "the key below" is decided
// from what the user sees, not from a fixed row/column table.

/** A key's box on screen (a DOMRect fits). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The keys that move focus between keys. */
export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const NAVIGATION_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

export function isNavigationKey(key: string): key is NavigationKey {
  return NAVIGATION_KEYS.has(key);
}

const centreX = (b: Box): number => b.x + b.width / 2;
const centreY = (b: Box): number => b.y + b.height / 2;

/** Two keys are on one visual row when each one's vertical centre lies within the other. */
function sameRow(a: Box, b: Box): boolean {
  const ay = centreY(a);
  const by = centreY(b);
  return ay >= b.y && ay <= b.y + b.height && by >= a.y && by <= a.y + a.height;
}

/**
 * The index of the key that `key` moves to from key `from`, with `boxes` in reading (DOM)
 * order; `from` itself at an edge. Left/Right step through reading order (so they continue
 * onto the next row), Up/Down go to the horizontally closest key of the nearest row above or
 * below, Home/End to the first/last key of the current row.
 */
export function neighbour(boxes: readonly Box[], from: number, key: NavigationKey): number {
  const here = boxes[from];
  if (!here) return from;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, from - 1);
    case 'ArrowRight':
      return Math.min(boxes.length - 1, from + 1);
    case 'Home':
    case 'End': {
      const row = boxes.map((b, i) => (sameRow(b, here) ? i : -1)).filter((i) => i >= 0);
      return key === 'Home' ? Math.min(...row) : Math.max(...row);
    }
    case 'ArrowUp':
    case 'ArrowDown': {
      const up = key === 'ArrowUp';
      const y = centreY(here);
      const beyond = boxes
        .map((b, i) => ({ b, i }))
        .filter(({ b }) => !sameRow(b, here) && (up ? centreY(b) < y : centreY(b) > y));
      if (!beyond.length) return from;
      // The nearest row: the key closest vertically, then every key sharing its row.
      const nearest = beyond.reduce((best, c) =>
        Math.abs(centreY(c.b) - y) < Math.abs(centreY(best.b) - y) ? c : best,
      );
      const x = centreX(here);
      return beyond
        .filter(({ b }) => sameRow(b, nearest.b))
        .reduce((best, c) => (Math.abs(centreX(c.b) - x) < Math.abs(centreX(best.b) - x) ? c : best)).i;
    }
  }
}
