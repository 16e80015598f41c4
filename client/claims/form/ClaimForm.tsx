import { useState } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { Claim, credibilityGrades } from '../../../shared/schemas/index.js';
import { describeValue } from '../../../shared/wording.js';
import type { SeenRecord } from '../../resources/records';
import { MetricForm } from '../../metricForm/MetricForm';
import { useMetrics } from '../../resources/metrics';
import { SourceForm } from '../../sources/form/SourceForm';
import { useSources } from '../../resources/sources';
import { Dialog } from '../../ui/Dialog';
import { EntityPicker } from '../../ui/EntityPicker';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useRecordForm } from '../../ui/useRecordForm';
import { useClaims, useCreateClaim, useUpdateClaim } from '../../resources/claims';
import { claimToFormValues, emptyClaimForm, formFieldOf } from './claimFormValues';
import { claimResolver } from './claimResolver';
import { CoverageInput } from './CoverageInput';
import { conflictRows } from './conflictRows';
import { StatedOnInputs } from './StatedOnInputs';
import { ValueInputs } from './ValueInputs';

/** New or edit: a claim as the source worded it, with who said it, who relayed it and where. */
export function ClaimForm({
  claim,
  preset,
  onSaved,
  onCancel,
  onDelete,
}: {
  claim?: Claim;
  preset?: { metricId?: number; sourceId?: number };
  onSaved: (claim: Claim) => void;
  onCancel?: () => void;
  /**
   * Deletes the claim at the version this form shows: the one it opened with, or the one taken
   * from a conflict. A newer version, refreshed in the background, is not deleted unseen: the
   * delete resolves to it instead, and the form shows it.
   */
  onDelete?: (claim: SeenRecord) => Promise<Claim | undefined>;
}) {
  const metrics = useMetrics();
  const sources = useSources();
  const metricOptions = (metrics.data ?? []).map((m) => ({ id: m.id, label: m.name, aliases: m.aliases }));
  const sourceOptions = (sources.data ?? []).map((s) => ({ id: s.id, label: s.name, aliases: s.aliases }));
  const nameOf = {
    metric: (id: number) => metricOptions.find((o) => o.id === id)?.label ?? `#${id}`,
    source: (id: number) => sourceOptions.find((o) => o.id === id)?.label ?? `#${id}`,
  };
  const [creating, setCreating] = useState<'metric' | 'source' | null>(null);
  const {
    form: {
      register,
      control,
      setValue,
      formState: { errors, isSubmitting },
    },
    onSubmit,
    conflictDialog,
    seen,
    load,
  } = useRecordForm({
    noun: 'claim',
    record: claim,
    recordSchema: Claim,
    resolver: claimResolver,
    toFormValues: (record) => (record ? claimToFormValues(record) : emptyClaimForm(preset)),
    fieldOf: formFieldOf,
    conflictRows: (theirs, yours) => conflictRows(theirs, yours, nameOf),
    create: useCreateClaim(),
    update: useUpdateClaim(),
    onSaved,
  });
  const [valueKind, datePrecision] = useWatch({ control, name: ['valueKind', 'datePrecision'] });
  // Registered before every other field, so that a failed submit focuses the metric first.
  const {
    field: { ref: metricRef, value: metricId, onChange: onMetricChange },
  } = useController({ control, name: 'metricId' });
  const {
    field: { ref: sourceRef, value: sourceId, onChange: onSourceChange },
  } = useController({ control, name: 'sourceId' });
  const siblings = useClaims({ metricId: metricId ? Number(metricId) : undefined });
  // Controlled, and offered even when not among the metric's claims listed (yet, or at all: still
  // loading, deleted, or of the metric just left): an uncontrolled select opened before its options
  // arrived showed '— none —' for a claim that repeats another, while saving kept the link.
  const { field: repeats } = useController({ control, name: 'repeatsClaimId' });
  const repeatOptions = (siblings.data ?? []).filter((c) => c.id !== claim?.id);
  const repeatsUnlisted = repeats.value !== '' && !repeatOptions.some((c) => String(c.id) === repeats.value);

  async function deleteSeen(remove: NonNullable<typeof onDelete>, shown: SeenRecord) {
    const current = await remove(shown);
    // Refused as stale: what the analyst was about to delete is shown before they try again.
    if (current) load(current);
  }

  return (
    <>
      <form
        className="record-form claim-form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={claim ? 'Edit claim' : 'New claim'}
      >
        <div className="field-row">
          <Field label="Metric" error={errors.metricId?.message}>
            <EntityPicker ref={metricRef} options={metricOptions} value={metricId} onChange={onMetricChange} />
          </Field>
          <button type="button" className="inline-create" onClick={() => setCreating('metric')}>
            New metric…
          </button>
        </div>
        <div className="field-row">
          <Field label="Source (who said it)" error={errors.sourceId?.message}>
            <EntityPicker ref={sourceRef} options={sourceOptions} value={sourceId} onChange={onSourceChange} />
          </Field>
          <button type="button" className="inline-create" onClick={() => setCreating('source')}>
            New source…
          </button>
        </div>
        <ValueInputs kind={valueKind} register={register} errors={errors} />
        <StatedOnInputs
          precision={datePrecision}
          control={control}
          register={register}
          setValue={setValue}
          errors={errors}
        />
        <Field
          label="Scope"
          hint="What the figure covers, e.g. one regiment or the whole contingent"
          error={errors.scope?.message}
        >
          <input {...register('scope')} autoComplete="off" />
        </Field>
        <CoverageInput register={register} errors={errors} />
        <Field label="Via" hint="Who relayed it, e.g. a lawmaker after an NIS briefing" error={errors.via?.message}>
          <input {...register('via')} autoComplete="off" />
        </Field>
        <Field label="Reported by" hint="The outlet" error={errors.reportedBy?.message}>
          <input {...register('reportedBy')} autoComplete="off" />
        </Field>
        <Field label="Citation URL" error={errors.citationUrl?.message}>
          <input {...register('citationUrl')} type="url" inputMode="url" autoComplete="off" />
        </Field>
        <Field label="Verbatim quote" error={errors.quote?.message}>
          <textarea {...register('quote')} rows={3} />
        </Field>
        <Field label="Credibility (Admiralty)" error={errors.credibility?.message}>
          <select {...register('credibility')}>
            {Object.entries(credibilityGrades).map(([grade, meaning]) => (
              <option key={grade} value={grade}>
                {grade} — {meaning}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Repeats an earlier claim"
          hint="When this report only echoes another"
          error={errors.repeatsClaimId?.message}
        >
          <select {...repeats}>
            <option value="">— none —</option>
            {repeatsUnlisted && (
              <option value={repeats.value}>
                Claim #{repeats.value}
                {siblings.isPending ? ' (loading…)' : ''}
              </option>
            )}
            {repeatOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {nameOf.source(c.sourceId)}: {describeValue(c.value)} ({c.statedOn ?? 'undated'})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Notes" error={errors.notes?.message}>
          <textarea {...register('notes')} rows={2} />
        </Field>
        <FormActions
          submitting={isSubmitting}
          label={claim ? 'Save claim' : 'Add claim'}
          rootError={errors.root?.message ?? errors.root?.schema?.message}
          onCancel={onCancel}
        />
      </form>
      {seen && onDelete && (
        <p>
          <button type="button" className="danger" onClick={() => void deleteSeen(onDelete, seen)}>
            Delete this claim
          </button>
        </p>
      )}

      <Dialog open={creating === 'metric'} title="New metric" onClose={() => setCreating(null)}>
        <MetricForm
          onSaved={(metric) => {
            setValue('metricId', String(metric.id), { shouldValidate: true });
            setCreating(null);
          }}
          onCancel={() => setCreating(null)}
        />
      </Dialog>
      <Dialog open={creating === 'source'} title="New source" onClose={() => setCreating(null)}>
        <SourceForm
          onSaved={(source) => {
            setValue('sourceId', String(source.id), { shouldValidate: true });
            setCreating(null);
          }}
          onCancel={() => setCreating(null)}
        />
      </Dialog>
      {conflictDialog}
    </>
  );
}
