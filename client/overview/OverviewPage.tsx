import { useRef } from 'react';
import { GroupColours } from '../ui/GroupColours';
import { GroupLegend } from '../ui/GroupLegend';
import { MarkLegend } from '../ui/MarkLegend';
import { QueryState } from '../ui/QueryState';
import { useIncludeImprobable } from '../ui/ImprobableToggle';
import { useSearchParam } from '../ui/useSearchParam';
import { useSearchParamText } from '../ui/useSearchParamText';
import { useDivergence } from './api';
import { DivergenceTable } from './DivergenceTable';
import { OverviewChart } from './OverviewChart';
import { OverviewFilters } from './OverviewFilters';
import { PageTitle } from '../app/PageTitle';

export function OverviewPage() {
  const [search, setSearch] = useSearchParamText('q');
  const [topic, setTopic] = useSearchParam('topic');
  const [asOf, setAsOf] = useSearchParamText('asOf');
  const [includeImprobable, setIncludeImprobable] = useIncludeImprobable();
  const values = { search, topic, asOf };
  const divergence = useDivergence({
    asOf: asOf || undefined,
    topic: topic || undefined,
    includeImprobable: includeImprobable || undefined,
  });
  const needle = search.trim().toLowerCase();
  const legendRef = useRef<HTMLDivElement>(null);

  return (
    <section>
      <PageTitle page="Overview" />
      <h1>Where sources diverge</h1>
      <p className="lede">
        Each metric's sources are compared at their latest figure. The spread is the largest figure over the smallest:
        ×10 means one order of magnitude apart. <em>Disjoint</em> means no single figure fits every source's claim;{' '}
        <em>scope mismatch</em> means they do not count the same thing.
      </p>
      <OverviewFilters
        values={values}
        setters={{ search: setSearch, topic: setTopic, asOf: setAsOf }}
        includeImprobable={includeImprobable}
        setIncludeImprobable={setIncludeImprobable}
      />
      <QueryState query={divergence} label="metrics">
        {(data) => {
          const rows = data.items.filter((r) => r.metric.name.toLowerCase().includes(needle));
          const filtered = rows.length < data.items.length || Boolean(topic);
          return (
            <>
              <p className="table-status" role="status">
                {filtered ? `${rows.length} of ${data.items.length} metrics` : `${rows.length} metrics`}, figures as of{' '}
                {data.asOf}
              </p>
              {rows.length === 0 ? (
                <div className="state state-empty">
                  <p>{Object.values(values).some(Boolean) ? 'No metrics match these filters.' : 'No metrics yet.'}</p>
                </div>
              ) : (
                <GroupColours groups={rows.flatMap((r) => r.points.map((p) => p.group))}>
                  <div className="legends" ref={legendRef}>
                    <div className="legend-row">
                      <span className="legend-title">Colour: source group</span>
                      <GroupLegend groups={rows.flatMap((r) => r.points.map((p) => p.group))} />
                    </div>
                    <div className="legend-row">
                      <span className="legend-title">Shape: wording</span>
                      <MarkLegend />
                    </div>
                  </div>
                  <DivergenceTable
                    rows={rows}
                    asOf={asOf}
                    includeImprobable={includeImprobable}
                    updating={divergence.isPlaceholderData}
                  />
                  <OverviewChart
                    rows={rows}
                    asOf={data.asOf}
                    includeImprobable={includeImprobable}
                    legendRef={legendRef}
                  />
                </GroupColours>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
