import type { DivergencePoint, DivergenceRow } from '../schemas/comparison.js';
import { describeValue } from '../wording.js';
import { logAxisFor, logPosition } from './logScale.js';
import { tickLabeller, ticksThatFit, type ValueAxis } from './valueAxis.js';

/** One source's latest figure on a metric's row. */
export interface OverviewMark extends Pick<DivergencePoint, 'claimId' | 'sourceName' | 'value' | 'point' | 'group'> {
  /** Where the mark sits along the plot: 0 at the axis's low end, 1 at its high end. */
  along: number;
  /** The source, its figure as worded and its date, for hover text. */
  title: string;
}

export interface OverviewSeriesRow {
  row: DivergenceRow;
  marks: OverviewMark[];
}

export interface OverviewTick {
  value: number;
  label: string;
  along: number;
}

export interface OverviewSeries {
  axis: ValueAxis;
  /** The axis's ticks whose labels a plot of the given length can hold; gridlines follow them too. */
  ticks: OverviewTick[];
  /** In the order given: the overview ranks its metrics, and the chart keeps their rank. */
  rows: OverviewSeriesRow[];
}

/**
 * Every metric's latest figures on one log axis, shared by all rows so that they compare at a
 * glance though each counts in its own unit: the overview chart, and the table's dot plots.
 */
export function overviewSeries(rows: readonly DivergenceRow[], plotLength: number): OverviewSeries {
  const axis = logAxisFor(rows.flatMap((r) => r.points.map((p) => p.point)));
  const [low, high] = axis.domain;
  const along = (value: number) => logPosition(value, low, high);
  const label = tickLabeller(axis);
  return {
    axis,
    ticks: ticksThatFit(axis, plotLength).map((value) => ({ value, label: label(value), along: along(value) })),
    rows: rows.map((row) => ({
      row,
      marks: row.points.map(({ claimId, sourceName, value, point, group, statedOn }) => ({
        claimId,
        sourceName,
        value,
        point,
        group,
        along: along(point),
        title: `${sourceName}: ${describeValue(value, row.metric.unit)}${statedOn ? ` (${statedOn})` : ''}`,
      })),
    })),
  };
}
