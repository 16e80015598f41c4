import { Link } from 'react-router';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import type { DivergenceRow } from '../../shared/schemas/index.js';
import { formatTick } from '../../shared/charts/valueAxis.js';
import { DotPlot, DotPlotAxis, dotPlotSeries } from './DotPlot';
import { FindingBadges } from './FindingBadges';
import { estimateText } from './estimateText';
import { leftOutText, spreadText } from './spreadText';
import { ScrollRegion } from '../ui/ScrollRegion';
import { queryString } from '../resources/http';
import { improbableParam } from '../ui/ImprobableToggle';

/** Metrics ranked by how far their sources' latest figures lie apart, with each metric's findings. */
export function DivergenceTable({
  rows,
  asOf,
  includeImprobable,
  updating,
}: {
  rows: DivergenceRow[];
  asOf: string;
  includeImprobable: boolean;
  updating: boolean;
}) {
  const series = dotPlotSeries(rows);
  // The metric page opens on the same comparison the row shows.
  const metricLink = (id: number) =>
    `/metrics/${id}${queryString({ asOf, [improbableParam]: includeImprobable ? 'included' : undefined })}`;
  return (
    <ScrollRegion label="Metrics, most divergent first">
      <table className="divergence-table wide-table" aria-busy={updating}>
        <caption className="visually-hidden">Metrics, most divergent first</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Sources
            </th>
            <th scope="col">Spread</th>
            <th scope="col">Estimate</th>
            <th scope="col">Findings</th>
            <th scope="col">Latest claim</th>
            <th scope="col">
              Latest figures{' '}
              <span className="muted">
                (log scale
                <span className="visually-hidden">
                  , {formatTick(series.axis.domain[0])} to {formatTick(series.axis.domain[1])}
                </span>
                )
              </span>
              <DotPlotAxis ticks={series.ticks} />
            </th>
          </tr>
        </thead>
        <tbody>
          {series.rows.map(({ row, marks }) => {
            const leftOut = leftOutText(row);
            return (
              <tr key={row.metric.id}>
                <th scope="row">
                  <Link to={metricLink(row.metric.id)}>{row.metric.name}</Link>
                  <div className="muted">{row.metric.unit}</div>
                </th>
                <td className="num">{row.sourceCount}</td>
                <td>
                  <span className="spread">{spreadText(row)}</span>
                  {leftOut && <div className="left-out">{leftOut}</div>}
                </td>
                <td className={row.estimate.best ? undefined : 'muted'}>{estimateText(row)}</td>
                <td>
                  <div className="badges">
                    {row.ranked.disjoint && <span className="badge badge-alert">disjoint</span>}
                    <FindingBadges findings={row.findings} />
                    {!row.ranked.disjoint && row.findings.length === 0 && <span className="muted">none</span>}
                  </div>
                </td>
                <td className="nowrap">
                  {row.latestStatedOn ? (
                    <time dateTime={row.latestStatedOn}>{formatStatedOn(row.latestStatedOn)}</time>
                  ) : (
                    'none yet'
                  )}
                </td>
                <td>
                  <DotPlot marks={marks} ticks={series.ticks} unit={row.metric.unit} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
