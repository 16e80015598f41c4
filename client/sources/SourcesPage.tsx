import { Link } from 'react-router';
import { reliabilityGrades, type SourceWithCount } from '../../shared/schemas/index.js';
import { useCan } from '../auth/api';
import { GroupSwatch } from '../ui/GroupSwatch';
import { QueryState } from '../ui/QueryState';
import { SortableHeader } from '../ui/SortableHeader';
import { sortRows } from '../ui/sortRows';
import { useSearchParam } from '../ui/useSearchParam';
import { useSort } from '../ui/useSort';
import { useSources } from './api';
import { sourceKindLabels } from './sourceKindLabels';

const columns: [string, string, (s: SourceWithCount) => string | number | null][] = [
  ['name', 'Name', (s) => s.name],
  ['shortName', 'Short name', (s) => s.shortName],
  ['kind', 'Kind', (s) => sourceKindLabels[s.kind]],
  ['country', 'Country', (s) => s.country],
  ['group', 'Group', (s) => s.group],
  ['reliability', 'Reliability', (s) => s.reliability],
  ['claims', 'Claims', (s) => s.claimCount],
];

export default function SourcesPage() {
  const sources = useSources();
  const canEdit = useCan('editor');
  const [filter, setFilter] = useSearchParam('q');
  const { sort, onSort } = useSort('name');
  const needle = filter.trim().toLowerCase();
  const valueOf = (columns.find(([key]) => key === sort.column) ?? columns[0]!)[2];

  return (
    <section>
      <div className="page-head">
        <h1>Sources</h1>
        {canEdit && (
          <Link className="button" to="/sources/new">
            New source
          </Link>
        )}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Filter sources
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
      </form>
      <QueryState query={sources} label="sources" isEmpty={(items) => items.length === 0}>
        {(items) => {
          const shown = sortRows(
            items.filter((s) =>
              [s.name, s.shortName, s.country, s.group].some((v) => v?.toLowerCase().includes(needle)),
            ),
            valueOf,
            sort.direction,
          );
          return (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">
                  Sources, {shown.length} shown, sorted by {sort.column} {sort.direction}
                </caption>
                <thead>
                  <tr>
                    {columns.map(([key, label]) => (
                      <SortableHeader key={key} column={key} label={label} sort={sort} onSort={onSort} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/sources/${s.id}`}>{s.name}</Link>
                      </td>
                      <td>{s.shortName}</td>
                      <td>{sourceKindLabels[s.kind]}</td>
                      <td>{s.country}</td>
                      <td>
                        <GroupSwatch group={s.group} />
                      </td>
                      <td>
                        <abbr title={reliabilityGrades[s.reliability]}>{s.reliability}</abbr>{' '}
                        <span className="muted">{reliabilityGrades[s.reliability]}</span>
                      </td>
                      <td className="num">{s.claimCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shown.length === 0 && <p className="state state-empty">No source matches “{filter}”.</p>}
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
