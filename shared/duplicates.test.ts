import { describe, expect, it } from 'vitest';
import { duplicatePairKey, plainKey, proposeDuplicates } from './duplicates.js';

const named = (id: number, name: string, aliases: string[] = []) => ({ id, name, aliases });

describe('proposeDuplicates', () => {
  it.each([
    ['punctuation and case', 'U.S. Department of Defense', 'US department of defense', 'spelling'],
    ['a parenthesised acronym', 'National Intelligence Service (NIS)', 'NIS', 'acronym'],
    ['the name before the acronym', 'National Intelligence Service (NIS)', 'National Intelligence Service', 'acronym'],
    ['a speaker in brackets', 'NIS (director to parliament committee)', 'NIS', 'speaker'],
    ['a citing clause', 'lawmaker Lee Seong-kweun citing NIS', 'NIS', 'citing'],
    ['an “according to” clause', 'Yonhap, according to the N.I.S.', 'NIS', 'citing'],
  ])('pairs names that differ by %s, the longer form going into the shorter', (_, longer, shorter, reason) => {
    expect(proposeDuplicates([named(1, shorter), named(2, longer)])).toEqual([{ sourceId: 2, intoId: 1, reason }]);
  });

  it('finds a record by its aliases too', () => {
    const sources = [
      named(1, 'National Intelligence Service of South Korea', ['NIS']),
      named(2, 'lawmaker citing NIS'),
    ];
    expect(proposeDuplicates(sources)).toEqual([{ sourceId: 2, intoId: 1, reason: 'citing' }]);
  });

  it('is silent on distinct names, and on two that only cite the same source', () => {
    const sources = [
      named(1, 'NIS'),
      named(2, 'N1S'),
      named(3, 'National Intelligence Service of Ukraine'),
      named(4, 'KCNA'),
      named(5, 'Korean Central News Agency'),
    ];
    expect(proposeDuplicates(sources)).toEqual([]);
    const citers = [named(1, 'lawmaker X citing NIS'), named(2, 'Yonhap citing NIS')];
    expect(proposeDuplicates(citers)).toEqual([]);
  });

  it('leaves out dismissed pairs, and stops at the limit', () => {
    const sources = [named(1, 'NIS'), named(2, 'X citing NIS'), named(3, 'Y citing NIS'), named(4, 'N.I.S.')];
    const pairs = proposeDuplicates(sources, new Set([duplicatePairKey(1, 2)]));
    expect(pairs.map((p) => [p.sourceId, p.intoId])).toEqual([
      [2, 4],
      [3, 1],
      [3, 4],
      [4, 1],
    ]);
    expect(proposeDuplicates(sources, new Set(), 2)).toHaveLength(2);
  });

  it('proposes pairs of a large catalogue quickly, grouping by key rather than comparing every pair', () => {
    const sources = Array.from({ length: 20_000 }, (_, i) => named(i + 1, `Source number ${i}`));
    sources.push(named(20_001, 'Source number 7 (spokesperson)'));
    const started = performance.now();
    expect(proposeDuplicates(sources)).toEqual([{ sourceId: 20_001, intoId: 8, reason: 'speaker' }]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keys a name without case, accents, punctuation or a leading article', () => {
    expect(plainKey('  Ministère de la Défense — (France) ')).toBe('ministere de la defense france');
    expect(plainKey('The NIS')).toBe('nis');
  });
});
