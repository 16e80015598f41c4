import { describe, expect, it } from 'vitest';
import {
  compareClaims,
  compareStatedOn,
  divergenceStats,
  intervalOf,
  isDisjoint,
  pointOf,
  statedByAsOf,
  type Comparable,
} from './divergence.js';
import type { ClaimValue } from './schemas/claim.js';

describe('intervalOf and pointOf', () => {
  const cases: { value: ClaimValue; interval: { low: number; high: number | null } | null; point: number | null }[] = [
    { value: { kind: 'exact', value: 9 }, interval: { low: 9, high: 9 }, point: 9 },
    { value: { kind: 'approximate', value: 1100 }, interval: { low: 1100, high: 1100 }, point: 1100 },
    { value: { kind: 'at_least', value: 6000 }, interval: { low: 6000, high: null }, point: 6000 },
    { value: { kind: 'at_most', value: 300 }, interval: { low: 0, high: 300 }, point: 300 },
    { value: { kind: 'range', low: 11000, high: 12000 }, interval: { low: 11000, high: 12000 }, point: 11500 },
    { value: { kind: 'range', low: 200, high: 999 }, interval: { low: 200, high: 999 }, point: 599.5 },
    { value: { kind: 'range', low: 40, high: 40 }, interval: { low: 40, high: 40 }, point: 40 },
    { value: { kind: 'exact', value: 0 }, interval: { low: 0, high: 0 }, point: 0 },
    { value: { kind: 'at_most', value: 0 }, interval: { low: 0, high: 0 }, point: 0 },
    { value: { kind: 'statement' }, interval: null, point: null },
  ];

  it.each(cases)('$value.kind $value → $interval, point $point', ({ value, interval, point }) => {
    expect(intervalOf(value)).toEqual(interval);
    expect(pointOf(value)).toBe(point);
  });
});

describe('isDisjoint', () => {
  it('is false with fewer than two intervals', () => {
    expect(isDisjoint([])).toBe(false);
    expect(isDisjoint([{ low: 5, high: 1 }])).toBe(false);
  });

  it('is true when no value lies in every interval', () => {
    expect(
      isDisjoint([
        { low: 9, high: 9 },
        { low: 6000, high: null },
      ]),
    ).toBe(true);
    expect(
      isDisjoint([
        { low: 0, high: 100 },
        { low: 50, high: 60 },
        { low: 101, high: 200 },
      ]),
    ).toBe(true);
  });

  it('treats bounds as closed: touching intervals share their end', () => {
    expect(
      isDisjoint([
        { low: 0, high: 300 },
        { low: 300, high: null },
      ]),
    ).toBe(false);
  });

  it('lets open upper ends overlap anything above their low end', () => {
    expect(
      isDisjoint([
        { low: 6000, high: null },
        { low: 10000, high: null },
        { low: 11000, high: 12000 },
      ]),
    ).toBe(false);
  });
});

describe('compareStatedOn', () => {
  it('orders partial dates oldest first, a shorter date at the start of the period it covers', () => {
    const dates = ['2025-11-05', '2025', null, '2024-12-31', '2025-11', '2025-02-28', null];
    expect([...dates].sort(compareStatedOn)).toEqual([
      null,
      null,
      '2024-12-31',
      '2025',
      '2025-02-28',
      '2025-11',
      '2025-11-05',
    ]);
  });

  it('is zero for equal dates and antisymmetric otherwise', () => {
    expect(compareStatedOn('2025-11', '2025-11')).toBe(0);
    expect(compareStatedOn(null, null)).toBe(0);
    expect(compareStatedOn(null, '2025')).toBe(-1);
    expect(compareStatedOn('2025', null)).toBe(1);
    expect(compareStatedOn('2025', '2025-01')).toBe(-1);
    expect(compareStatedOn('2025-01', '2025')).toBe(1);
  });
});

describe('statedByAsOf', () => {
  it('takes undated claims and those stated on or before the day', () => {
    expect(statedByAsOf(null, '2025-01-01')).toBe(true);
    expect(statedByAsOf('2025-01-01', '2025-01-01')).toBe(true);
    expect(statedByAsOf('2025-01', '2025-01-01')).toBe(true);
    expect(statedByAsOf('2025-01-02', '2025-01-01')).toBe(false);
  });
});

const entry = (value: ClaimValue): Comparable => ({ interval: intervalOf(value)!, point: pointOf(value)! });

describe('divergenceStats', () => {
  it('measures 9 against more than 6,000 as ×667, 2.8 orders of magnitude, disjoint', () => {
    const stats = divergenceStats([entry({ kind: 'exact', value: 9 }), entry({ kind: 'at_least', value: 6000 })]);
    expect(stats.spread).toBeCloseTo(6000 / 9, 9);
    expect(stats.ordersOfMagnitude).toBeCloseTo(2.8239, 4);
    expect(stats.disjoint).toBe(true);
  });

  it('uses a range by its middle', () => {
    const stats = divergenceStats([
      entry({ kind: 'range', low: 100, high: 300 }),
      entry({ kind: 'exact', value: 800 }),
    ]);
    expect(stats.spread).toBe(4);
  });

  it('leaves zero points out of the spread, which would otherwise be infinite', () => {
    const stats = divergenceStats([
      entry({ kind: 'exact', value: 0 }),
      entry({ kind: 'exact', value: 10 }),
      entry({ kind: 'exact', value: 1000 }),
    ]);
    expect(stats.spread).toBe(100);
    expect(stats.ordersOfMagnitude).toBe(2);
    expect(stats.disjoint).toBe(true);
  });

  it('has no spread when every point is zero', () => {
    const stats = divergenceStats([entry({ kind: 'exact', value: 0 }), entry({ kind: 'at_most', value: 0 })]);
    expect(stats).toMatchObject({ spread: null, ordersOfMagnitude: null, disjoint: false });
  });

  it('has a spread of 1 and no divergence with one source only', () => {
    expect(divergenceStats([entry({ kind: 'approximate', value: 12000 })])).toEqual({
      spread: 1,
      ordersOfMagnitude: 0,
      disjoint: false,
    });
  });

  it('has nothing to measure with no points', () => {
    expect(divergenceStats([])).toEqual({ spread: null, ordersOfMagnitude: null, disjoint: false });
  });
});

describe('compareClaims', () => {
  const sources = new Map([
    [1, 'KCNA'],
    [2, 'NIS'],
    [3, 'Russian MoD'],
  ]);
  const sourceOf = (id: number) => sources.get(id)!;

  it('plots figures, sets statements apart, and measures only the figures', () => {
    const claims = [
      { sourceId: 1, value: { kind: 'exact', value: 9 } as const, scope: 'one unit' },
      { sourceId: 2, value: { kind: 'range', low: 11000, high: 12000 } as const, scope: 'whole contingent' },
      { sourceId: 3, value: { kind: 'statement' } as const, scope: 'a third scope' },
    ];
    const { entries, statements } = compareClaims(claims, sourceOf);
    const stats = divergenceStats(entries.map((e) => ({ interval: e.interval, point: e.point })));
    expect(entries.map((e) => [e.source, e.point, e.interval])).toEqual([
      ['KCNA', 9, { low: 9, high: 9 }],
      ['NIS', 11500, { low: 11000, high: 12000 }],
    ]);
    expect(statements).toEqual([{ claim: claims[2], source: 'Russian MoD' }]);
    expect(stats.spread).toBeCloseTo(11500 / 9, 9);
  });

  it('has only statements and no figures to compare when no source gives a number', () => {
    const claims = [
      { sourceId: 1, value: { kind: 'statement' } as const, scope: null },
      { sourceId: 3, value: { kind: 'statement' } as const, scope: null },
    ];
    const { entries, statements } = compareClaims(claims, sourceOf);
    const stats = divergenceStats([]);
    expect(entries).toEqual([]);
    expect(statements.map((s) => s.source)).toEqual(['KCNA', 'Russian MoD']);
    expect(stats).toEqual({ spread: null, ordersOfMagnitude: null, disjoint: false });
  });
});
