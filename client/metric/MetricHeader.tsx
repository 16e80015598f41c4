import { useState } from 'react';
import { Link } from 'react-router';
import type { Metric } from '../../shared/schemas/index.js';
import { useCan } from '../resources/auth';
import { useMetrics } from '../resources/metrics';
import { MergeDialog } from '../ui/MergeDialog';
import { PageTitle } from '../ui/PageTitle';

/**
 * The metric this one counts part of and the metrics that count part of it, each a link: its
 * figures are checked against the whole's. Until the list arrives, or if it cannot, the whole is
 * named by its id and the parts wait.
 */
function Related({ metric }: { metric: Metric }) {
  const metrics = useMetrics();
  const whole = metric.partOfMetricId;
  const parts = (metrics.data ?? []).filter((m) => m.partOfMetricId === metric.id);
  if (whole === null && parts.length === 0) return null;
  const link = (id: number, name: string) => (
    <Link key={id} to={`/metrics/${id}`}>
      {name}
    </Link>
  );
  return (
    <>
      {whole !== null && (
        <p className="metric-related">
          Part of: {link(whole, metrics.data?.find((m) => m.id === whole)?.name ?? `metric #${whole}`)}
        </p>
      )}
      {parts.length > 0 && (
        <p className="metric-related">
          {parts.length === 1 ? 'Its part' : 'Its parts'}:{' '}
          {parts.flatMap((p, i) => [...(i === 0 ? [] : [i === parts.length - 1 ? ' and ' : ', ']), link(p.id, p.name)])}
        </p>
      )}
    </>
  );
}

/** What is being counted, in what unit, what it is part of, and where to add to it. */
export function MetricHeader({ metric }: { metric: Metric }) {
  const canEdit = useCan('editor');
  const [merging, setMerging] = useState(false);
  return (
    <header className="metric-head">
      {metric.topic && <p className="metric-topic">{metric.topic}</p>}
      <div className="page-head">
        <PageTitle page={metric.name} />
        <h1>{metric.name}</h1>
        {canEdit && (
          <>
            <Link className="button primary" to={`/claims/new?metricId=${metric.id}`}>
              Add a claim
            </Link>
            <Link className="button" to={`/metrics/${metric.id}/edit`}>
              Edit metric
            </Link>
            {!metric.deletedAt && (
              <button type="button" onClick={() => setMerging(true)}>
                Merge into…
              </button>
            )}
            <MergeDialog kind="metrics" record={metric} open={merging} onClose={() => setMerging(false)} />
          </>
        )}
        <Link to={`/metrics/${metric.id}/history`}>History</Link>
      </div>
      <p className="metric-unit">
        Counted in <strong>{metric.unit}</strong>
      </p>
      <Related metric={metric} />
      {metric.description && <p className="lede">{metric.description}</p>}
    </header>
  );
}
