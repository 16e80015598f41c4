import { periodOf, sortedByDate, type AnalysedClaim } from '../analysis/claims.js';
import type { EstimateStep } from '../schemas/estimate.js';
import { estimate, type EstimatedClaim } from './estimate.js';
import { estimateInputs, type EstimateOptions, type Judged } from './inputs.js';

/** A claim of the metric's history with the grade the estimate weighs it by. */
export type GradedClaim = AnalysedClaim & { credibility: number };

/**
 * Steps kept at most: one every few pixels across a wide timeline, and few enough that a metric of
 * thousands of claims costs tens of milliseconds, not the seconds one estimate a date would.
 */
export const maxEstimateSteps = 200;

/** What the estimate counted once a date's claims were in. */
interface Counted {
  date: string;
  inputs: EstimatedClaim[];
}

/** Indices 0 … count−1 spread evenly over `kept` places, the first and the last always among them. */
function evenly(count: number, kept: number): number[] {
  if (count <= kept) return Array.from({ length: count }, (_, i) => i);
  return [...new Set(Array.from({ length: kept }, (_, i) => Math.round((i * (count - 1)) / (kept - 1))))];
}

/**
 * The estimate as it stood at each date a claim changed what it counts, oldest first: the claims
 * stated on or before that date, chosen as the estimate of that date chooses them (see
 * `estimateInputs`). `history` is every claim up to the last date wanted, as the findings read it.
 *
 * The claims are walked once in date order, each source's latest counted claim kept as it goes, so
 * a claim costs one judgement and a date one copy of what is counted, not a new read. A date whose
 * claims leave what is counted as it was (from a source left out, or a repeat from a source with
 * nothing counted) is no step. Past `maxSteps` dates the steps are thinned evenly by date, and only
 * those kept are estimated. Dates whose periods start on the same day ("Nov 2025", "1 Nov 2025")
 * are one step, the later: a chart has one place for both.
 */
export function estimateHistory(
  history: readonly GradedClaim[],
  judged: Judged,
  options: EstimateOptions & { tolerance: number; maxSteps?: number },
): { steps: EstimateStep[]; dateCount: number } {
  // Each source's latest claim if the estimate counts it: whether it does depends on the claim
  // alone, so each claim is judged once, when it arrives.
  const counted = new Map<number, EstimatedClaim>();
  const changes: Counted[] = [];
  let changed = false;
  const dated = sortedByDate(history).filter((c) => c.statedOn !== null);
  dated.forEach((claim, i) => {
    const [input] = estimateInputs([claim], judged, options).inputs;
    if (counted.has(claim.sourceId) || input) changed = true;
    if (input) counted.set(claim.sourceId, input);
    else counted.delete(claim.sourceId);
    const date = claim.statedOn!;
    if (!changed || dated[i + 1]?.statedOn === date) return;
    changed = false;
    const last = changes.at(-1);
    if (last && periodOf(last.date).start === periodOf(date).start) changes.pop();
    // In the order the estimate of one date reads them, each source's latest by source.
    changes.push({ date, inputs: [...counted.values()].sort((a, b) => a.sourceId - b.sourceId) });
  });
  const steps = evenly(changes.length, options.maxSteps ?? maxEstimateSteps).map((i): EstimateStep => {
    const { date, inputs } = changes[i]!;
    const found = estimate(inputs, options);
    return {
      date,
      consensus: found.consensus,
      noBest: found.noBest,
      best: found.best && {
        median: found.best.median,
        interval50: found.best.interval50,
        interval90: found.best.interval90,
      },
      lower: found.lower?.value ?? null,
      upper: found.upper?.value ?? null,
      clusters: found.clusters.map(({ low, high }) => ({ low, high })),
      counted: inputs.length,
    };
  });
  return { steps, dateCount: changes.length };
}
