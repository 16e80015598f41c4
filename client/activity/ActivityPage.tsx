import { Link } from 'react-router';
import type { Revision } from '../../shared/schemas/index.js';
import { QueryState } from '../ui/QueryState';
import { useSearchParam } from '../ui/useSearchParam';
import { ScrollRegion } from '../ui/ScrollRegion';
import { PageTitle } from '../ui/PageTitle';
import { useActivity } from '../resources/activity';

const actionLabels = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  restore: 'restored',
  merge: 'merged into another',
  unmerge: 'took back from a merge',
} as const;
const plural = { claim: 'claims', source: 'sources', metric: 'metrics' } as const;
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A record's name as it stood in the revision, so deleted records still read sensibly. */
function describe(revision: Revision): string {
  const name = revision.snapshot.name;
  return typeof name === 'string' ? name : `${revision.entityType} #${revision.entityId}`;
}

/** Recent changes across the dataset, and who made them. */
export default function ActivityPage() {
  const [userId, setUserId] = useSearchParam('userId');
  const activity = useActivity(userId);
  const everyone = useActivity('');
  const users = new Map((everyone.data ?? []).flatMap((r) => (r.user ? [[r.user.id, r.user.displayName]] : [])));
  return (
    <section>
      <PageTitle page="Activity" />
      <h1>Activity</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Changes by
          <select value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">everyone</option>
            {[...users].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <QueryState
        query={activity}
        label="activity"
        isEmpty={(items) => items.length === 0}
        empty={<p>No changes yet.</p>}
      >
        {(items) => (
          <ScrollRegion label="Recent changes">
            <table>
              <caption className="visually-hidden">Recent changes, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When (UTC)</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Record</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <td className="nowrap">{timeFormat.format(new Date(r.createdAt))}</td>
                    <td>{r.user?.displayName ?? 'demo data'}</td>
                    <td>
                      {actionLabels[r.action]} {r.entityType} (version {r.version})
                    </td>
                    <td>
                      <Link to={`/${plural[r.entityType]}/${r.entityId}/history`}>{describe(r)}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </QueryState>
    </section>
  );
}
