import { roundedBest, roundedRange } from '../estimate/rules.js';
import { noBestReasons, type EstimateCluster, type EstimateHistory, type EstimateStep } from '../schemas/estimate.js';
import { countOf, formatNumber, listInWords } from '../wording.js';
import { datePeriod } from './datePeriod.js';

/** One step of the estimate over time as the timeline draws it: from its date until the next step's. */
export interface BandSegment {
  from: number;
  to: number;
  step: EstimateStep;
}

/**
 * The steps of the estimate over time placed on a time axis: each from the start of its date's
 * period (when the estimate of any later date counts its claims) to the next step's, the last to
 * the as-of date, all within `domain`, the timeline's drawn period.
 */
export function estimateBand(history: EstimateHistory, domain: readonly [number, number]): BandSegment[] {
  const end = Math.min(domain[1], datePeriod(history.asOf).start);
  const starts = history.steps.map((s) => Math.max(domain[0], datePeriod(s.date).start));
  return history.steps
    .map((step, i) => ({ from: starts[i]!, to: Math.min(end, starts[i + 1] ?? end), step }))
    .filter((s) => s.to > s.from);
}

/** Segments that run on from one another with the same kind of answer, joined: a band or a gap is drawn as one shape. */
function runsOf(segments: readonly BandSegment[], drawn: (step: EstimateStep) => boolean): BandSegment[][] {
  const runs: BandSegment[][] = [];
  let run: BandSegment[] = [];
  for (const segment of segments) {
    if (drawn(segment.step) && (run.length === 0 || run.at(-1)!.to === segment.from)) run.push(segment);
    else {
      if (run.length) runs.push(run);
      run = drawn(segment.step) ? [segment] : [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const hasBest = (s: EstimateStep) => s.best !== null;
const noConsensus = (s: EstimateStep) => s.noBest === 'no_consensus';

/** "1,000–1,100", "6,000 or more": the values a group of claims that agree allows together. */
const groupRange = ({ low, high }: Pick<EstimateCluster, 'low' | 'high'>) =>
  high === null ? `${formatNumber(low)} or more` : roundedRange(low, high);

/** A step of the estimate in words, for the timeline's table and its text alternative. */
export function stepInWords(
  step: EstimateStep,
  unit: string,
): { best: string; interval50: string; interval90: string } {
  if (step.best) {
    const { median, interval50, interval90 } = roundedBest(step.best);
    return { best: `about ${median} ${unit}`, interval50: interval50!, interval90 };
  }
  const why =
    step.noBest === 'no_consensus'
      ? `no consensus: ${step.clusters.length} groups that cannot all be right (${listInWords(step.clusters.map(groupRange))})`
      : `no best figure: ${noBestReasons[step.noBest ?? 'no_figures']}`;
  return { best: why, interval50: '', interval90: '' };
}

/**
 * What the band behind the timeline is, in a sentence for its caption and its exports; or, with no
 * best figure at any date, that none is drawn and why.
 */
export function estimateBandCaption(history: EstimateHistory): string {
  const { steps, dateCount, maxSteps } = history;
  if (!steps.some(hasBest)) {
    const last = steps.at(-1);
    const why = last ? noBestReasons[last.noBest ?? 'no_figures'] : 'no claim it counts gives a date and a figure';
    return `No estimate is drawn over time: ${why}.`;
  }
  const dates =
    dateCount > steps.length
      ? `${countOf(steps.length, 'date', 'dates')} spread evenly over the ${formatNumber(dateCount)} (at most ${maxSteps} are drawn)`
      : countOf(dateCount, 'date', 'dates');
  const gaps = steps.some(noConsensus)
    ? ' Shaded grey, with no line: no consensus then, the credible figures could not all be right.'
    : '';
  return (
    `Behind the figures, the estimate as it stood at each of ${dates} a claim changed what it counts: ` +
    `its best figure as a line, the middle half and nine-tenths of its likelihood shaded.${gaps}`
  );
}

/** The runs of steps with a best figure, drawn as bands, and the runs of no consensus, drawn as gaps. */
export const bandRuns = (segments: readonly BandSegment[]) => ({
  best: runsOf(segments, hasBest),
  noConsensus: runsOf(segments, noConsensus),
});

/**
 * The step in force on a claim's date: the last whose period starts by then; none before the first,
 * nor past the as-of date, which the estimate over time does not reach.
 */
export function stepOn(history: EstimateHistory, statedOn: string | null): EstimateStep | null {
  if (statedOn === null || statedOn > history.asOf) return null;
  const start = datePeriod(statedOn).start;
  return history.steps.findLast((s) => datePeriod(s.date).start <= start) ?? null;
}
