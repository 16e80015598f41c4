import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { aliasError, aliasesFromLines, aliasLines } from '../../../shared/aliasLines.js';
import { reliabilityGrades, Source, SourceInput, sourceKinds } from '../../../shared/schemas/index.js';
import { fieldLabel } from '../../../shared/fields/index.js';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ownFieldOf, sameFieldRows, useRecordForm } from '../../ui/useRecordForm';
import { useCreateSource, useUpdateSource } from '../../resources/sources';
import { sourceKindLabels } from '../sourceKindLabels';

type SourceFormValues = {
  name: string;
  shortName: string;
  /** One a line. */
  aliases: string;
  kind: Source['kind'];
  country: string;
  group: string;
  reliability: Source['reliability'];
  party: boolean;
  url: string;
  notes: string;
};

const toFormValues = (source?: Source): SourceFormValues => ({
  name: source?.name ?? '',
  shortName: source?.shortName ?? '',
  aliases: aliasLines(source?.aliases ?? []),
  kind: source?.kind ?? 'other',
  country: source?.country ?? '',
  group: source?.group ?? '',
  reliability: source?.reliability ?? 'F',
  party: source?.party ?? false,
  url: source?.url ?? '',
  notes: source?.notes ?? '',
});

const formFieldOf = ownFieldOf(toFormValues());

/** The source schema's verdict on the form, an alias's error naming the alias. */
const sourceResolver: Resolver<SourceFormValues, unknown, z.output<typeof SourceInput>> = async (values) => {
  const aliases = aliasesFromLines(values.aliases);
  const parsed = SourceInput.safeParse({ ...values, aliases });
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: FieldErrors<SourceFormValues> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(String(issue.path[0] ?? ''));
    const message = field === 'aliases' ? aliasError(aliases, issue.path[1], issue.message) : issue.message;
    if (field === 'root') errors.root ??= { schema: { type: 'validate', message } };
    else errors[field] ??= { type: 'validate', message };
  }
  return { values: {}, errors };
};

/**
 * New or edit: a source's name and other names, kind, country, colour group, Admiralty reliability grade, and
 * whether it is a party to the conflict.
 */
export function SourceForm({
  source,
  onSaved,
  onCancel,
}: {
  source?: Source;
  onSaved: (source: Source) => void;
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
    noun: 'source',
    record: source,
    recordSchema: Source,
    resolver: sourceResolver,
    toFormValues,
    // The server names an alias by its place in the list ("aliases.2"); the form has one box for them all.
    fieldOf: (path) => formFieldOf(path.split('.')[0]!),
    conflictRows: (theirs, yours) =>
      sameFieldRows('source', toFormValues(theirs), { ...yours, aliases: aliasLines(yours.aliases ?? []) }),
    create: useCreateSource(),
    update: useUpdateSource(),
    onSaved,
  });

  return (
    <>
      <form
        className="record-form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={source ? 'Edit source' : 'New source'}
      >
        <Field label="Name" error={errors.name?.message}>
          <input {...register('name')} autoComplete="off" required />
        </Field>
        <Field label="Short name" hint="Shown on charts" error={errors.shortName?.message}>
          <input {...register('shortName')} autoComplete="off" />
        </Field>
        <Field
          label={fieldLabel('source', 'aliases')}
          hint="Other names it is cited by, one a line; imports and the claim form find it by any of them"
          error={errors.aliases?.message}
        >
          <textarea {...register('aliases')} rows={3} />
        </Field>
        <Field label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>
            {sourceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {sourceKindLabels[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Country" error={errors.country?.message}>
          <input {...register('country')} autoComplete="off" />
        </Field>
        <Field label="Group" hint="Sources of one group share a colour, e.g. South Korea" error={errors.group?.message}>
          <input {...register('group')} autoComplete="off" />
        </Field>
        <Field label="Reliability (Admiralty grade)" error={errors.reliability?.message}>
          <select {...register('reliability')}>
            {Object.entries(reliabilityGrades).map(([grade, meaning]) => (
              <option key={grade} value={grade}>
                {grade} — {meaning}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={fieldLabel('source', 'party')}
          hint="A government, military or state media of a side in the conflict"
          error={errors.party?.message}
          beside
        >
          <input {...register('party')} type="checkbox" />
        </Field>
        <Field label="Web address" error={errors.url?.message}>
          <input {...register('url')} type="url" inputMode="url" autoComplete="off" />
        </Field>
        <Field label="Notes" error={errors.notes?.message}>
          <textarea {...register('notes')} rows={3} />
        </Field>
        <FormActions
          submitting={isSubmitting}
          label={source ? 'Save source' : 'Create source'}
          rootError={errors.root?.message}
          onCancel={onCancel}
        />
      </form>
      {conflictDialog}
    </>
  );
}
