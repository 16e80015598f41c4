import { describe, expect, it } from 'vitest';
import type { EstimateHistory, EstimateStep } from '../schemas/estimate.js';
import { bandRuns, estimateBand, estimateBandCaption, stepInWords, stepOn } from './estimateBand.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const best = (median: number): EstimateStep['best'] => ({
  median,
  interval50: { low: median * 0.95, high: median * 1.05 },
  interval90: { low: median * 0.8, high: median * 1.2 },
});
const step = (date: string, more: Partial<EstimateStep> = {}): EstimateStep => ({
  date,
  consensus: true,
  noBest: null,
  best: best(1000),
  lower: null,
  upper: null,
  clusters: [{ low: 900, high: 1100 }],
  counted: 1,
  ...more,
});
const gap = (date: string) =>
  step(date, {
    consensus: false,
    noBest: 'no_consensus',
    best: null,
    clusters: [
      { low: 9, high: 9 },
      { low: 6000, high: null },
    ],
  });
const historyOf = (steps: EstimateStep[], more: Partial<EstimateHistory> = {}): EstimateHistory => ({
  metricId: 1,
  asOf: '2025-12-31',
  tolerance: 0.1,
  dateCount: steps.length,
  maxSteps: 200,
  steps,
  ...more,
});

describe('estimateBand', () => {
  it('runs each step from its date to the next, the last to the as-of date, within the drawn period', () => {
    const history = historyOf([step('2025-01'), step('2025-03-01'), gap('2025-06-15')], { asOf: '2025-08-01' });
    const segments = estimateBand(history, [day('2025-01-10'), day('2025-12-31')]);
    expect(segments.map((s) => [s.from, s.to])).toEqual([
      [day('2025-01-10'), day('2025-03-01')],
      [day('2025-03-01'), day('2025-06-15')],
      [day('2025-06-15'), day('2025-08-01')],
    ]);
    const runs = bandRuns(segments);
    expect(runs.best.map((r) => r.length)).toEqual([2]);
    expect(runs.noConsensus.map((r) => r[0]!.step.date)).toEqual(['2025-06-15']);
  });

  it('stops at the end of the drawn period, and draws nothing of a step past it', () => {
    const history = historyOf([step('2025-01-01'), step('2025-11-01')]);
    const segments = estimateBand(history, [day('2024-12-01'), day('2025-10-01')]);
    expect(segments.map((s) => [s.step.date, s.to])).toEqual([['2025-01-01', day('2025-10-01')]]);
  });

  it('gives the step in force on a claim’s date, none before the first nor past the as-of date', () => {
    const history = historyOf([step('2025-02-01'), gap('2025-05-01')], { asOf: '2025-06-30' });
    expect(stepOn(history, '2025-01-15')).toBeNull();
    expect(stepOn(history, '2025-04')?.date).toBe('2025-02-01');
    expect(stepOn(history, '2025-05-01')?.date).toBe('2025-05-01');
    expect(stepOn(history, '2025-07-01')).toBeNull();
    expect(stepOn(history, null)).toBeNull();
  });
});

describe('the band in words', () => {
  it('gives intervals that do not round to one figure, all to the same figures, and the groups of no consensus', () => {
    const narrow = { ...best(11_000)!, interval50: { low: 10_890, high: 11_110 } };
    expect(stepInWords(step('2025-01-01', { best: narrow }), 'troops')).toEqual({
      best: 'about 11,000 troops',
      interval50: '10,900–11,100',
      interval90: '8,800–13,200',
    });
    expect(stepInWords(gap('2025-01-01'), 'troops').best).toBe(
      'no consensus: 2 groups that cannot all be right (9 and 6,000 or more)',
    );
    expect(stepInWords(step('2025-01-01', { best: null, noBest: 'only_bounds' }), 'troops').best).toBe(
      'no best figure: the claims give only bounds, no figure',
    );
  });

  it('says what the band is, when it was thinned, and why none is drawn', () => {
    expect(estimateBandCaption(historyOf([step('2025-01-01'), gap('2025-02-01')]))).toMatch(
      /^Behind the figures, the estimate as it stood at each of 2 dates .* Shaded grey, with no line: no consensus then/,
    );
    expect(estimateBandCaption(historyOf([step('2025-01-01'), step('2025-02-01')], { dateCount: 900 }))).toContain(
      'each of 2 dates spread evenly over the 900 (at most 200 are drawn)',
    );
    expect(estimateBandCaption(historyOf([step('2025-01-01', { best: null, noBest: 'only_bounds' })]))).toBe(
      'No estimate is drawn over time: the claims give only bounds, no figure.',
    );
    expect(estimateBandCaption(historyOf([]))).toBe(
      'No estimate is drawn over time: no claim it counts gives a date and a figure.',
    );
  });
});
