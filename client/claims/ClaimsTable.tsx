import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { sourceLabel, type SourceRef } from '../../shared/charts/plottedClaim.js';
import type { Claim } from '../../shared/schemas/index.js';
import { describeValue, formatNumber } from '../../shared/wording.js';
import { GroupSwatch } from '../ui/GroupSwatch';
import { Pagination } from '../ui/Pagination';
import { SortableHeader } from '../ui/SortableHeader';
import { useSort } from '../ui/useSort';
import { CitationLink } from '../ui/CitationLink';
import { useDeleteWithUndo } from './useDeleteWithUndo';
import { useCan } from '../resources/auth';
import { ClaimFilters } from './ClaimFilters';
import { ClaimNote } from './ClaimNote';
import { claimColumns, filterClaims, PAGE_SIZE, sortClaims, type ClaimColumn } from './claimTableRows';
import { useClaimTableParams } from './useClaimTableParams';
import './claims.css';
import { ScrollRegion } from '../ui/ScrollRegion';

const headers: [ClaimColumn, string][] = [
  ['source', 'Source'],
  ['figure', 'Figure'],
  ['date', 'Stated'],
  ['scope', 'Scope'],
  ['via', 'Via'],
  ['reportedBy', 'Reported by, citation'],
];

const isColumn = (c: string): c is ClaimColumn => (claimColumns as readonly string[]).includes(c);

/**
 * Every claim about a metric, newest first, filtered, sorted and paged in the browser: a metric has
 * at most a few thousand claims, and paging keeps the page light however many there are.
 */
export function ClaimsTable({
  claims,
  sourceOf,
  unit,
  highlight,
}: {
  claims: readonly Claim[];
  sourceOf: (id: number) => SourceRef;
  unit: string;
  /** A claim just saved: its row is marked, and shown if no page was asked for. */
  highlight: number | null;
}) {
  const { filters, page: pageParam, setFilter, clearFilters, setPage } = useClaimTableParams();
  const canEdit = useCan('editor');
  const { deleteWithUndo, restore } = useDeleteWithUndo();
  const { sort, onSort } = useSort('-date');
  const column = isColumn(sort.column) ? sort.column : 'date';
  const sources = useMemo(
    () =>
      [...new Set(claims.map((c) => c.sourceId))]
        .map(sourceOf)
        .sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b))),
    [claims, sourceOf],
  );
  const rows = useMemo(
    () => sortClaims(filterClaims(claims, filters, sourceOf), column, sort.direction, sourceOf),
    [claims, filters, sourceOf, column, sort.direction],
  );
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const highlightIndex = highlight === null ? -1 : rows.findIndex((c) => c.id === highlight);
  const page = Math.min(pageCount, pageParam ?? (highlightIndex >= 0 ? Math.floor(highlightIndex / PAGE_SIZE) + 1 : 1));
  const first = (page - 1) * PAGE_SIZE;
  const visible = rows.slice(first, first + PAGE_SIZE);
  const scrollIntoView = useCallback((row: HTMLTableRowElement | null) => row?.scrollIntoView({ block: 'center' }), []);

  return (
    <>
      <ClaimFilters filters={filters} sources={sources} onChange={setFilter} onClear={clearFilters} />
      <p className="table-status" role="status">
        {rows.length === 0
          ? `No claims match these filters (of ${formatNumber(claims.length)}).`
          : `Showing ${formatNumber(first + 1)}–${formatNumber(first + visible.length)} of ${formatNumber(rows.length)} claims` +
            (rows.length < claims.length ? ` (filtered from ${formatNumber(claims.length)})` : '') +
            '.'}
      </p>
      {visible.length > 0 && (
        <ScrollRegion label="Claims about this metric">
          <table className="claims-table">
            <caption className="visually-hidden">Claims about this metric</caption>
            <thead>
              <tr>
                {headers.map(([key, label]) => (
                  <SortableHeader key={key} column={key} label={label} sort={{ ...sort, column }} onSort={onSort} />
                ))}
                <th scope="col">Quote, notes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((c) => {
                const source = sourceOf(c.sourceId);
                const highlighted = c.id === highlight;
                return (
                  <tr
                    key={c.id}
                    className={
                      [highlighted && 'row-highlight', c.deletedAt && 'row-deleted'].filter(Boolean).join(' ') ||
                      undefined
                    }
                    ref={highlighted ? scrollIntoView : undefined}
                  >
                    <th scope="row">
                      {sourceLabel(source)}
                      <div className="claim-group">
                        <GroupSwatch group={source.group} />
                      </div>
                    </th>
                    <td className="claim-figure nowrap">{describeValue(c.value, unit)}</td>
                    <td className="nowrap">
                      <time dateTime={c.statedOn ?? undefined}>{formatStatedOn(c.statedOn)}</time>
                    </td>
                    <td>{c.scope}</td>
                    <td>{c.via}</td>
                    <td className="claim-reported">
                      {c.reportedBy}
                      <div>
                        <CitationLink url={c.citationUrl} />
                      </div>
                    </td>
                    {/* Under the quote rather than in a column of their own, which would widen the table on a phone. */}
                    <td className="claim-quote">
                      {c.quote && <q>{c.quote}</q>}
                      <ClaimNote notes={c.notes} />
                    </td>
                    <td className="row-actions">
                      {c.deletedAt ? (
                        <>
                          <span className="badge">deleted</span>
                          {canEdit && (
                            <button
                              type="button"
                              onClick={() => void restore(c)}
                              aria-label={`Restore claim by ${sourceLabel(source)}, ${formatStatedOn(c.statedOn)}`}
                            >
                              Restore
                            </button>
                          )}
                        </>
                      ) : (
                        canEdit && (
                          <>
                            <Link
                              to={`/claims/${c.id}/edit`}
                              aria-label={`Edit claim by ${sourceLabel(source)}, ${formatStatedOn(c.statedOn)}`}
                            >
                              Edit
                            </Link>
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => void deleteWithUndo(c)}
                              aria-label={`Delete claim by ${sourceLabel(source)}, ${formatStatedOn(c.statedOn)}`}
                            >
                              Delete
                            </button>
                          </>
                        )
                      )}
                      <Link
                        to={`/claims/${c.id}/history`}
                        aria-label={`History of the claim by ${sourceLabel(source)}, ${formatStatedOn(c.statedOn)}`}
                      >
                        History
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={page} pageCount={pageCount} onPage={setPage} label="Pages of claims" />
    </>
  );
}
