import { zodResolver } from '@hookform/resolvers/zod';
import { Metric, MetricInput } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { ownFieldOf, sameFieldRows, useRecordForm } from '../ui/useRecordForm';
import { useCreateMetric, useUpdateMetric } from '../resources/metrics';

type MetricFormValues = { name: string; unit: string; topic: string; description: string };

const toFormValues = (metric?: Metric): MetricFormValues => ({
  name: metric?.name ?? '',
  unit: metric?.unit ?? '',
  topic: metric?.topic ?? '',
  description: metric?.description ?? '',
});

/** New or edit: what a metric counts, in which unit, under which topic. */
export function MetricForm({
  metric,
  onSaved,
  onCancel,
}: {
  metric?: Metric;
  onSaved: (metric: Metric) => void;
  onCancel?: () => void;
}) {
  const {
    form: {
      register,
      formState: { errors, isSubmitting },
    },
    onSubmit,
    conflictDialog,
  } = useRecordForm({
    noun: 'metric',
    record: metric,
    recordSchema: Metric,
    resolver: zodResolver(MetricInput),
    toFormValues,
    fieldOf: ownFieldOf(toFormValues()),
    conflictRows: (theirs, yours) => sameFieldRows('metric', toFormValues(theirs), yours),
    create: useCreateMetric(),
    update: useUpdateMetric(),
    onSaved,
  });

  return (
    <>
      <form
        className="record-form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={metric ? 'Edit metric' : 'New metric'}
      >
        <Field label="Name" hint="What is counted, e.g. North Korean soldiers killed" error={errors.name?.message}>
          <input {...register('name')} autoComplete="off" required />
        </Field>
        <Field label="Unit" hint="e.g. soldiers, troops, days" error={errors.unit?.message}>
          <input {...register('unit')} autoComplete="off" required />
        </Field>
        <Field label="Topic" error={errors.topic?.message}>
          <input {...register('topic')} autoComplete="off" />
        </Field>
        <Field label="Description" error={errors.description?.message}>
          <textarea {...register('description')} rows={3} />
        </Field>
        <FormActions
          submitting={isSubmitting}
          label={metric ? 'Save metric' : 'Create metric'}
          rootError={errors.root?.message}
          onCancel={onCancel}
        />
      </form>
      {conflictDialog}
    </>
  );
}
