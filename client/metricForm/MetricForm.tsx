import { useController } from 'react-hook-form';
import { defaultTolerance, toleranceInWords } from '../../shared/analysis/tolerance.js';
import { fieldLabel } from '../../shared/fields/index.js';
import { Metric } from '../../shared/schemas/index.js';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { useRecordForm } from '../ui/useRecordForm';
import { useCreateMetric, useMetrics, useUpdateMetric } from '../resources/metrics';
import { metricConflictRows, metricFormFieldOf, metricResolver, metricToFormValues } from './metricFormValues';

/** The metrics that could be this one's whole: not itself, nor any that is part of it, however deep. */
function possibleWholes(metrics: readonly Metric[], self: number | undefined): Metric[] {
  if (self === undefined) return [...metrics];
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const leadsToSelf = (m: Metric) => {
    const seen = new Set<number>();
    for (let at: Metric | undefined = m; at && !seen.has(at.id); at = byId.get(at.partOfMetricId ?? 0)) {
      if (at.id === self) return true;
      seen.add(at.id);
    }
    return false;
  };
  return metrics.filter((m) => !leadsToSelf(m));
}

/** New or edit: what a metric counts, in which unit, under which topic, and what it is part of. */
export function MetricForm({
  metric,
  onSaved,
  onCancel,
}: {
  metric?: Metric;
  onSaved: (metric: Metric) => void;
  onCancel?: () => void;
}) {
  const metrics = useMetrics();
  const nameOf = (id: number) => metrics.data?.find((m) => m.id === id)?.name ?? `Metric #${id}`;
  const {
    form: {
      register,
      control,
      formState: { errors, isSubmitting },
    },
    onSubmit,
    conflictDialog,
  } = useRecordForm({
    noun: 'metric',
    record: metric,
    recordSchema: Metric,
    resolver: metricResolver,
    toFormValues: metricToFormValues,
    fieldOf: metricFormFieldOf,
    conflictRows: (theirs, yours) => metricConflictRows(theirs, yours, nameOf),
    create: useCreateMetric(),
    update: useUpdateMetric(),
    onSaved,
  });
  // Controlled, and offered even before the list arrives or when the whole is not in it, so that
  // an edit opened early never shows "none" for a metric that is part of another.
  const { field: partOf } = useController({ control, name: 'partOfMetricId' });
  const wholes = possibleWholes(metrics.data ?? [], metric?.id);
  const wholeUnlisted = partOf.value !== '' && !wholes.some((m) => String(m.id) === partOf.value);

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
        <Field
          label={fieldLabel('metric', 'aliases')}
          hint="Other names it is reported under, one a line; imports find it by any of them"
          error={errors.aliases?.message}
        >
          <textarea {...register('aliases')} rows={2} />
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
        <Field
          label="Tolerance (%)"
          hint={`How far “about X” reaches either side of X, in percent; blank for the default ${toleranceInWords(defaultTolerance)}`}
          error={errors.tolerance?.message}
        >
          <input {...register('tolerance')} inputMode="decimal" autoComplete="off" />
        </Field>
        <Field
          label="Part of"
          hint="The metric this one counts part of, e.g. killed of casualties: its figures are checked against that one’s"
          error={errors.partOfMetricId?.message}
        >
          <select {...partOf}>
            <option value="">— none —</option>
            {wholeUnlisted && (
              <option value={partOf.value}>
                {nameOf(Number(partOf.value))}
                {metrics.isPending ? ' (loading…)' : ''}
              </option>
            )}
            {wholes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <FormActions
          submitting={isSubmitting}
          label={metric ? 'Save metric' : 'Create metric'}
          rootError={errors.root?.message ?? errors.root?.schema?.message}
          onCancel={onCancel}
        />
      </form>
      {conflictDialog}
    </>
  );
}
