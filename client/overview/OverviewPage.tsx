import { useMetrics } from '../metric/api';
import { GroupLegend } from '../ui/GroupLegend';
import { MarkLegend } from '../ui/MarkLegend';
import { QueryState } from '../ui/QueryState';
import { useSearchParam } from '../ui/useSearchParam';
import { useDivergence } from './api';
import { DivergenceTable } from './DivergenceTable';
import { OverviewChart } from './OverviewChart';

export function OverviewPage() {
  const [asOf, setAsOf] = useSearchParam('asOf');
  const [topic, setTopic] = useSearchParam('topic');
  const [search, setSearch] = useSearchParam('q');
  const divergence = useDivergence({ asOf: asOf || undefined, topic: topic || undefined });
  const metrics = useMetrics();
  const topics = [...new Set((metrics.data ?? []).map((m) => m.topic).filter((t): t is string => Boolean(t)))].sort();
  const needle = search.trim().toLowerCase();

  return (
    <section>
      <h1>Where sources diverge</h1>
      <p className="lede">
        Each metric's sources are compared at their latest figure. The spread is the largest figure over the smallest:
        ×10 means one order of magnitude apart. <em>Disjoint</em> means no single figure fits every source's claim;{' '}
        <em>scope mismatch</em> means they do not count the same thing.
      </p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search metrics
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Topic
          <select value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          As of
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
      </form>
      <QueryState query={divergence} label="metrics">
        {(data) => {
          const rows = data.items.filter((r) => r.metric.name.toLowerCase().includes(needle));
          if (rows.length === 0) {
            return (
              <div className="state state-empty">
                <p>No metrics match these filters.</p>
              </div>
            );
          }
          return (
            <>
              <div className="legends">
                <GroupLegend groups={rows.flatMap((r) => r.points.map((p) => p.group))} />
                <MarkLegend />
              </div>
              <OverviewChart rows={rows} asOf={data.asOf} />
              <DivergenceTable rows={rows} asOf={asOf} />
              <p className="muted">Figures as of {data.asOf}.</p>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
