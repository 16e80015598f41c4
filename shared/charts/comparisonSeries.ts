import { isCompared } from '../analysis/compared.js';
import { spreadOfPoints } from '../divergence.js';
import type { Comparison } from '../schemas/comparison.js';
import { extremes, hasFigure, plotClaim, sourceLabel, zerosOf, type PlottedClaim } from './plottedClaim.js';
import { valueAxis, type ScaleKind, type ValueAxis } from './valueAxis.js';

/** One source's latest figure: one row of the comparison chart. */
export interface ComparisonRow extends PlottedClaim {
  /** The row's name on the category axis, unique within the chart. */
  label: string;
}

export interface ComparisonSeries {
  axis: ValueAxis;
  /** Lowest figure first, so the chart reads from the smallest claim down to the largest. */
  rows: ComparisonRow[];
  /** The rows whose figures the spread measures, the lowest and highest positive ones, and those of 0. */
  compared: ComparisonRow[];
  lowest: ComparisonRow[];
  highest: ComparisonRow[];
  zeros: ComparisonRow[];
  /** Rows drawn but not compared: a part of the scope, undated, or a repeat of another claim. */
  apart: ComparisonRow[];
}

/**
 * How far apart every figure the chart draws is, the ones not compared included: what decides
 * whether the chart needs a log scale to show them all.
 */
export const drawnSpread = (comparison: Comparison) => spreadOfPoints(comparison.entries.map((e) => e.point));

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

export function comparisonSeries(comparison: Comparison, scale: ScaleKind): ComparisonSeries {
  const axis = valueAxis(
    comparison.entries.map((e) => e.claim.value),
    scale,
  );
  const labels = uniqueLabels(comparison.entries.map((e) => e.source));
  // Entries always carry a figure; the guard only tells the type system so.
  const rows = comparison.entries
    .flatMap(({ claim, source }) =>
      hasFigure(claim) ? [{ ...plotClaim(claim, source, axis), label: labels.get(source.id)! }] : [],
    )
    .sort((a, b) => a.point - b.point || a.label.localeCompare(b.label));
  const compared = rows.filter((r) => isCompared(r.claim));
  return {
    axis,
    rows,
    compared,
    ...extremes(compared),
    zeros: zerosOf(compared),
    apart: rows.filter((r) => !isCompared(r.claim)),
  };
}
