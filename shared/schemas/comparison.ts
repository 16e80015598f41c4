import { z } from 'zod';
import { isoDay, pageLimit, pageOffset, plainText, queryBoolean } from './fields.js';
import { Claim } from './claim.js';
import { EstimateSummary } from './estimate.js';
import { Finding, FindingKind } from './finding.js';
import { Metric } from './metric.js';
import { Source } from './source.js';

/** The closed interval a claim allows; `high: null` is an open upper end ("at least"). */
export const Interval = z.object({ low: z.number(), high: z.number().nullable() });
export type Interval = z.infer<typeof Interval>;

export const ComparisonEntry = z.object({
  claim: Claim,
  source: Source,
  interval: Interval,
  /** One number to plot: the value, the bound, or the middle of a range. */
  point: z.number(),
});
export type ComparisonEntry = z.infer<typeof ComparisonEntry>;

export const ComparisonStatement = z.object({ claim: Claim, source: Source });
export type ComparisonStatement = z.infer<typeof ComparisonStatement>;

export const DivergenceStats = z.object({
  /** Largest point over smallest positive point; null with no positive point. */
  spread: z.number().nullable(),
  ordersOfMagnitude: z.number().nullable(),
  /** True when no single value lies inside every entry's interval. */
  disjoint: z.boolean(),
});
export type DivergenceStats = z.infer<typeof DivergenceStats>;

export const Comparison = DivergenceStats.extend({
  metric: Metric,
  asOf: z.string(),
  /** The share "about X" was taken to reach either side of X: the metric's own, or the default. */
  tolerance: z.number(),
  /** Each source's latest dated claim with a figure, as of the date. */
  entries: z.array(ComparisonEntry),
  /** Each source's latest dated claim when it gives no figure. */
  statements: z.array(ComparisonStatement),
  /**
   * Every undated claim, oldest entered first: no as-of date can place one (it may postdate the
   * date asked, or predate the events), so none is a source's latest claim or counts in the spread.
   */
  undated: z.array(ComparisonStatement),
  /** What an analyst must know before comparing these figures, warnings first. */
  findings: z.array(Finding),
  /** Sources' latest claims, and how many independent origins they come from once repeats are traced back. */
  origins: z.object({ claims: z.number().int(), independent: z.number().int() }),
});
export type Comparison = z.infer<typeof Comparison>;

export const ComparisonQuery = z.strictObject({
  asOf: isoDay.optional(),
  includeImprobable: queryBoolean,
});

/**
 * A source's latest figure on the overview: where its mark goes, and what the overview's export
 * needs for the figure to be checked, as the metric page's export gives it (the value as worded,
 * range bounds included, its scope and its citation). No more: the overview is cached and sent to
 * every dashboard.
 */
export const DivergencePoint = Claim.pick({
  value: true,
  scope: true,
  statedOn: true,
  via: true,
  reportedBy: true,
  credibility: true,
  quote: true,
  citationUrl: true,
}).extend({
  sourceId: z.number().int(),
  sourceName: z.string(),
  reliability: Source.shape.reliability,
  group: Source.shape.group,
  claimId: z.number().int(),
  /** Where the mark sits: the value, the bound, or a range's middle. */
  point: z.number(),
});
export type DivergencePoint = z.infer<typeof DivergencePoint>;

/** How many of a metric's findings are of one kind and severity: what the overview's badges say. */
export const FindingCount = Finding.pick({ kind: true, severity: true }).extend({ count: z.number().int().positive() });
export type FindingCount = z.infer<typeof FindingCount>;

/** A latest figure the overview's ranking leaves out, and the kind of warning that explains it away. */
export const LeftOut = z.object({ claimId: z.number().int(), kind: FindingKind });
export type LeftOut = z.infer<typeof LeftOut>;

/** The spread the overview ranks by: the compared figures' once those that warnings explain away are left out. */
export const RankedSpread = DivergenceStats.extend({ leftOut: z.array(LeftOut) });
export type RankedSpread = z.infer<typeof RankedSpread>;

/** A metric on the overview: its comparison's spread, as the metric page measures it, and what it is ranked by. */
export const DivergenceRow = DivergenceStats.extend({
  metric: Metric,
  sourceCount: z.number().int(),
  latestStatedOn: z.string().nullable(),
  /** Each source's latest point, for the overview's small dot plot. */
  points: z.array(DivergencePoint),
  /** The metric's findings as the comparison finds them, counted by kind and severity, warnings first. */
  findings: z.array(FindingCount),
  ranked: RankedSpread,
  /** What the metric's claims support together, as its page's estimate finds with nothing left out. */
  estimate: EstimateSummary,
});
export type DivergenceRow = z.infer<typeof DivergenceRow>;

export const DivergenceQuery = z.strictObject({
  asOf: isoDay.optional(),
  // A blank topic, as an emptied filter sends it, means every topic, as no topic does.
  topic: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((topic) => topic || undefined),
  /** Part of a metric's name, case aside. */
  q: plainText()
    .trim()
    .max(200)
    .optional()
    .transform((q) => q || undefined),
  includeImprobable: queryBoolean,
  limit: pageLimit,
  offset: pageOffset,
});
export type DivergenceQuery = z.output<typeof DivergenceQuery>;

/**
 * One page of the metrics that match, most divergent first: `total` of them in all, `offset`
 * before this page.
 */
export const DivergenceList = z.object({
  asOf: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  items: z.array(DivergenceRow),
});
export type DivergenceList = z.infer<typeof DivergenceList>;
