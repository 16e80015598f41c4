import { isCompared } from '../analysis/compared.js';
import { pointOf, spreadOfPoints } from '../divergence.js';
import type { Claim } from '../schemas/claim.js';
import type { Comparison } from '../schemas/comparison.js';
import { extremes, hasFigure, plotClaim, sourceLabel, zerosOf, type PlottedClaim } from './plottedClaim.js';
import { valueAxis, type ScaleKind, type ValueAxis } from './valueAxis.js';

/**
 * Where a source's latest figure is drawn: with the figures the spread measures, or in a lane of
 * its own below them, since a figure for one unit, a repeat or an undated figure set among the
 * compared ones would read as one more point of view on the same count.
 */
export type ComparisonLane = 'compared' | 'partial' | 'repeat' | 'undated';

export const laneOf = (claim: Claim): ComparisonLane => {
  if (isCompared(claim)) return 'compared';
  if (claim.statedOn === null) return 'undated';
  return claim.repeatsClaimId !== null ? 'repeat' : 'partial';
};

/** The lanes of figures drawn but not compared. */
export type ApartLane = Exclude<ComparisonLane, 'compared'>;

/** Each lane's heading, in the order lanes are drawn; the compared figures come first, under none. */
export const laneTitles = {
  partial: 'Part of the scope — not compared',
  repeat: 'Repeats of another claim — not counted again',
  undated: 'Undated — not compared',
} as const satisfies Record<ApartLane, string>;

const laneOrder: readonly ComparisonLane[] = ['compared', 'partial', 'repeat', 'undated'];

/** One source's latest figure: one row of the comparison chart. */
export interface ComparisonRow extends PlottedClaim {
  /** The row's name beside it; a source drawn in two lanes has its name in both. */
  label: string;
  lane: ComparisonLane;
  /** The row's place down the chart, from 0 at the top, headings taking a place each. */
  y: number;
}

/** A lane's heading and the place down the chart it takes, above the lane's first row. */
export interface LaneHeading {
  lane: ApartLane;
  title: string;
  y: number;
}

export interface ComparisonSeries {
  axis: ValueAxis;
  /** Top down as drawn: the compared figures highest first, then each other lane's, highest first. */
  rows: ComparisonRow[];
  headings: LaneHeading[];
  /** Places down the chart: rows and headings. */
  places: number;
  /** The rows whose figures the spread measures, the lowest and highest positive ones, and those of 0. */
  compared: ComparisonRow[];
  lowest: ComparisonRow[];
  highest: ComparisonRow[];
  zeros: ComparisonRow[];
  /** Rows drawn but not compared: a part of the scope, undated, or a repeat of another claim. */
  apart: ApartRow[];
}

export type ApartRow = ComparisonRow & { lane: ApartLane };

const isApart = (row: ComparisonRow): row is ApartRow => row.lane !== 'compared';

/** What the chart draws: each source's latest figure, and the undated claims when asked for. */
const drawnClaims = (comparison: Comparison, includeUndated: boolean) =>
  includeUndated ? [...comparison.entries, ...comparison.undated] : comparison.entries;

/**
 * How far apart every figure the chart draws is, the ones not compared included: what decides
 * whether the chart needs a log scale to show them all.
 */
export const drawnSpread = (comparison: Comparison, includeUndated: boolean) =>
  spreadOfPoints(drawnClaims(comparison, includeUndated).flatMap((d) => pointOf(d.claim.value) ?? []));

/** Short names where they are unique; two sources sharing one fall back to their full names. */
function uniqueLabels(sources: readonly { id: number; name: string; shortName: string | null }[]): Map<number, string> {
  const count = new Map<string, number>();
  for (const s of sources) count.set(sourceLabel(s), (count.get(sourceLabel(s)) ?? 0) + 1);
  const names = new Map<string, number>();
  for (const s of sources) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  return new Map(
    sources.map((s) => {
      if (count.get(sourceLabel(s)) === 1) return [s.id, sourceLabel(s)];
      return [s.id, names.get(s.name) === 1 ? s.name : `${s.name} #${s.id}`];
    }),
  );
}

/**
 * The comparison chart's rows: every source's latest figure, and with `includeUndated` every undated
 * figure in a lane of its own, drawn to be seen but never counted in the spread.
 */
export function comparisonSeries(
  comparison: Comparison,
  { scale, includeUndated }: { scale: ScaleKind; includeUndated: boolean },
): ComparisonSeries {
  const drawn = drawnClaims(comparison, includeUndated);
  const axis = valueAxis(
    drawn.map((d) => d.claim.value),
    scale,
  );
  const labels = uniqueLabels([...new Map(drawn.map((d) => [d.source.id, d.source])).values()]);
  // Undated claims may be statements, with no figure to draw.
  const plotted = drawn
    .flatMap(({ claim, source }) =>
      hasFigure(claim)
        ? [{ ...plotClaim(claim, source, axis), label: labels.get(source.id)!, lane: laneOf(claim) }]
        : [],
    )
    .sort((a, b) => b.point - a.point || a.label.localeCompare(b.label));

  const rows: ComparisonRow[] = [];
  const headings: LaneHeading[] = [];
  let y = 0;
  for (const lane of laneOrder) {
    const inLane = plotted.filter((r) => r.lane === lane);
    if (inLane.length === 0) continue;
    if (lane !== 'compared') headings.push({ lane, title: laneTitles[lane], y: y++ });
    for (const row of inLane) rows.push({ ...row, y: y++ });
  }
  const compared = rows.filter((r) => r.lane === 'compared');
  return {
    axis,
    rows,
    headings,
    places: y,
    compared,
    ...extremes(compared),
    zeros: zerosOf(compared),
    apart: rows.filter(isApart),
  };
}
