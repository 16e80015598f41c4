import { describe, expect, it } from 'vitest';
import { about, claim as analysed, exact } from '../analysis/testClaims.js';
import type { ClaimValue } from '../schemas/claim.js';
import { estimateHistory, maxEstimateSteps, type GradedClaim } from './history.js';
import { estimateOfLatest, type Judged } from './inputs.js';

/** A claim of the history, graded probably true unless the test says otherwise. */
const claim = (
  sourceId: number,
  value: ClaimValue,
  statedOn: string,
  more: Partial<GradedClaim> = {},
): GradedClaim => ({
  credibility: 2,
  ...analysed(sourceId, value, statedOn, more),
});

const judged: Judged = { reliabilityOf: () => 'B', isParty: () => false, isSuperseded: () => false };
const options = { includePartial: false, tolerance: 0.1 };

describe('estimateHistory', () => {
  it('moves the band when a new origin arrives, and not when a repeat does', () => {
    const first = claim(1, about(1000), '2025-01-10');
    const second = claim(2, about(1150), '2025-02-10');
    const repeat = claim(3, about(1150), '2025-03-01', { repeatsClaimId: second.id });
    const { steps, dateCount } = estimateHistory([first, second, repeat], judged, options);
    expect(steps.map((s) => [s.date, s.counted])).toEqual([
      ['2025-01-10', 1],
      ['2025-02-10', 2],
    ]);
    expect(dateCount).toBe(2);
    const [before, after] = [steps[0]!.best!, steps[1]!.best!];
    expect(before.median).toBeCloseTo(1000, -1);
    expect(after.median).toBeGreaterThan(1020);
    expect(after.median).toBeLessThan(1150);
    expect(after.interval90.low).toBeLessThan(after.interval50.low);
    expect(after.interval90.high).toBeGreaterThan(after.interval50.high);
  });

  it('gives no best figure while credible figures cannot all be right, and one again once they agree', () => {
    const history = [
      claim(1, exact(9), '2025-01-01'),
      claim(2, exact(6000), '2025-02-01'),
      claim(1, about(6100), '2025-03-01'),
    ];
    const steps = estimateHistory(history, judged, options).steps;
    expect(steps.map((s) => [s.consensus, s.noBest])).toEqual([
      [true, null],
      [false, 'no_consensus'],
      [true, null],
    ]);
    expect(steps[1]!.best).toBeNull();
    expect(steps[1]!.clusters).toHaveLength(2);
    expect(steps[2]!.best!.median).toBeCloseTo(6000, -2);
  });

  it('gives the bounds and no best figure when the claims give only bounds', () => {
    const history = [
      claim(1, { kind: 'at_least', value: 600 }, '2025-05-01'),
      claim(2, { kind: 'at_most', value: 2000 }, '2025-06-01'),
    ];
    const last = estimateHistory(history, judged, options).steps.at(-1)!;
    expect(last).toMatchObject({ best: null, noBest: 'only_bounds', lower: 600, upper: 2000, counted: 2 });
  });

  it('makes no step of a statement alone, nor of claims of sources left out', () => {
    const history = [
      claim(1, { kind: 'statement' }, '2025-01-01'),
      claim(2, about(500), '2025-02-01'),
      claim(3, about(900), '2025-03-01'),
    ];
    const steps = estimateHistory(history, judged, { ...options, excludeSourceIds: [3] }).steps;
    expect(steps.map((s) => [s.date, s.noBest])).toEqual([
      ['2025-01-01', 'no_figures'],
      ['2025-02-01', null],
    ]);
  });

  it('ends with the estimate of the last date, as the estimate of that date finds it', () => {
    const history = [
      claim(1, { kind: 'range', low: 10_000, high: 12_000 }, '2025-01-10'),
      claim(2, about(11_000), '2025-01-20'),
      claim(3, { kind: 'at_least', value: 10_500 }, '2025-02-01'),
      claim(1, about(11_500), '2025-03-01'),
    ];
    const latest = [history[1]!, history[2]!, history[3]!];
    const { best } = estimateOfLatest(latest, judged, options);
    expect(estimateHistory(history, judged, options).steps.at(-1)!.best).toEqual({
      median: best!.median,
      interval50: best!.interval50,
      interval90: best!.interval90,
    });
  });

  it('takes a month and its first day as one step, the later', () => {
    const history = [claim(1, about(100), '2025-11'), claim(2, about(110), '2025-11-01')];
    expect(estimateHistory(history, judged, options).steps.map((s) => [s.date, s.counted])).toEqual([
      ['2025-11-01', 2],
    ]);
  });

  it('thins many dates evenly to the limit, keeping the first and the last', () => {
    const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    const history = Array.from({ length: 30 }, (_, i) => claim(1 + (i % 4), about(1000 + i * 10), day(i)));
    const thinned = estimateHistory(history, judged, { ...options, maxSteps: 10 });
    expect(thinned.dateCount).toBe(30);
    expect(thinned.steps).toHaveLength(10);
    expect(thinned.steps[0]!.date).toBe(day(0));
    expect(thinned.steps.at(-1)!.date).toBe(day(29));
    const many = Array.from({ length: 500 }, (_, i) => claim(1 + (i % 7), about(1000 + i), day(i)));
    const { steps, dateCount } = estimateHistory(many, judged, options);
    expect([steps.length, dateCount]).toEqual([maxEstimateSteps, 500]);
    expect(steps.map((s) => s.date)).toEqual([...steps.map((s) => s.date)].sort());
  });
});
