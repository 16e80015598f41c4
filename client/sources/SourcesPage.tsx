import { Link } from 'react-router';
import type { SourceWithCount } from '../../shared/schemas/index.js';
import { useCan } from '../resources/auth';
import { QueryState } from '../ui/QueryState';
import { sortRows } from '../ui/sortRows';
import { useSearchParamText } from '../ui/useSearchParamText';
import { useSort } from '../ui/useSort';
import { useSources } from '../resources/sources';
import { sourceKindLabels } from './sourceKindLabels';
import { sourceColumns, SourcesTable } from './SourcesTable';
import { PageTitle } from '../ui/PageTitle';
import { PossibleDuplicates } from './PossibleDuplicates';

const matches = (s: SourceWithCount, needle: string) =>
  [s.name, s.shortName, ...s.aliases, sourceKindLabels[s.kind], s.country, s.group].some((v) =>
    v?.toLowerCase().includes(needle),
  );

export default function SourcesPage() {
  const sources = useSources();
  const canEdit = useCan('editor');
  const [filter, setFilter] = useSearchParamText('q');
  const { sort, onSort } = useSort('name');
  const needle = filter.trim().toLowerCase();
  const [, label, valueOf] = sourceColumns.find(([key]) => key === sort.column) ?? sourceColumns[0]!;

  return (
    <section>
      <div className="page-head">
        <PageTitle page="Sources" />
        <h1>Sources</h1>
        {canEdit && (
          <Link className="button" to="/sources/new">
            New source
          </Link>
        )}
      </div>
      <p className="lede">
        Who said what, graded on the Admiralty scale for the source's reliability (A completely reliable … F cannot be
        judged). A source's group sets its colour on every chart.
      </p>
      <form className="filters" role="search" aria-label="Filter sources" onSubmit={(e) => e.preventDefault()}>
        <label>
          Filter by name, other name, kind, country or group
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
      </form>
      <QueryState query={sources} label="sources" isEmpty={(items) => items.length === 0}>
        {(items) => {
          const shown = sortRows(
            items.filter((s) => matches(s, needle)),
            valueOf,
            sort.direction,
          );
          return (
            <>
              <p className="table-status" role="status">
                {shown.length === items.length
                  ? `${items.length} sources`
                  : `${shown.length} of ${items.length} sources`}
              </p>
              {shown.length === 0 ? (
                <div className="state state-empty">
                  <p>No source matches “{filter}”.</p>
                </div>
              ) : (
                <SourcesTable sources={shown} sort={{ ...sort, label }} onSort={onSort} />
              )}
            </>
          );
        }}
      </QueryState>
      {canEdit && <PossibleDuplicates />}
    </section>
  );
}
