import { divergenceStats, intervalOf, pointOf } from '../divergence.js';
import type { Claim, ClaimValue } from '../schemas/claim.js';
import type { Source } from '../schemas/source.js';
import { clampToAxis, type ValueAxis } from './valueAxis.js';

/** What a chart needs of a source; a claim whose source is gone still plots under a stand-in. */
export type SourceRef = Pick<Source, 'id' | 'name' | 'shortName' | 'group' | 'reliability'>;

export type FigureValue = Exclude<ClaimValue, { kind: 'statement' }>;

/** A claim with a figure, placed on a value axis. */
export interface PlottedClaim {
  claim: Claim;
  source: SourceRef;
  value: FigureValue;
  /** The figure, the bound, or a range's middle, as the source gave it. */
  point: number;
  /** Where the mark sits: `point` moved inside the axis, since a log axis has no zero. */
  at: number;
  /** A range's ends inside the axis; both equal `at` for a single figure. */
  low: number;
  high: number;
}

export const sourceLabel = (source: Pick<SourceRef, 'name' | 'shortName'>): string => source.shortName ?? source.name;

export const hasFigure = (claim: Claim): claim is Claim & { value: FigureValue } => claim.value.kind !== 'statement';

export function plotClaim(claim: Claim & { value: FigureValue }, source: SourceRef, axis: ValueAxis): PlottedClaim {
  const point = pointOf(claim.value)!;
  const at = clampToAxis(point, axis);
  const [low, high] =
    claim.value.kind === 'range' ? [clampToAxis(claim.value.low, axis), clampToAxis(claim.value.high, axis)] : [at, at];
  return { claim, source, value: claim.value, point, at, low, high };
}

/**
 * The lowest and highest positive figures and everyone who gives them, ties named together: the
 * ends of the spread, which is a ratio and so has no place for 0.
 */
export function extremes<T extends { point: number }>(items: readonly T[]): { lowest: T[]; highest: T[] } {
  const positive = items.filter((i) => i.point > 0);
  if (positive.length === 0) return { lowest: [], highest: [] };
  const min = Math.min(...positive.map((i) => i.point));
  const max = Math.max(...positive.map((i) => i.point));
  return { lowest: positive.filter((i) => i.point === min), highest: positive.filter((i) => i.point === max) };
}

/** Figures of 0 (denials), which the spread leaves out and the captions name apart. */
export const zerosOf = <T extends { point: number }>(items: readonly T[]): T[] => items.filter((i) => i.point === 0);

/** The same spread the server reports for a comparison, for any set of plotted claims. */
export function spreadOf(items: readonly PlottedClaim[]): number | null {
  return divergenceStats(items.map((i) => ({ interval: intervalOf(i.value)!, point: i.point, scope: i.claim.scope })))
    .spread;
}
