import { Link } from 'react-router';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import type { Claim, Metric } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { CitationLink } from '../ui/CitationLink';
import { sortRows } from '../ui/sortRows';
import { ScrollRegion } from '../ui/ScrollRegion';

/** Everything one source has claimed, across metrics, newest first. */
export function SourceClaimsTable({
  claims,
  sourceName,
  metricOf,
}: {
  claims: readonly Claim[];
  sourceName: string;
  metricOf: (id: number) => Metric | undefined;
}) {
  return (
    <ScrollRegion label={`Claims by ${sourceName}`}>
      <table className="source-claims wide-table">
        <caption className="visually-hidden">Claims by {sourceName}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Figure</th>
            <th scope="col">Stated</th>
            <th scope="col">Scope</th>
            <th scope="col">Via</th>
            <th scope="col">Reported by, citation</th>
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {sortRows(claims, (c) => c.statedOn, 'descending').map((c) => {
            const metric = metricOf(c.metricId);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/metrics/${c.metricId}`}>{metric?.name ?? `Metric #${c.metricId}`}</Link>
                </th>
                <td className="figure">{describeValue(c.value, metric?.unit)}</td>
                <td className="nowrap">
                  {c.statedOn ? <time dateTime={c.statedOn}>{formatStatedOn(c.statedOn)}</time> : 'undated'}
                </td>
                <td className="prose">{c.scope}</td>
                <td className="prose">{c.via}</td>
                <td>
                  {c.reportedBy && <div>{c.reportedBy}</div>}
                  <CitationLink url={c.citationUrl} />
                </td>
                <td className="quote">{c.quote && <q>{c.quote}</q>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
