import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { useRecordWrites, type RecordKind } from '../app/records';
import { showServerErrors } from './serverErrors';

/**
 * A source or metric form: validated with the schema the server uses, saved as a create or as a
 * patch carrying the version it was opened with, server errors placed next to their fields.
 */
export function useRecordForm<
  K extends 'sources' | 'metrics',
  V extends FieldValues,
  R extends { id: number; version: number },
>({
  kind,
  record,
  schema,
  defaultValues,
  onSaved,
}: {
  kind: K;
  record: R | undefined;
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  onSaved: (record: R) => void;
}) {
  const { save } = useRecordWrites(kind as RecordKind);
  const form = useForm<V>({ defaultValues, resolver: zodResolver(schema as never) as never });
  const fieldNames = Object.keys(defaultValues);
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({
        id: record?.id,
        body: record ? { ...values, version: record.version } : values,
      });
      onSaved(saved as unknown as R);
    } catch (error) {
      showServerErrors(error, form.setError, (path) => (fieldNames.includes(path) ? (path as Path<V>) : 'root'));
    }
  });
  return { form, onSubmit };
}
