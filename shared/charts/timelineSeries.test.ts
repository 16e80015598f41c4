import { describe, expect, it } from 'vitest';
import type { Source } from '../schemas/source.js';
import { timelineCaption } from './captions.js';
import { timelineSeries } from './timelineSeries.js';
import { claim, source } from './testData.js';

const nis = source(2, 'NIS', 'South Korea');
const jcs = source(4, 'JCS', 'South Korea');
const kcna = source(1, 'KCNA', 'North Korea');
const ungrouped = source(9, 'Blogger', null);
const sources = [nis, jcs, kcna, ungrouped];
const sourceOf = (id: number) => sources.find((s) => s.id === id)!;

describe('timelineSeries', () => {
  const claims = [
    claim(2, { kind: 'approximate', value: 600 }, '2025-04-30'),
    claim(2, { kind: 'at_least', value: 100 }, '2024-12-19'),
    claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
    claim(2, { kind: 'approximate', value: 300 }, '2025-01-13'),
    claim(4, { kind: 'range', low: 200, high: 999 }, '2025-03'),
    claim(4, { kind: 'at_most', value: 5000 }, '2025'),
    claim(1, { kind: 'exact', value: 9 }, '2025-12-12'),
    claim(9, { kind: 'exact', value: 50 }, null),
    claim(1, { kind: 'statement' }, '2025-11'),
  ];
  const timeline = timelineSeries(claims, sourceOf, { scale: 'log', includeImprobable: false });

  it("joins each source's figures oldest first: NIS from at least 100 to about 2,000", () => {
    const track = timeline.tracks.find((t) => t.label === 'NIS')!;
    expect(track.points.map((p) => [p.claim.statedOn, p.value.kind, p.point])).toEqual([
      ['2024-12-19', 'at_least', 100],
      ['2025-01-13', 'approximate', 300],
      ['2025-04-30', 'approximate', 600],
      ['2025-09-02', 'approximate', 2000],
    ]);
  });

  it('places a month-dated claim mid-month and a year-dated one mid-year, keeping the whole period', () => {
    const [month, year] = timeline.tracks.find((t) => t.label === 'JCS')!.points;
    expect(month!.period).toMatchObject({ precision: 'month', start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    expect(month!.t).toBe((Date.UTC(2025, 2, 1) + Date.UTC(2025, 3, 1)) / 2);
    expect(year!.period).toMatchObject({ precision: 'year', start: Date.UTC(2025, 0, 1) });
    expect(year!.t).toBeGreaterThan(Date.UTC(2025, 5, 1));
  });

  it('keeps a range bar and every kind of wording', () => {
    const kinds = timeline.tracks.flatMap((t) => t.points.map((p) => p.value.kind));
    expect(new Set(kinds)).toEqual(new Set(['at_least', 'approximate', 'range', 'at_most', 'exact']));
    const range = timeline.tracks.flatMap((t) => t.points).find((p) => p.value.kind === 'range')!;
    expect(range).toMatchObject({ low: 200, high: 999, at: 599.5 });
  });

  it('lists undated claims and statements apart, saying why', () => {
    expect(timeline.offTimeline.map((o) => [o.source.shortName, o.reason])).toEqual([
      ['Blogger', 'undated'],
      ['KCNA', 'no figure'],
    ]);
    expect(timeline.tracks.map((t) => t.label)).not.toContain('Blogger');
  });

  it('never joins figures of different coverage: a part-scope 30 is a line of its own beside the 4,000', () => {
    const split = timelineSeries(
      [
        claim(1, { kind: 'exact', value: 4000 }, '2025-04-01', { coverage: 'whole' }),
        claim(1, { kind: 'exact', value: 30 }, '2025-08-01', { coverage: 'part', scope: 'one weekend' }),
        claim(1, { kind: 'exact', value: 5000 }, '2025-10-01'),
        claim(1, { kind: 'exact', value: 20 }, '2025-11-01', { coverage: 'part' }),
      ],
      sourceOf,
      { scale: 'log', includeImprobable: false },
    );
    expect(split.tracks.map((t) => [t.key, t.label, t.points.map((p) => p.point)])).toEqual([
      ['1', 'KCNA', [4000, 5000]],
      ['1:part', 'KCNA (part of the scope)', [30, 20]],
    ]);
    expect(split.spread).toBe(1.25);
    expect(split.partial.map((p) => p.point)).toEqual([30, 20]);
    expect(timelineCaption(split, 'soldiers')).toBe(
      '4 figures from 1 source, from 1 Apr 2025 to 1 Nov 2025. Spread over the whole period ×1.3 (0.1 orders of ' +
        'magnitude): lowest KCNA (4,000 soldiers, 1 Apr 2025); highest KCNA (5,000 soldiers, 1 Oct 2025). ' +
        'For part of the scope, not in the spread: KCNA (30 soldiers, 1 Aug 2025) and KCNA (20 soldiers, 1 Nov 2025).',
    );
  });

  it('leaves out claims graded improbable, as the comparison does, unless they are asked for', () => {
    const graded = [
      claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
      { ...claim(2, { kind: 'exact', value: 9999 }, '2025-10-01'), credibility: 5 },
      { ...claim(9, { kind: 'exact', value: 50 }, null), credibility: 5 },
    ];
    const without = timelineSeries(graded, sourceOf, { scale: 'log', includeImprobable: false });
    expect(without.tracks.flatMap((t) => t.points.map((p) => p.point))).toEqual([2000]);
    expect(without).toMatchObject({ offTimeline: [], spread: 1 });
    expect(without.valueAxis.domain).toEqual([1000, 10_000]);
    const withThem = timelineSeries(graded, sourceOf, { scale: 'log', includeImprobable: true });
    expect(withThem.tracks.flatMap((t) => t.points.map((p) => p.point))).toEqual([2000, 9999]);
    expect(withThem.offTimeline).toHaveLength(1);
  });

  it('keeps the tracks of a group together', () => {
    expect(timeline.tracks.map((t) => t.label)).toEqual(['KCNA', 'JCS', 'NIS']);
  });

  it('measures the spread and names the extremes across all time', () => {
    expect(timeline.spread).toBeCloseTo(5000 / 9);
    expect(timeline.lowest.map((p) => p.source.shortName)).toEqual(['KCNA']);
    expect(timeline.highest.map((p) => p.point)).toEqual([5000]);
  });

  it('fits the axes around every figure and date', () => {
    expect(timeline.valueAxis.domain).toEqual([1, 10_000]);
    expect(timeline.timeAxis.domain[0]).toBeLessThan(Date.UTC(2024, 11, 19));
    expect(timeline.timeAxis.domain[1]).toBeGreaterThan(Date.UTC(2025, 11, 31));
  });

  it('has no tracks for no claims, or only statements', () => {
    expect(timelineSeries([], sourceOf, { scale: 'log', includeImprobable: false })).toMatchObject({
      tracks: [],
      offTimeline: [],
      spread: null,
    });
    const onlyStatements = timelineSeries([claim(1, { kind: 'statement' }, '2025-11')], sourceOf, {
      scale: 'linear',
      includeImprobable: false,
    });
    expect(onlyStatements.tracks).toEqual([]);
    expect(onlyStatements.offTimeline).toHaveLength(1);
  });

  it('draws thirty sources with figures from 1 to 1,000,000', () => {
    const many: Source[] = Array.from({ length: 30 }, (_, i) => source(100 + i, `S${i}`, `Group ${i % 3}`));
    const manyClaims = many.flatMap((s, i) => [
      claim(s.id, { kind: 'exact', value: Math.round(10 ** ((6 * i) / 29)) }, '2024-06'),
      claim(s.id, { kind: 'approximate', value: Math.round(10 ** ((6 * i) / 29)) }, '2025-06-01'),
    ]);
    const t = timelineSeries(manyClaims, (id) => many.find((s) => s.id === id)!, {
      scale: 'log',
      includeImprobable: false,
    });
    expect(t.tracks).toHaveLength(30);
    expect(t.valueAxis.domain).toEqual([1, 1_000_000]);
  });
});
