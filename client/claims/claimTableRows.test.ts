import { describe, expect, it } from 'vitest';
import { claim, source } from '../../shared/charts/testData.js';
import { filterClaims, sortClaims, type ClaimTableFilters } from './claimTableRows';

const kcna = source(1, 'KCNA', 'North Korea', 'Korean Central News Agency');
const nis = source(2, 'NIS', 'South Korea', 'National Intelligence Service');
const sourceOf = (id: number) => [kcna, nis].find((s) => s.id === id)!;

const claims = [
  claim(2, { kind: 'at_least', value: 100 }, '2024-12-19', { scope: 'whole contingent' }),
  claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02', { quote: 'about 2,000 killed' }),
  claim(1, { kind: 'exact', value: 9 }, '2025-12-12', { scope: 'one unit: 528th Engineer Regiment' }),
  claim(1, { kind: 'statement' }, '2025-11'),
  claim(2, { kind: 'range', low: 200, high: 999 }, null),
];
const none: ClaimTableFilters = { sourceId: null, kind: null, from: null, to: null, text: '' };
const ids = (list: { id: number }[]) => list.map((c) => claims.indexOf(c as (typeof claims)[number]));

describe('filterClaims', () => {
  it('keeps everything with no filter', () => {
    expect(filterClaims(claims, none, sourceOf)).toHaveLength(5);
  });

  it('filters by source and by value kind', () => {
    expect(ids(filterClaims(claims, { ...none, sourceId: 1 }, sourceOf))).toEqual([2, 3]);
    expect(ids(filterClaims(claims, { ...none, kind: 'statement' }, sourceOf))).toEqual([3]);
  });

  it('keeps claims whose period overlaps the dates, dropping undated ones', () => {
    expect(ids(filterClaims(claims, { ...none, from: '2025-11-20' }, sourceOf))).toEqual([2, 3]);
    expect(ids(filterClaims(claims, { ...none, to: '2025-11-01' }, sourceOf))).toEqual([0, 1, 3]);
    expect(ids(filterClaims(claims, { ...none, from: '2025-01-01', to: '2025-10-01' }, sourceOf))).toEqual([1]);
  });

  it('matches every word of the text against source, figure, scope and quote, ignoring case', () => {
    expect(ids(filterClaims(claims, { ...none, text: 'kcna regiment' }, sourceOf))).toEqual([2]);
    expect(ids(filterClaims(claims, { ...none, text: 'Intelligence  2,000' }, sourceOf))).toEqual([1]);
    expect(ids(filterClaims(claims, { ...none, text: 'at least' }, sourceOf))).toEqual([0]);
    expect(filterClaims(claims, { ...none, text: 'nothing like this' }, sourceOf)).toEqual([]);
  });

  it('finds a claim by the analysts’ notes the table shows under its quote', () => {
    const noted = claim(1, { kind: 'exact', value: 4000 }, '2025-04-01', {
      notes: 'Likely conflation with the wounded',
    });
    expect(filterClaims([...claims, noted], { ...none, text: 'conflation' }, sourceOf)).toEqual([noted]);
  });

  it.each(['2000', '2,000', '2 000', '2\u00a0000', 'about 2000 killed'])(
    'finds the figure 2,000 from %j, however its thousands are separated',
    (text) => {
      expect(ids(filterClaims(claims, { ...none, text }, sourceOf))).toEqual([1]);
    },
  );

  it('keeps finding a figure while its thousands are being typed', () => {
    expect(ids(filterClaims(claims, { ...none, text: '2,0' }, sourceOf))).toContain(1);
  });

  it('keeps apart numbers that only stand side by side', () => {
    expect(ids(filterClaims(claims, { ...none, text: '528 9' }, sourceOf))).toEqual([2]);
    expect(filterClaims(claims, { ...none, text: '5289' }, sourceOf)).toEqual([]);
  });
});

describe('sortClaims', () => {
  it('sorts by date with undated claims last either way', () => {
    expect(ids(sortClaims(claims, 'date', 'ascending', sourceOf))).toEqual([0, 1, 3, 2, 4]);
    expect(ids(sortClaims(claims, 'date', 'descending', sourceOf))).toEqual([2, 3, 1, 0, 4]);
  });

  it('sorts figures as numbers, ranges by their middle, statements last', () => {
    expect(ids(sortClaims(claims, 'figure', 'ascending', sourceOf))).toEqual([2, 0, 4, 1, 3]);
  });

  it('sorts by the source name shown', () => {
    expect(ids(sortClaims(claims, 'source', 'ascending', sourceOf)).slice(0, 2)).toEqual([2, 3]);
  });
});
