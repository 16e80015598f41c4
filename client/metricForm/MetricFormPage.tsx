import { useQuery } from '@tanstack/react-query';
import { RecordFormPage } from '../ui/RecordFormPage';
import { metricQueryOptions } from '../resources/metrics';
import { MetricForm } from './MetricForm';

const useMetricToEdit = (id: number, enabled: boolean) => useQuery({ ...metricQueryOptions(id), enabled });

/** `/metrics/new` and `/metrics/:id/edit`. */
export default function MetricFormPage() {
  return (
    <RecordFormPage
      kind="metrics"
      noun="metric"
      useRecord={useMetricToEdit}
      renderForm={({ record, ...props }) => <MetricForm {...props} {...(record ? { metric: record } : {})} />}
    />
  );
}
