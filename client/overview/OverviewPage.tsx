import { Link } from 'react-router';
import { useEffect, useRef } from 'react';
import { GroupLegend } from '../ui/GroupLegend';
import { MarkLegend } from '../ui/MarkLegend';
import { Pagination } from '../ui/Pagination';
import { QueryState } from '../ui/QueryState';
import { overviewPageSize, useDivergence } from '../resources/divergence';
import { DivergenceTable } from './DivergenceTable';
import { OverviewChart } from './OverviewChart';
import { OverviewFilters } from './OverviewFilters';
import { overviewStatus } from './overviewStatus';
import { useOverviewParams } from './useOverviewParams';
import { PageTitle } from '../ui/PageTitle';

export function OverviewPage() {
  const params = useOverviewParams();
  const { search, topic, asOf, includeImprobable, page, setPage } = params;
  const values = { search, topic, asOf };
  const divergence = useDivergence({
    asOf: asOf || undefined,
    topic: topic || undefined,
    q: search.trim() || undefined,
    includeImprobable: includeImprobable || undefined,
    offset: page > 1 ? (page - 1) * overviewPageSize : undefined,
  });
  const pageCount = Math.max(1, Math.ceil((divergence.data?.total ?? 0) / overviewPageSize));
  // A link to a page that no longer exists (fewer metrics match now) shows the last one instead.
  const pastTheEnd = !divergence.isPlaceholderData && divergence.data !== undefined && page > pageCount;
  useEffect(() => {
    if (pastTheEnd) setPage(pageCount);
  }, [pastTheEnd, pageCount, setPage]);
  const legendRef = useRef<HTMLDivElement>(null);

  return (
    <section>
      <PageTitle page="Overview" />
      <h1>Where sources diverge</h1>
      <p className="lede">
        Metrics are ranked by how far apart their sources' latest figures are: the spread is the largest figure over the
        smallest, ×10 meaning one order of magnitude. Only figures that can be compared count — dated, given in their
        own right rather than repeated from another claim, and not for part of the scope — and a figure that a warning
        explains away, one its source had since revised or an outlier, is left out of the ranking and named beside the
        spread (<Link to="/methodology#ranking">how metrics are ranked</Link>). <em>Disjoint</em> means no single figure
        fits every source's claim. Each badge counts one kind of finding and links to its rule. The estimate is what the
        claims support together, with its 90% interval, or <em>no consensus</em> when credible figures cannot all be
        right (<Link to="/methodology#estimate">how the estimate is made</Link>).
      </p>
      <OverviewFilters
        values={values}
        setters={{ search: params.setSearch, topic: params.setTopic, asOf: params.setAsOf }}
        includeImprobable={includeImprobable}
        setIncludeImprobable={params.setIncludeImprobable}
      />
      <QueryState query={divergence} label="metrics">
        {(data) => {
          const rows = data.items;
          if (pastTheEnd) return <p className="state state-loading">Loading metrics…</p>;
          const status = overviewStatus({
            total: data.total,
            offset: data.offset,
            shown: rows.length,
            filtered: Boolean(search.trim() || topic),
          });
          return (
            <>
              <p className="table-status" role="status">
                {status}, figures as of {data.asOf}
              </p>
              {rows.length === 0 ? (
                <div className="state state-empty">
                  <p>{Object.values(values).some(Boolean) ? 'No metrics match these filters.' : 'No metrics yet.'}</p>
                </div>
              ) : (
                <>
                  <div className="legends" ref={legendRef}>
                    <div className="legend-row">
                      <span className="legend-title">Colour: source group</span>
                      <GroupLegend groups={rows.flatMap((r) => r.points.map((p) => p.group))} />
                    </div>
                    <div className="legend-row">
                      <span className="legend-title">Shape: wording</span>
                      <MarkLegend drawn={rows.flatMap((r) => r.points)} />
                    </div>
                  </div>
                  <DivergenceTable
                    rows={rows}
                    asOf={asOf}
                    includeImprobable={includeImprobable}
                    updating={divergence.isPlaceholderData}
                  />
                  <Pagination page={page} pageCount={pageCount} onPage={setPage} label="Pages of metrics" />
                  <OverviewChart
                    rows={rows}
                    asOf={data.asOf}
                    includeImprobable={includeImprobable}
                    legendRef={legendRef}
                    shownOfTotal={rows.length < data.total ? status : null}
                  />
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
