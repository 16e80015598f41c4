import type { Comparison } from '../schemas/comparison.js';
import { countOf, describeSpread, describeValue } from '../wording.js';
import type { ComparisonSeries } from './comparisonSeries.js';
import { datePeriod, formatStatedOn } from './datePeriod.js';
import { sourceLabel, type PlottedClaim } from './plottedClaim.js';
import type { Timeline } from './timelineSeries.js';
import type { ScaleKind } from './valueAxis.js';

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const said = (p: PlottedClaim, unit: string, withDate: boolean) =>
  `${sourceLabel(p.source)} (${describeValue(p.value, unit)}${withDate ? `, ${formatStatedOn(p.claim.statedOn)}` : ''})`;

const saidBy = (items: readonly PlottedClaim[], unit: string, withDate = false) =>
  listInWords(items.map((p) => said(p, unit, withDate)));

/** The comparison chart in one or two sentences: how far apart, and who is at each end. */
export function comparisonCaption(series: ComparisonSeries, comparison: Comparison): string {
  const { spread, asOf, metric, statements } = comparison;
  const unit = metric.unit;
  const when = `as of ${formatStatedOn(asOf)}`;
  if (series.rows.length === 0) {
    return statements.length ? `No source gives a figure ${when}, only statements.` : `No claims ${when}.`;
  }
  if (series.rows.length === 1) return `Only one source gives a figure ${when}: ${saidBy(series.rows, unit)}.`;
  if (series.lowest.length === series.rows.length) {
    // "All" must not pass over a source listed just below the chart with no figure.
    const others = statements.length
      ? ` ${countOf(statements.length, 'other source gives', 'other sources give')} only a statement.`
      : '';
    return `All ${series.rows.length} sources give the same figure ${when}: ${saidBy(series.rows, unit)}.${others}`;
  }
  return (
    `Latest figures from ${series.rows.length} sources ${when}. Spread ${describeSpread(spread)}: ` +
    `lowest ${saidBy(series.lowest, unit)}; highest ${saidBy(series.highest, unit)}.`
  );
}

/** The timeline in a sentence: how many claims over what period, and the extremes across all of it. */
export function timelineCaption(timeline: Timeline, unit: string): string {
  const points = timeline.tracks.flatMap((t) => t.points);
  if (points.length === 0) return 'No dated figures to draw over time.';
  const dates = points.map((p) => p.claim.statedOn!).sort();
  const span = `from ${formatStatedOn(dates[0]!)} to ${formatStatedOn(dates.at(-1)!)}`;
  const counted = `${points.length} ${points.length === 1 ? 'figure' : 'figures'} from ${timeline.tracks.length} ${
    timeline.tracks.length === 1 ? 'source' : 'sources'
  }, ${span}.`;
  if (points.length === 1) return counted;
  // Naming every figure as both the lowest and the highest would read as a contradiction.
  if (timeline.lowest.length === points.length) {
    return `${counted} All give the same figure: ${saidBy(points, unit, true)}.`;
  }
  return (
    `${counted} Spread over the whole period ${describeSpread(timeline.spread)}: ` +
    `lowest ${saidBy(timeline.lowest, unit, true)}; highest ${saidBy(timeline.highest, unit, true)}.`
  );
}

/**
 * The exported timeline's subtitle. The timeline draws every dated figure, later ones included, and
 * marks the as-of date with a dashed line only when that date falls within the drawn period; an
 * image that said "up to" the as-of date would pass later figures off as earlier ones.
 */
export function timelineSubtitle(timeline: Timeline, unit: string, asOf: string, scale: ScaleKind): string {
  const [first, last] = timeline.timeAxis.domain;
  const asOfStart = datePeriod(asOf).start;
  const marked = asOfStart >= first && asOfStart <= last ? ` · dashed line: as of ${formatStatedOn(asOf)}` : '';
  return `${unit} · every dated figure${marked} · ${scale} scale`;
}
