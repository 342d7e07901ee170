import { expect } from '@open-wc/testing';
import { DIGITS, LETTERS, SYMBOLS, cryptoRandomInt, keyChar, shuffle, shuffledKeyOrder } from '../../src/soft-keyboard/keys.js';

const sorted = (items: readonly string[]): string[] => [...items].sort();

describe('soft keyboard keys', () => {
  it('offers digits 0–9, letters a–z and a few password symbols, each once', () => {
    expect(DIGITS.join('')).to.equal('0123456789');
    expect(LETTERS.join('')).to.equal('abcdefghijklmnopqrstuvwxyz');
    expect(SYMBOLS.length).to.be.within(5, 16);
    const all = [...DIGITS, ...LETTERS, ...SYMBOLS];
    expect(new Set(all).size).to.equal(all.length);
  });

  it('cryptoRandomInt stays within [0, n) and covers every value', () => {
    const seen = new Set<number>();
    // 600 draws over 3 values: the chance that one value never comes up is 3·(2/3)^600 ≈ 1e-105.
    for (let i = 0; i < 600; i++) {
      const r = cryptoRandomInt(3);
      expect(Number.isInteger(r) && r >= 0 && r < 3, String(r)).to.equal(true);
      seen.add(r);
    }
    expect([...seen].sort()).to.deep.equal([0, 1, 2]);
    expect(cryptoRandomInt(1)).to.equal(0);
  });

  it('cryptoRandomInt refuses a range that is not a positive integer', () => {
    expect(() => cryptoRandomInt(0)).to.throw(RangeError);
    expect(() => cryptoRandomInt(2.5)).to.throw(RangeError);
  });

  it('shuffle is Fisher–Yates: it swaps position i with the drawn index in [0, i]', () => {
    const draws: number[] = [];
    // Always drawing 0 swaps each element, from the end, with the first: a rotation by one.
    const zero = (n: number): number => (draws.push(n), 0);
    expect(shuffle(['a', 'b', 'c', 'd'], zero)).to.deep.equal(['b', 'c', 'd', 'a']);
    expect(draws).to.deep.equal([4, 3, 2]);
    // Always drawing the top of the range swaps nothing.
    expect(shuffle(['a', 'b', 'c', 'd'], (n) => n - 1)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('shuffle returns a permutation and leaves its input alone', () => {
    const input = Object.freeze([...LETTERS]);
    for (let i = 0; i < 20; i++) expect(sorted(shuffle(input))).to.deep.equal(sorted(input));
    expect(input.join('')).to.equal('abcdefghijklmnopqrstuvwxyz');
  });

  it('shuffle actually varies the order', () => {
    // Five shuffles of 26 letters all equal: probability (1/26!)^4 ≈ 1e-106, never in practice.
    const orders = new Set(Array.from({ length: 5 }, () => shuffle(LETTERS).join('')));
    expect(orders.size).to.be.greaterThan(1);
  });

  it('each position of a shuffle takes more than one letter over many shuffles', () => {
    // Guards against a shuffle that varies only part of the array (e.g. an off-by-one loop
    // that never moves the last letter). P(a position keeps one letter in 200 runs) ≈ 26·(1/26)^199.
    const firsts = new Set<string>();
    const lasts = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const order = shuffle(LETTERS);
      firsts.add(order[0]!);
      lasts.add(order[25]!);
    }
    expect(firsts.size).to.be.greaterThan(1);
    expect(lasts.size).to.be.greaterThan(1);
  });

  it('shuffledKeyOrder shuffles each section within itself', () => {
    const order = shuffledKeyOrder();
    expect(sorted(order.digits)).to.deep.equal(sorted(DIGITS));
    expect(sorted(order.letters)).to.deep.equal(sorted(LETTERS));
    expect(sorted(order.symbols)).to.deep.equal(sorted(SYMBOLS));
  });

  it('Shift changes letters only', () => {
    expect(keyChar('q', true)).to.equal('Q');
    expect(keyChar('q', false)).to.equal('q');
    expect(keyChar('7', true)).to.equal('7');
    expect(keyChar('#', true)).to.equal('#');
  });
});
