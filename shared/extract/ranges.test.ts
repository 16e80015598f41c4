import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.js';
import { readFigures } from './ranges.js';

const read = (text: string) => readFigures(text, findNumbers(text)).map((f) => [text.slice(f.start, f.end), f.value]);

describe('readFigures', () => {
  it.each([
    ['between 11,000 and 12,000 troops', 'between 11,000 and 12,000', 11000, 12000],
    ['11,000 to 12,000 troops', '11,000 to 12,000', 11000, 12000],
    ['30,000-40,000 troops', '30,000-40,000', 30000, 40000],
    ['300–400 men', '300–400', 300, 400],
    ['could be closer to around 11 to 12,000', 'around 11 to 12,000', 11000, 12000],
    ['10-20,000 troops', '10-20,000', 10000, 20000],
    ['2 to 3 million people', '2 to 3 million', 2_000_000, 3_000_000],
    ['200 to 1,000 troops', '200 to 1,000', 200, 1000],
    ['eleven to twelve thousand', 'eleven to twelve thousand', 11000, 12000],
    ['several hundred casualties', 'several hundred', 200, 999],
  ])('reads %j as a range', (text, wording, low, high) => {
    expect(read(text)).toEqual([[wording, { kind: 'range', low, high }]]);
  });

  it('reads a change over time as two figures', () => {
    expect(read('rose from 300 to 600')).toEqual([
      ['300', { kind: 'exact', value: 300 }],
      ['600', { kind: 'exact', value: 600 }],
    ]);
  });

  it('keeps a backwards pair as two figures', () => {
    expect(read('600 to 300').map(([, v]) => v)).toEqual([
      { kind: 'exact', value: 600 },
      { kind: 'exact', value: 300 },
    ]);
  });

  it('reads qualifiers on either side into the wording', () => {
    expect(read('more than 6,000 and 300 or so')).toEqual([
      ['more than 6,000', { kind: 'at_least', value: 6000 }],
      ['300 or so', { kind: 'approximate', value: 300 }],
    ]);
  });
});
