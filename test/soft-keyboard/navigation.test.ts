import { expect } from '@open-wc/testing';
import { isNavigationKey, neighbour, type Box } from '../../src/soft-keyboard/navigation.js';

// A drawn keyboard: rows of 40×40 keys with 10px gaps, in reading order.
function grid(rows: number[], width = 40): Box[] {
  return rows.flatMap((count, row) =>
    Array.from({ length: count }, (_, col) => ({ x: col * (width + 10), y: row * 50, width, height: 40 })),
  );
}

describe('soft keyboard arrow navigation', () => {
  // Rows of 4, 4 and 2 keys: indices 0–3, 4–7, 8–9.
  const boxes = grid([4, 4, 2]);

  it('Left and Right follow reading order across rows and stop at the ends', () => {
    expect(neighbour(boxes, 3, 'ArrowRight')).to.equal(4);
    expect(neighbour(boxes, 4, 'ArrowLeft')).to.equal(3);
    expect(neighbour(boxes, 0, 'ArrowLeft')).to.equal(0);
    expect(neighbour(boxes, 9, 'ArrowRight')).to.equal(9);
  });

  it('Up and Down go to the key drawn above or below', () => {
    expect(neighbour(boxes, 1, 'ArrowDown')).to.equal(5);
    expect(neighbour(boxes, 5, 'ArrowUp')).to.equal(1);
    expect(neighbour(boxes, 4, 'ArrowDown')).to.equal(8);
  });

  it('Down from past the end of a shorter row goes to its closest key', () => {
    expect(neighbour(boxes, 7, 'ArrowDown')).to.equal(9);
  });

  it('Up and Down stop at the top and bottom rows', () => {
    expect(neighbour(boxes, 2, 'ArrowUp')).to.equal(2);
    expect(neighbour(boxes, 8, 'ArrowDown')).to.equal(8);
  });

  it('Up from a wide key picks the key nearest its centre', () => {
    // Two rows: four narrow keys, then two keys each as wide as two narrow ones.
    const mixed = [...grid([4]), { x: 0, y: 50, width: 90, height: 40 }, { x: 100, y: 50, width: 90, height: 40 }];
    expect(neighbour(mixed, 5, 'ArrowUp')).to.equal(2);
    expect(neighbour(mixed, 3, 'ArrowDown')).to.equal(5);
  });

  it('Home and End go to the ends of the current row', () => {
    expect(neighbour(boxes, 6, 'Home')).to.equal(4);
    expect(neighbour(boxes, 5, 'End')).to.equal(7);
  });

  it('recognises only the navigation keys', () => {
    expect(['ArrowUp', 'Home', 'End'].every(isNavigationKey)).to.equal(true);
    expect(['Enter', ' ', 'Tab', 'a'].some(isNavigationKey)).to.equal(false);
  });
});
