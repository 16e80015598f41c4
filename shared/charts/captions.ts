import type { Comparison } from '../schemas/comparison.js';
import { countOf, describeSpread, describeValue, listInWords } from '../wording.js';
import type { ApartLane, ApartRow, ComparisonSeries } from './comparisonSeries.js';
import { datePeriod, formatStatedOn } from './datePeriod.js';
import { sourceLabel, type PlottedClaim } from './plottedClaim.js';
import type { Timeline } from './timelineSeries.js';
import type { ScaleKind } from './valueAxis.js';

const said = (p: PlottedClaim, unit: string, withDate: boolean) =>
  `${sourceLabel(p.source)} (${describeValue(p.value, unit)}${withDate ? `, ${formatStatedOn(p.claim.statedOn)}` : ''})`;

const saidBy = (items: readonly PlottedClaim[], unit: string, withDate = false) =>
  listInWords(items.map((p) => said(p, unit, withDate)));

/** Why a figure drawn on the comparison chart is left out of its spread. */
const whyApart = {
  undated: 'is undated',
  repeat: 'repeats another claim',
  partial: 'covers only part of the scope',
} as const satisfies Record<ApartLane, string>;

/** "Not compared: KCNA (9 soldiers), which covers only part of the scope." */
function apartSentence(apart: readonly ApartRow[], unit: string): string {
  if (apart.length === 0) return '';
  return ` Not compared: ${listInWords(apart.map((p) => `${said(p, unit, false)}, which ${whyApart[p.lane]}`))}.`;
}

const allAlike = (items: readonly PlottedClaim[]) => items.every((p) => p.point === items[0]!.point);

/**
 * How far apart the figures are, in words that agree with the arithmetic: the spread is a ratio of
 * positive figures, so a 0 is named apart from it rather than as the lowest end of a ratio it is not in.
 */
function spreadSentence(
  {
    spread,
    lowest,
    highest,
    zeros,
  }: { spread: number | null; lowest: PlottedClaim[]; highest: PlottedClaim[]; zeros: PlottedClaim[] },
  { unit, over, withDate }: { unit: string; over: string; withDate: boolean },
): string {
  const notZero = zeros.length ? ` 0 is not in the spread: ${saidBy(zeros, unit, withDate)}.` : '';
  if (lowest.length === 0) return `No spread: no figure above 0.${notZero}`;
  if (allAlike([...lowest, ...highest])) {
    return `No spread: every figure above 0 is the same, ${saidBy(lowest, unit, withDate)}.${notZero}`;
  }
  const positive = zeros.length ? ' between the figures above 0' : '';
  return (
    `Spread${over} ${describeSpread(spread)}${positive}: ` +
    `lowest ${saidBy(lowest, unit, withDate)}; highest ${saidBy(highest, unit, withDate)}.${notZero}`
  );
}

/** The comparison chart in one or two sentences: how far apart, who is at each end, and who is not compared. */
export function comparisonCaption(series: ComparisonSeries, comparison: Comparison): string {
  const { spread, asOf, metric, statements } = comparison;
  const unit = metric.unit;
  const when = `as of ${formatStatedOn(asOf)}`;
  const { compared } = series;
  const undrawn = comparison.undated.length - series.apart.filter((r) => r.lane === 'undated').length;
  const apart =
    apartSentence(series.apart, unit) +
    (undrawn > 0 ? ` ${countOf(undrawn, 'undated claim is', 'undated claims are')} listed apart.` : '');
  if (series.rows.length === 0) {
    if (statements.length) return `No source gives a figure ${when}, only statements.${apart}`;
    return comparison.undated.length ? `No dated claims ${when}.${apart}` : `No claims ${when}.`;
  }
  if (compared.length === 0) return `No figure ${when} can be compared with another.${apart}`;
  if (compared.length === 1) return `Only one source gives a figure ${when}: ${saidBy(compared, unit)}.${apart}`;
  if (allAlike(compared)) {
    // "All" must not pass over a source listed just below the chart with no figure.
    const others = statements.length
      ? ` ${countOf(statements.length, 'other source gives', 'other sources give')} only a statement.`
      : '';
    return `All ${compared.length} sources give the same figure ${when}: ${saidBy(compared, unit)}.${others}${apart}`;
  }
  return (
    `Latest figures from ${series.rows.length} sources ${when}. ` +
    spreadSentence({ ...series, spread }, { unit, over: '', withDate: false }) +
    apart
  );
}

/** The timeline in a sentence: how many claims over what period, and the extremes across all of it. */
export function timelineCaption(timeline: Timeline, unit: string): string {
  const points = timeline.tracks.flatMap((t) => t.points);
  if (points.length === 0) return 'No dated figures to draw over time.';
  const dates = points.map((p) => p.claim.statedOn!).sort();
  const [first, last] = [formatStatedOn(dates[0]!), formatStatedOn(dates.at(-1)!)];
  const span = first !== last ? `from ${first} to ${last}` : points.length === 1 ? `on ${first}` : `all on ${first}`;
  // A source with figures for part of the scope has two tracks, and is still one source.
  const sources = new Set(timeline.tracks.map((t) => t.source.id)).size;
  const counted = `${countOf(points.length, 'figure', 'figures')} from ${countOf(sources, 'source', 'sources')}, ${span}.`;
  if (points.length === 1) return counted;
  const partial = timeline.partial.length
    ? ` For part of the scope, not in the spread: ${saidBy(timeline.partial, unit, true)}.`
    : '';
  const whole = timeline.tracks.filter((t) => !t.partial).flatMap((t) => t.points);
  if (whole.length <= 1) return `${counted}${partial}`;
  // Naming every figure as both the lowest and the highest would read as a contradiction.
  if (allAlike(whole)) return `${counted} All give the same figure: ${saidBy(whole, unit, true)}.${partial}`;
  return `${counted} ${spreadSentence(timeline, { unit, over: ' over the whole period', withDate: true })}${partial}`;
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
