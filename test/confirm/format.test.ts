import { expect } from '@open-wc/testing';
import {
  challengeGroups,
  formatClock,
  formatDuration,
  formatMoney,
  listDuration,
  spokenDigits,
} from '../../src/confirm/format.js';

// Intl's text comes from each engine's CLDR data: these run in Chromium and Firefox alike, and
// compare whole strings where CLDR fixes them.

describe('formatMoney', () => {
  it('writes yen as Japanese pages do: 12,345円', () => {
    expect(formatMoney({ value: '12345', currency: 'JPY' }, 'ja')).to.equal('12,345円');
  });

  it('writes yen as English pages do: ¥12,345', () => {
    expect(formatMoney({ value: '12345', currency: 'JPY' }, 'en')).to.equal('¥12,345');
  });

  it('gives yen no fraction digits and dollars two', () => {
    expect(formatMoney({ value: '5', currency: 'JPY' }, 'en')).to.equal('¥5');
    expect(formatMoney({ value: '5', currency: 'USD' }, 'en')).to.equal('$5.00');
    expect(formatMoney({ value: '12345.5', currency: 'USD' }, 'en')).to.equal('$12,345.50');
    expect(formatMoney({ value: '12345.5', currency: 'USD' }, 'ja')).to.equal('12,345.50米ドル');
  });

  it('writes amounts beyond a double’s precision exactly, from the decimal string', () => {
    // 2^53 + 1 and a 24-digit amount: a float would print ...992 and round the rest.
    expect(formatMoney({ value: '9007199254740993', currency: 'JPY' }, 'en')).to.equal('¥9,007,199,254,740,993');
    expect(formatMoney({ value: '123456789012345678901234', currency: 'JPY' }, 'ja')).to.equal('123,456,789,012,345,678,901,234円');
    expect(formatMoney({ value: '90071992547409.93', currency: 'USD' }, 'en')).to.equal('$90,071,992,547,409.93');
  });

  it('writes a zero fee', () => {
    expect(formatMoney({ value: '0', currency: 'JPY' }, 'ja')).to.equal('0円');
  });
});

describe('challengeGroups and spokenDigits', () => {
  it('groups eight digits in fours and seven as four and three', () => {
    expect(challengeGroups('12345678')).to.deep.equal(['1234', '5678']);
    expect(challengeGroups('1234567')).to.deep.equal(['1234', '567']);
  });

  it('keeps groups even rather than leaving one digit alone', () => {
    expect(challengeGroups('123456789')).to.deep.equal(['123', '456', '789']);
    expect(challengeGroups('12345')).to.deep.equal(['123', '45']);
    expect(challengeGroups('1234567890')).to.deep.equal(['1234', '567', '890']);
  });

  it('leaves four digits or fewer in one group', () => {
    expect(challengeGroups('1234')).to.deep.equal(['1234']);
  });

  it('keeps every digit in order in groups of one to four, for every length up to 64', () => {
    const digits = '1234567890'.repeat(7);
    for (let length = 1; length <= 64; length++) {
      const groups = challengeGroups(digits.slice(0, length));
      expect(groups.join('')).to.equal(digits.slice(0, length));
      expect(groups.every((g) => g.length >= 1 && g.length <= 4)).to.equal(true);
      expect(Math.max(...groups.map((g) => g.length)) - Math.min(...groups.map((g) => g.length))).to.be.at.most(1);
    }
  });

  it('reads the digits one by one, groups apart', () => {
    expect(spokenDigits('12345678', 'en')).to.equal('1 2 3 4, 5 6 7 8');
    expect(spokenDigits('1234567', 'ja')).to.equal('1 2 3 4、5 6 7');
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds with two digits', () => {
    expect(formatClock(299)).to.equal('04:59');
    expect(formatClock(60)).to.equal('01:00');
    expect(formatClock(5)).to.equal('00:05');
  });

  it('adds hours from an hour on', () => {
    expect(formatClock(3600 + 4 * 60 + 59)).to.equal('1:04:59');
  });

  it('rounds up, so 00:00 means the time is up', () => {
    expect(formatClock(0.2)).to.equal('00:01');
    expect(formatClock(0)).to.equal('00:00');
    expect(formatClock(-3)).to.equal('00:00');
  });
});

describe('formatDuration', () => {
  it('says minutes and seconds in English', () => {
    expect(formatDuration(299, 'en')).to.equal('4 minutes, 59 seconds');
    expect(formatDuration(61, 'en')).to.equal('1 minute, 1 second');
  });

  it('says minutes and seconds in Japanese', () => {
    expect(formatDuration(299, 'ja').replace(/\s/g, '')).to.equal('4分59秒');
  });

  it('leaves out units that are zero', () => {
    expect(formatDuration(300, 'en')).to.equal('5 minutes');
    expect(formatDuration(3600 + 5, 'en')).to.equal('1 hour, 5 seconds');
  });

  it('says the same as the ListFormat fallback for engines without DurationFormat', () => {
    for (const seconds of [0, 1, 20, 59, 60, 61, 299, 300, 3599, 3600, 3661, 86_400]) {
      for (const lang of ['ja', 'en'] as const) {
        expect(listDuration(seconds, lang), `${seconds} s in ${lang}`).to.equal(formatDuration(seconds, lang));
      }
    }
  });

  it('says zero seconds when the time is up', () => {
    expect(formatDuration(0, 'en')).to.equal('0 seconds');
    expect(formatDuration(-1, 'ja').replace(/\s/g, '')).to.equal('0秒');
  });

  it('uses DurationFormat in both test browsers', () => {
    expect(typeof (Intl as { DurationFormat?: unknown }).DurationFormat).to.equal('function');
  });
});
