import { Link } from 'react-router';
import type { Metric } from '../../shared/schemas/index.js';
import { useCan } from '../resources/auth';
import { PageTitle } from '../ui/PageTitle';

/** What is being counted, in what unit, and where to add to it. */
export function MetricHeader({ metric }: { metric: Metric }) {
  const canEdit = useCan('editor');
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
          </>
        )}
        <Link to={`/metrics/${metric.id}/history`}>History</Link>
      </div>
      <p className="metric-unit">
        Counted in <strong>{metric.unit}</strong>
      </p>
      {metric.description && <p className="lede">{metric.description}</p>}
    </header>
  );
}
