import { Link } from 'react-router';
import type { DivergenceRow } from '../../shared/schemas/index.js';
import { describeSpread } from '../../shared/wording.js';
import { logExtent } from '../ui/logScale';
import { DotPlot } from './DotPlot';

/** Metrics ranked by how far their sources' latest figures lie apart. */
export function DivergenceTable({ rows, asOf }: { rows: DivergenceRow[]; asOf: string }) {
  const extent = logExtent(rows.flatMap((r) => r.points.map((p) => p.point))) ?? [1, 10];
  const metricLink = (id: number) => `/metrics/${id}${asOf ? `?asOf=${asOf}` : ''}`;
  return (
    <table className="divergence-table">
      <caption className="visually-hidden">Metrics, most divergent first</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Sources</th>
          <th scope="col">Spread</th>
          <th scope="col">Flags</th>
          <th scope="col">Latest claim</th>
          <th scope="col">
            Latest figures <span className="muted">(log scale)</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.metric.id}>
            <th scope="row">
              <Link to={metricLink(row.metric.id)}>{row.metric.name}</Link>
              <div className="muted">{row.metric.unit}</div>
            </th>
            <td className="num">{row.sourceCount}</td>
            <td className="spread">{row.points.length < 2 ? 'one figure only' : describeSpread(row.spread)}</td>
            <td>
              {row.disjoint && <span className="badge badge-alert">disjoint</span>}
              {row.scopeMismatch && <span className="badge badge-warn">scope mismatch</span>}
            </td>
            <td className="nowrap">{row.latestStatedOn ?? '—'}</td>
            <td>
              <DotPlot row={row} extent={extent} unit={row.metric.unit} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
