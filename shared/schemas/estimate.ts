import { z } from 'zod';
import { id, isoDay, maxId, queryBoolean } from './fields.js';
import { Reliability } from './source.js';
import { ClaimValue } from './claim.js';

/** The claim that sets one of the estimate's bounds, and the bound. */
export const EstimateBound = z.object({ value: z.number(), claimId: id });
export type EstimateBound = z.infer<typeof EstimateBound>;

export const ValueRange = z.object({ low: z.number(), high: z.number() });
export type ValueRange = z.infer<typeof ValueRange>;

export const BestEstimate = z.object({
  median: z.number(),
  /** Where the middle half and the middle nine-tenths of the combined likelihood lie. */
  interval50: ValueRange,
  interval90: ValueRange,
  claimIds: z.array(id),
});
export type BestEstimate = z.infer<typeof BestEstimate>;

/** Claims that can all be right at once, and the values they allow together (`high: null`: no end). */
export const EstimateCluster = z.object({
  claimIds: z.array(id),
  low: z.number(),
  high: z.number().nullable(),
});
export type EstimateCluster = z.infer<typeof EstimateCluster>;

export const leftOutReasons = {
  no_figure: 'a statement with no figure',
  zero_weight: 'graded improbable, so of no weight',
  zero: 'a figure of 0, which a log scale cannot place',
  outside_consensus: 'not credible enough to count, and far from the credible figures',
  part_of_scope: 'covers only part of the scope',
  repeat: 'repeats another claim, whose origin counts instead',
  superseded: 'repeats a figure its source had revised by then',
  undated: 'undated, so not known to be stated by the as-of date',
  excluded_source: 'its source was left out',
  party: 'its source is a party to the conflict',
  below_grade: 'graded below the minimum asked for',
} as const;
export const LeftOutReason = z.enum(Object.keys(leftOutReasons) as [keyof typeof leftOutReasons]);
export type LeftOutReason = z.infer<typeof LeftOutReason>;

export const noBestReasons = {
  no_consensus: 'the credible claims cannot all be right at once',
  only_bounds: 'the claims give only bounds, no figure',
  no_figures: 'no claim gives a figure',
} as const;

export const Estimate = z.object({
  /** Whether the credible claims can all be right at once, their figures read with the tolerance. */
  consensus: z.boolean(),
  lower: EstimateBound.nullable(),
  upper: EstimateBound.nullable(),
  best: BestEstimate.nullable(),
  /** Why there is no best figure, when there is none. */
  noBest: z.enum(Object.keys(noBestReasons) as [keyof typeof noBestReasons]).nullable(),
  /** The groups of credible claims that agree: one under a consensus, several without. */
  clusters: z.array(EstimateCluster),
  used: z.array(z.object({ claimId: id, sourceId: id, weight: z.number() })),
  leftOut: z.array(z.object({ claimId: id, reason: LeftOutReason })),
});
export type Estimate = z.infer<typeof Estimate>;

/** A metric's estimate as the overview shows it beside the spread: its best figure and 90% interval, or why none. */
export const EstimateSummary = Estimate.pick({ consensus: true, noBest: true }).extend({
  best: BestEstimate.pick({ median: true, interval90: true }).nullable(),
});
export type EstimateSummary = z.infer<typeof EstimateSummary>;

/** Ids in a query string, comma separated: `excludeSourceIds=3,7`. */
const idListText = z
  .string()
  .regex(/^(0|[1-9]\d*)(,(0|[1-9]\d*))*$/, 'Must be ids written in digits, separated by commas')
  .transform((s) => s.split(',').map(Number))
  .pipe(z.array(z.number().min(1).max(maxId)).max(200, 'At most 200 ids'))
  .meta({ type: 'string', example: '3,7' });

export const EstimateQuery = z.strictObject({
  asOf: isoDay.optional(),
  /** The lowest reliability counted: `C` leaves out D and E; F (cannot be judged) is never below a grade. */
  minReliability: Reliability.exclude(['F']).optional(),
  excludeSourceIds: idListText.optional(),
  /** Leaves out the sources that are a party to the conflict, to show what third parties support alone. */
  excludeParties: queryBoolean,
  includePartial: queryBoolean,
});
export type EstimateQuery = z.output<typeof EstimateQuery>;

/** A claim the estimate weighed, used or left out, as the page lists it. */
export const EstimatedClaimSummary = z.object({
  id,
  sourceId: id,
  sourceName: z.string(),
  value: ClaimValue,
  statedOn: z.string().nullable(),
});
export type EstimatedClaimSummary = z.infer<typeof EstimatedClaimSummary>;

export const EstimateAnswer = Estimate.extend({
  metricId: id,
  asOf: z.string(),
  tolerance: z.number(),
  /** Each source's latest claim, that `used` and `leftOut` name. */
  claims: z.array(EstimatedClaimSummary),
  /** Plain sentences: the rule behind each figure given, naming the claims it rests on. */
  rules: z.array(z.string()),
});
export type EstimateAnswer = z.infer<typeof EstimateAnswer>;

/**
 * The estimate as it stood once the claims of one date were in: from that date until the next
 * step's, or the as-of date for the last. The bounds and groups are their values alone, without
 * the claims, which the estimate of the date itself names.
 */
export const EstimateStep = Estimate.pick({ consensus: true, noBest: true }).extend({
  /** The date the claims that made this step were stated on, as precise as they give it. */
  date: z.string(),
  best: BestEstimate.omit({ claimIds: true }).nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  clusters: z.array(EstimateCluster.omit({ claimIds: true })),
  /** How many claims the estimate combined or weighed then. */
  counted: z.number().int(),
});
export type EstimateStep = z.infer<typeof EstimateStep>;

export const EstimateHistory = z.object({
  metricId: id,
  asOf: z.string(),
  tolerance: z.number(),
  /** How many dates changed what the estimate counted; past `maxSteps` they are thinned evenly to that many. */
  dateCount: z.number().int(),
  maxSteps: z.number().int(),
  /** Oldest first: the first and the last date always, the last being the estimate as of `asOf`. */
  steps: z.array(EstimateStep),
});
export type EstimateHistory = z.infer<typeof EstimateHistory>;
