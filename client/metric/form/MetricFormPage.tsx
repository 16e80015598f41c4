import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { metricQueryOptions } from '../api';
import { MetricForm } from './MetricForm';

/** `/metrics/new` and `/metrics/:id/edit`. */
export default function MetricFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const metric = useQuery({ ...metricQueryOptions(Number(id)), enabled: id !== undefined });
  const afterSave = (saved: { id: number }) => navigate(`/metrics/${saved.id}`);
  if (id === undefined) {
    return (
      <section>
        <h1>New metric</h1>
        <MetricForm onSaved={afterSave} onCancel={() => navigate(-1)} />
      </section>
    );
  }
  return (
    <section>
      <h1>Edit metric</h1>
      <p>
        <Link to={`/metrics/${id}/history`}>History of this metric</Link>
      </p>
      <QueryState query={metric} label="the metric">
        {(loaded) => (
          <MetricForm key={loaded.version} metric={loaded} onSaved={afterSave} onCancel={() => navigate(-1)} />
        )}
      </QueryState>
    </section>
  );
}
