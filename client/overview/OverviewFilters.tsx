import { Link } from 'react-router';
import { useMetrics } from '../resources/metrics';
import { ImprobableToggle } from '../ui/ImprobableToggle';

export interface OverviewFilterValues {
  search: string;
  topic: string;
  asOf: string;
}

type Setters = Record<keyof OverviewFilterValues, (value: string) => void>;

/** Search, topic and as-of date for the overview; the page keeps them in the address. */
export function OverviewFilters({
  values,
  setters,
  includeImprobable,
  setIncludeImprobable,
}: {
  values: OverviewFilterValues;
  setters: Setters;
  includeImprobable: boolean;
  setIncludeImprobable: (include: boolean) => void;
}) {
  const metrics = useMetrics();
  // A topic from a shared link stays selectable even before (or without) a metric that has it.
  const topics = [
    ...new Set([...(metrics.data ?? []).map((m) => m.topic), values.topic].filter((t): t is string => Boolean(t))),
  ].sort();
  const anySet = Object.values(values).some(Boolean) || includeImprobable;

  return (
    <form className="filters" role="search" aria-label="Filter metrics" onSubmit={(e) => e.preventDefault()}>
      <label>
        Search by name
        <input type="search" value={values.search} onChange={(e) => setters.search(e.target.value)} />
      </label>
      <label>
        Topic
        <select value={values.topic} onChange={(e) => setters.topic(e.target.value)}>
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
        <input type="date" value={values.asOf} onChange={(e) => setters.asOf(e.target.value)} />
      </label>
      <ImprobableToggle included={includeImprobable} onChange={setIncludeImprobable} />
      {/* One navigation clears all of them: separate setters in one event would each undo the others. */}
      {anySet && (
        <Link className="button" to="/" replace>
          Clear filters
        </Link>
      )}
    </form>
  );
}
