import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../schemas/claim.js';
import type { Reliability } from '../schemas/source.js';
import { estimate, type EstimatedClaim } from './estimate.js';

let nextId = 1;
const claim = (
  value: ClaimValue,
  grades: { reliability?: Reliability; credibility?: number } = {},
): EstimatedClaim => ({
  id: nextId++,
  sourceId: nextId,
  value,
  reliability: grades.reliability ?? 'B',
  credibility: grades.credibility ?? 2,
});
const exact = (value: number): ClaimValue => ({ kind: 'exact', value });
const about = (value: number): ClaimValue => ({ kind: 'approximate', value });
const atLeast = (value: number): ClaimValue => ({ kind: 'at_least', value });
const atMost = (value: number): ClaimValue => ({ kind: 'at_most', value });
const range = (low: number, high: number): ClaimValue => ({ kind: 'range', low, high });
const statement: ClaimValue = { kind: 'statement' };
const tolerance = 0.1;

describe('the estimate', () => {
  it('of one exact figure is that figure, within a narrow interval', () => {
    const { best, consensus, noBest } = estimate([claim(exact(2000))], { tolerance });
    expect(consensus).toBe(true);
    expect(noBest).toBeNull();
    expect(best!.median).toBeCloseTo(2000, -1);
    expect(best!.interval90.low).toBeGreaterThan(1800);
    expect(best!.interval90.high).toBeLessThan(2200);
  });

  it('of two approximate figures that agree lies between them, wider than either exact one would be', () => {
    const figures = [claim(about(14_000)), claim(about(15_000))];
    const { best, consensus } = estimate(figures, { tolerance });
    expect(consensus).toBe(true);
    expect(best!.median).toBeGreaterThan(14_000);
    expect(best!.median).toBeLessThan(15_000);
    expect(best!.claimIds).toEqual(figures.map((c) => c.id));
  });

  it('of "at least 6,000" with "about 7,000" is near 7,000, never under the bound, which it names', () => {
    const bound = claim(atLeast(6000));
    const { best, lower, upper } = estimate([bound, claim(about(7000))], { tolerance });
    expect(lower).toEqual({ value: 6000, claimId: bound.id });
    expect(upper).toBeNull();
    expect(best!.median).toBeGreaterThan(6500);
    expect(best!.median).toBeLessThan(7500);
    expect(best!.interval90.low).toBeGreaterThanOrEqual(6000);
  });

  it('of bounds alone gives the bounds and no best figure', () => {
    const [low, high] = [claim(atLeast(600)), claim(atMost(3000))];
    const result = estimate([low, high, claim(atLeast(400))], { tolerance });
    expect(result).toMatchObject({
      consensus: true,
      best: null,
      noBest: 'only_bounds',
      lower: { value: 600, claimId: low.id },
      upper: { value: 3000, claimId: high.id },
    });
  });

  it('of a range lies inside it, near its middle on a log scale', () => {
    const { best, lower, upper } = estimate([claim(range(1000, 4000))], { tolerance });
    expect(lower!.value).toBe(1000);
    expect(upper!.value).toBe(4000);
    expect(best!.median).toBeGreaterThan(1500);
    expect(best!.median).toBeLessThan(2600);
  });

  it('of a statement alone is none, and says why', () => {
    const said = claim(statement);
    expect(estimate([said], { tolerance })).toMatchObject({
      best: null,
      noBest: 'no_figures',
      leftOut: [{ claimId: said.id, reason: 'no_figure' }],
    });
  });

  it('of figures that cannot all be right gives no best figure, only the groups that agree', () => {
    const [nine, six, sixMore, high] = [
      claim(exact(9)),
      claim(atLeast(6000)),
      claim(about(6200)),
      claim(about(11_000)),
    ];
    const result = estimate([nine, six, sixMore, high], { tolerance });
    expect(result.consensus).toBe(false);
    expect(result.best).toBeNull();
    expect(result.noBest).toBe('no_consensus');
    expect(result.clusters.map((c) => c.claimIds.sort())).toEqual([[nine.id], [six.id, sixMore.id].sort(), [high.id]]);
  });

  it('leaves out a weak claim far from the credible ones rather than averaging it in', () => {
    const [strong, other, weak] = [claim(about(6000)), claim(about(6300)), claim(exact(9), { reliability: 'E' })];
    const result = estimate([strong, other, weak], { tolerance });
    expect(result.consensus).toBe(true);
    expect(result.leftOut).toEqual([{ claimId: weak.id, reason: 'outside_consensus' }]);
    expect(result.best!.median).toBeGreaterThan(5800);
  });

  it('moves toward the better graded of two figures', () => {
    const median = (first: Reliability, second: Reliability) =>
      estimate([claim(about(1000), { reliability: first }), claim(about(1150), { reliability: second })], { tolerance })
        .best!.median;
    expect(median('A', 'D')).toBeLessThan(median('A', 'A'));
    expect(median('D', 'A')).toBeGreaterThan(median('A', 'A'));
  });

  it('leaves out an improbable claim, whose weight is nothing', () => {
    const improbable = claim(exact(50_000), { credibility: 5 });
    const result = estimate([claim(about(2000)), improbable], { tolerance });
    expect(result.leftOut).toEqual([{ claimId: improbable.id, reason: 'zero_weight' }]);
    expect(result.best!.median).toBeCloseTo(2000, -2);
  });

  it('changes when a source is left out', () => {
    const claims = [claim(about(1000)), claim(about(1150)), claim(range(1000, 1300))];
    const all = estimate(claims, { tolerance }).best!.median;
    const without = estimate(claims.slice(1), { tolerance }).best!.median;
    expect(without).toBeGreaterThan(all);
  });
});

describe('the estimate of figures alone', () => {
  it('is the bell curve their likelihoods multiply into, as the grid finds it when a far bound makes it sum one', () => {
    const figures = [claim(about(14_000)), claim(exact(15_500), { reliability: 'A' }), claim(about(13_000))];
    const exactly = estimate(figures, { tolerance }).best!;
    const summed = estimate([...figures, claim(atMost(10_000_000))], { tolerance }).best!;
    for (const [a, b] of [
      [exactly.median, summed.median],
      [exactly.interval50.low, summed.interval50.low],
      [exactly.interval90.high, summed.interval90.high],
    ] as const) {
      expect(Math.abs(a / b - 1)).toBeLessThan(0.01);
    }
  });

  it('of one exact figure spans the width its wording and weight give it', () => {
    const { best } = estimate([claim(exact(2000))], { tolerance });
    // Half of "about"'s ±10% on a log scale, widened by a weight of 0.85 × 0.85.
    const spread = Math.log1p(0.1) / 2 / Math.sqrt(0.85 * 0.85);
    expect(best!.median).toBeCloseTo(2000, 6);
    expect(best!.interval90.low).toBeCloseTo(2000 * Math.exp(-1.6448536269514722 * spread), 6);
  });
});

describe('every estimate', () => {
  /** A seeded generator, so that a failure can be run again. */
  function random(seed: number) {
    let state = seed;
    return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  }
  const next = random(42);
  const figure = () => Math.round(10 ** (1 + next() * 4));
  const value = (): ClaimValue => {
    const kind = Math.floor(next() * 6);
    const n = figure();
    return [exact(n), about(n), atLeast(n), atMost(n), range(n, n * (1 + next() * 3)), statement][kind]!;
  };
  const grades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

  it('puts its best figure within its bounds, and its middle half within its nine-tenths', () => {
    let withBest = 0;
    for (let run = 0; run < 400; run++) {
      const claims = Array.from({ length: 1 + Math.floor(next() * 5) }, () =>
        claim(value(), { reliability: grades[Math.floor(next() * 6)]!, credibility: 1 + Math.floor(next() * 6) }),
      );
      const { best, lower, upper } = estimate(claims, { tolerance: next() * 0.3 });
      if (!best) continue;
      withBest++;
      const crossed = lower && upper && lower.value > upper.value;
      if (lower && !crossed) expect(best.interval90.low).toBeGreaterThanOrEqual(lower.value * (1 - 1e-9));
      if (upper && !crossed) expect(best.interval90.high).toBeLessThanOrEqual(upper.value * (1 + 1e-9));
      expect(best.interval90.low).toBeLessThanOrEqual(best.interval50.low);
      expect(best.interval50.low).toBeLessThanOrEqual(best.median);
      expect(best.median).toBeLessThanOrEqual(best.interval50.high);
      expect(best.interval50.high).toBeLessThanOrEqual(best.interval90.high);
    }
    // Enough of the runs had a best figure for the test to mean something.
    expect(withBest).toBeGreaterThan(100);
  });
});
