import { describe, expect, it } from 'vitest';
import type { ClaimValue } from './schemas/claim.js';
import { countOf, describeSpread, describeValue, formatNumber, shortened } from './wording.js';

describe('describeValue', () => {
  const cases: [ClaimValue, string][] = [
    [{ kind: 'exact', value: 9 }, '9'],
    [{ kind: 'approximate', value: 1100 }, 'about 1,100'],
    [{ kind: 'at_least', value: 6000 }, 'at least 6,000'],
    [{ kind: 'at_most', value: 300 }, 'at most 300'],
    [{ kind: 'range', low: 11000, high: 12000 }, '11,000–12,000'],
    [{ kind: 'exact', value: 0 }, '0'],
    [{ kind: 'statement' }, 'no figure given'],
  ];

  it.each(cases)('%j reads "%s"', (value, words) => {
    expect(describeValue(value)).toBe(words);
  });

  it('adds the unit after the figure but not to a statement', () => {
    expect(describeValue({ kind: 'at_least', value: 6000 }, 'soldiers')).toBe('at least 6,000 soldiers');
    expect(describeValue({ kind: 'range', low: 1, high: 2 }, 'days')).toBe('1–2 days');
    expect(describeValue({ kind: 'statement' }, 'soldiers')).toBe('no figure given');
  });

  it('keeps at most two decimals', () => {
    expect(formatNumber(1234.5678)).toBe('1,234.57');
    expect(describeValue({ kind: 'approximate', value: 0.5 })).toBe('about 0.5');
  });
});

describe('describeSpread', () => {
  it('words KCNA 9 against 6,000 as ×667 and 2.8 orders of magnitude', () => {
    expect(describeSpread(6000 / 9)).toBe('×667 (2.8 orders of magnitude)');
  });

  it('keeps one decimal below ten and drops a trailing .0', () => {
    expect(describeSpread(2.54)).toBe('×2.5 (0.4 orders of magnitude)');
    expect(describeSpread(1)).toBe('×1 (0.0 orders of magnitude)');
    expect(describeSpread(4)).toBe('×4 (0.6 orders of magnitude)');
  });

  it('rounds to whole numbers with thousands separators from ten up', () => {
    expect(describeSpread(10)).toBe('×10 (1.0 orders of magnitude)');
    expect(describeSpread(12345.6)).toBe('×12,346 (4.1 orders of magnitude)');
  });

  it('says there is nothing to compare without a spread', () => {
    expect(describeSpread(null)).toBe('no figures to compare');
  });
});

describe('countOf', () => {
  it('writes one without a plural and larger counts with thousands separated', () => {
    expect(countOf(1, 'row', 'rows')).toBe('1 row');
    expect(countOf(0, 'row', 'rows')).toBe('0 rows');
    expect(countOf(5000, 'new source', 'new sources')).toBe('5,000 new sources');
  });
});

describe('shortened', () => {
  it('keeps a text that fits, and cuts a longer one to fit with an ellipsis', () => {
    expect(shortened('colour', 6)).toBe('colour');
    expect(shortened('colours', 6)).toBe('colou…');
    expect(shortened('x'.repeat(700_000), 100)).toHaveLength(100);
  });

  it('never keeps half of a character written as two UTF-16 units', () => {
    expect(shortened('abc😀def', 5)).toBe('abc…');
  });
});
