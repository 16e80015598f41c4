import { Link, useParams } from 'react-router';
import { reliabilityGrades } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { ApiError } from '../app/http';
import { useCan } from '../auth/api';
import { useClaims } from '../claims/api';
import { useMetrics } from '../metric/api';
import { GroupSwatch } from '../ui/GroupSwatch';
import { QueryState } from '../ui/QueryState';
import { sortRows } from '../ui/sortRows';
import { useSource } from './api';
import { sourceKindLabels } from './sourceKindLabels';

export default function SourcePage() {
  const id = Number(useParams().id);
  const source = useSource(id);
  const claims = useClaims({ sourceId: id });
  const metrics = useMetrics();
  const canEdit = useCan('editor');
  const metricOf = (metricId: number) => metrics.data?.find((m) => m.id === metricId);

  if (source.error instanceof ApiError && source.error.status < 500) {
    return (
      <section>
        <h1>No such source</h1>
        <p>
          There is no source #{id}. <Link to="/sources">See all sources</Link>.
        </p>
      </section>
    );
  }
  return (
    <QueryState query={source} label="the source">
      {(s) => (
        <section>
          <div className="page-head">
            <h1>{s.name}</h1>
            {canEdit && (
              <>
                <Link className="button" to={`/sources/${s.id}/edit`}>
                  Edit source
                </Link>
                <Link className="button" to={`/claims/new?sourceId=${s.id}`}>
                  Add a claim by this source
                </Link>
              </>
            )}
            <Link to={`/sources/${s.id}/history`}>History</Link>
          </div>
          <dl className="facts">
            <dt>Kind</dt>
            <dd>{sourceKindLabels[s.kind]}</dd>
            <dt>Country</dt>
            <dd>{s.country ?? '—'}</dd>
            <dt>Group</dt>
            <dd>
              <GroupSwatch group={s.group} />
            </dd>
            <dt>Reliability</dt>
            <dd>
              {s.reliability} — {reliabilityGrades[s.reliability]}
            </dd>
            {s.url && (
              <>
                <dt>Web</dt>
                <dd>
                  <a href={s.url}>{s.url}</a>
                </dd>
              </>
            )}
            {s.notes && (
              <>
                <dt>Notes</dt>
                <dd>{s.notes}</dd>
              </>
            )}
          </dl>
          <h2>Claims by {s.shortName ?? s.name}</h2>
          <QueryState
            query={claims}
            label="claims"
            isEmpty={(items) => items.length === 0}
            empty={<p>This source has no claims yet.</p>}
          >
            {(items) => (
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">Claims by {s.name}, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Metric</th>
                      <th scope="col">Figure</th>
                      <th scope="col">Stated on</th>
                      <th scope="col">Scope</th>
                      <th scope="col">Via</th>
                      <th scope="col">Reported by</th>
                      <th scope="col">Quote</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sortRows(items, (c) => c.statedOn, 'descending').map((c) => {
                      const metric = metricOf(c.metricId);
                      return (
                        <tr key={c.id}>
                          <td>
                            <Link to={`/metrics/${c.metricId}`}>{metric?.name ?? `Metric #${c.metricId}`}</Link>
                          </td>
                          <td className="nowrap">{describeValue(c.value, metric?.unit)}</td>
                          <td className="nowrap">{c.statedOn ?? 'undated'}</td>
                          <td>{c.scope}</td>
                          <td>{c.via}</td>
                          <td>{c.reportedBy}</td>
                          <td>
                            {c.quote && <q>{c.quote}</q>} {c.citationUrl && <a href={c.citationUrl}>source</a>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </QueryState>
        </section>
      )}
    </QueryState>
  );
}
