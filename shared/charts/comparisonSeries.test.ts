import { describe, expect, it } from 'vitest';
import { comparisonSeries, drawnSpread } from './comparisonSeries.js';
import { claim, comparisonOf, source } from './testData.js';

const kcna = source(1, 'KCNA', 'North Korea');
const nis = source(2, 'NIS', 'South Korea');
const western = source(3, 'Western officials', 'Western (unattributed)');
const jcs = source(4, 'JCS', 'South Korea');
const rumod = source(5, null, 'Russia', 'Russian Ministry of Defence');

describe('comparisonSeries', () => {
  const comparison = comparisonOf(
    [
      claim(1, { kind: 'exact', value: 9 }, '2025-12-12', { scope: 'one unit' }),
      claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
      claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14'),
      claim(4, { kind: 'range', low: 200, high: 999 }, '2025-11'),
      claim(5, { kind: 'at_most', value: 50 }, '2025'),
    ],
    [kcna, nis, western, jcs, rumod],
  );

  it('gives one row per source, highest figure at the top, keeping every kind of wording', () => {
    const { rows } = comparisonSeries(comparison, { scale: 'log', includeUndated: false });
    expect(rows.map((r) => [r.label, r.value.kind, r.y])).toEqual([
      ['Western officials', 'at_least', 0],
      ['NIS', 'approximate', 1],
      ['JCS', 'range', 2],
      ['Russian Ministry of Defence', 'at_most', 3],
      ['KCNA', 'exact', 4],
    ]);
  });

  it('draws figures for part of the scope, repeats and, when asked, undated figures in lanes of their own below the compared ones', () => {
    const repeated = claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02');
    const withLanes = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 30 }, '2025-12-12', { coverage: 'part', scope: 'one weekend' }),
        repeated,
        claim(3, { kind: 'approximate', value: 2000 }, '2025-09-03', { repeatsClaimId: repeated.id }),
        claim(4, { kind: 'exact', value: 4000 }, '2025-11'),
        claim(5, { kind: 'exact', value: 100_000 }, null),
        claim(5, { kind: 'statement' }, null),
      ],
      [kcna, nis, western, jcs, rumod],
    );
    const lanes = comparisonSeries(withLanes, { scale: 'log', includeUndated: true });
    expect(lanes.rows.map((r) => [r.label, r.lane, r.y])).toEqual([
      ['JCS', 'compared', 0],
      ['NIS', 'compared', 1],
      ['KCNA', 'partial', 3],
      ['Western officials', 'repeat', 5],
      ['Russian Ministry of Defence', 'undated', 7],
    ]);
    expect(lanes.headings).toEqual([
      { lane: 'partial', title: 'Part of the scope — not compared', y: 2 },
      { lane: 'repeat', title: 'Repeats of another claim — not counted again', y: 4 },
      { lane: 'undated', title: 'Undated — not compared', y: 6 },
    ]);
    expect(lanes.places).toBe(8);
    expect(lanes.compared.map((r) => r.label)).toEqual(['JCS', 'NIS']);
    expect(lanes.highest.map((r) => r.label)).toEqual(['JCS']);
    expect(lanes.apart.map((r) => r.label)).toEqual(['KCNA', 'Western officials', 'Russian Ministry of Defence']);
    expect(lanes.axis.domain[1]).toBe(100_000);

    const dated = comparisonSeries(withLanes, { scale: 'log', includeUndated: false });
    expect(dated.rows.map((r) => r.lane)).not.toContain('undated');
    expect(dated.headings.map((h) => h.lane)).toEqual(['partial', 'repeat']);
    expect(dated.axis.domain[1]).toBe(10_000);
  });

  it('decides the scale on the figures drawn, undated ones only when they are', () => {
    const c = comparisonOf(
      [
        claim(2, { kind: 'exact', value: 2000 }, '2025-09-02'),
        claim(4, { kind: 'exact', value: 4000 }, '2025-11'),
        claim(5, { kind: 'exact', value: 10 }, null),
      ],
      [nis, jcs, rumod],
    );
    expect(drawnSpread(c, false)).toBe(2);
    expect(drawnSpread(c, true)).toBe(400);
  });

  it('has no headings when every figure is compared', () => {
    const { headings, places } = comparisonSeries(comparison, { scale: 'log', includeUndated: false });
    expect(headings).toEqual([]);
    expect(places).toBe(5);
  });

  it('places a range by its middle and keeps both ends for its bar', () => {
    const range = comparisonSeries(comparison, { scale: 'log', includeUndated: false }).rows.find(
      (r) => r.label === 'JCS',
    )!;
    expect(range).toMatchObject({ point: 599.5, at: 599.5, low: 200, high: 999 });
  });

  it('covers every figure on a log axis, with room for the "at least" arrow', () => {
    const { axis } = comparisonSeries(comparison, { scale: 'log', includeUndated: false });
    expect(axis.domain).toEqual([1, 100_000]);
  });

  it('uses a zero-based axis on a linear scale', () => {
    const { axis, rows } = comparisonSeries(comparison, { scale: 'linear', includeUndated: false });
    expect(axis.domain[0]).toBe(0);
    expect(rows.every((r) => r.at <= axis.domain[1])).toBe(true);
  });

  it('names who gives the lowest and the highest figure, ties together', () => {
    const tied = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 9 }, '2025-12-12'),
        claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 1000 }, '2025-11-14'),
      ],
      [kcna, nis, western],
    );
    const { lowest, highest } = comparisonSeries(tied, { scale: 'log', includeUndated: false });
    expect(lowest.map((r) => r.label)).toEqual(['KCNA']);
    expect(highest.map((r) => r.label)).toEqual(['NIS', 'Western officials']);
  });

  it('leaves statements out of the rows', () => {
    const withStatement = comparisonOf(
      [claim(1, { kind: 'statement' }, '2025-11'), claim(2, { kind: 'exact', value: 1000 }, '2025-06-17')],
      [kcna, nis],
    );
    expect(comparisonSeries(withStatement, { scale: 'log', includeUndated: false }).rows.map((r) => r.label)).toEqual([
      'NIS',
    ]);
  });

  it('draws a single source, and no source at all', () => {
    const one = comparisonSeries(comparisonOf([claim(2, { kind: 'exact', value: 1000 }, '2025-06-17')], [nis]), {
      scale: 'log',
      includeUndated: false,
    });
    expect(one.rows).toHaveLength(1);
    expect(one.axis.domain).toEqual([1000, 10_000]);
    expect(one.lowest).toEqual(one.highest);
    const none = comparisonSeries(comparisonOf([], []), { scale: 'log', includeUndated: false });
    expect(none).toMatchObject({ rows: [], lowest: [], highest: [] });
  });

  it('gives thirty sources thirty distinct rows, figures from 1 to 1,000,000', () => {
    const sources = Array.from({ length: 30 }, (_, i) => source(100 + i, `S${i}`, `Group ${i % 4}`));
    const claims = sources.map((s, i) =>
      claim(s.id, { kind: 'exact', value: Math.round(10 ** ((6 * i) / 29)) }, '2025-06-01'),
    );
    const { rows, axis } = comparisonSeries(comparisonOf(claims, sources), { scale: 'log', includeUndated: false });
    expect(new Set(rows.map((r) => r.label)).size).toBe(30);
    expect(axis.domain).toEqual([1, 1_000_000]);
    expect(rows[0]!.point).toBe(1_000_000);
    expect(rows.at(-1)!.point).toBe(1);
  });

  it('falls back to full names when two sources share a short name', () => {
    const a = source(7, 'MoD', 'Russia', 'Russian Ministry of Defence');
    const b = source(8, 'MoD', 'United Kingdom', 'UK Ministry of Defence');
    const { rows } = comparisonSeries(
      comparisonOf(
        [claim(7, { kind: 'exact', value: 1 }, '2025'), claim(8, { kind: 'exact', value: 2 }, '2025')],
        [a, b],
      ),
      { scale: 'linear', includeUndated: false },
    );
    expect(rows.map((r) => r.label)).toEqual(['UK Ministry of Defence', 'Russian Ministry of Defence']);
  });

  it("puts a zero figure in the log axis's 0 lane but keeps it as said", () => {
    const { rows, axis } = comparisonSeries(
      comparisonOf(
        [claim(1, { kind: 'exact', value: 0 }, '2025'), claim(2, { kind: 'range', low: 0, high: 40 }, '2025')],
        [kcna, nis],
      ),
      { scale: 'log', includeUndated: false },
    );
    expect(rows[1]).toMatchObject({ point: 0, at: axis.zeroLane!.at });
    expect(rows[0]).toMatchObject({ low: axis.zeroLane!.at, high: 40 });
  });
});
