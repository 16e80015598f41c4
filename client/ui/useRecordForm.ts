import { zodResolver } from '@hookform/resolvers/zod';
import { createElement, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { useRecordWrites, type RecordKind } from '../app/records';
import { staleWriteCurrent } from '../app/http';
import { ConflictDialog } from './ConflictDialog';
import { showServerErrors } from './serverErrors';

/**
 * A source or metric form: validated with the schema the server uses, saved as a create or as a
 * patch carrying the version it was opened with, server errors placed next to their fields. When
 * someone else saved first, `conflictDialog` shows both versions and lets the analyst choose.
 */
export function useRecordForm<
  K extends 'sources' | 'metrics',
  V extends FieldValues,
  R extends { id: number; version: number },
>({
  kind,
  noun,
  record,
  schema,
  toFormValues,
  onSaved,
}: {
  kind: K;
  noun: string;
  record: R | undefined;
  schema: z.ZodType;
  toFormValues: (record?: R) => V;
  onSaved: (record: R) => void;
}) {
  const { save } = useRecordWrites(kind as RecordKind);
  const form = useForm<V>({
    defaultValues: toFormValues(record) as DefaultValues<V>,
    resolver: zodResolver(schema as never) as never,
  });
  const [baseVersion, setBaseVersion] = useState(record?.version);
  const [conflict, setConflict] = useState<{ current: R; mine: V } | null>(null);
  const fieldNames = Object.keys(toFormValues());

  async function send(values: V, version: number | undefined) {
    try {
      const saved = await save.mutateAsync({ id: record?.id, body: record ? { ...values, version } : values });
      onSaved(saved as unknown as R);
    } catch (error) {
      const current = staleWriteCurrent(error);
      if (current && record) setConflict({ current: current as R, mine: values });
      else showServerErrors(error, form.setError, (path) => (fieldNames.includes(path) ? (path as Path<V>) : 'root'));
    }
  }

  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  const conflictDialog = createElement(ConflictDialog, {
    noun,
    rows:
      conflict &&
      fieldNames.map((name) => ({
        label: name,
        theirs: text(toFormValues(conflict.current)[name]),
        yours: text(conflict.mine[name]),
      })),
    onClose: () => setConflict(null),
    onLoadTheirs: () => {
      if (!conflict) return;
      form.reset(toFormValues(conflict.current));
      setBaseVersion(conflict.current.version);
      setConflict(null);
    },
    onOverwrite: () => {
      if (!conflict) return;
      setConflict(null);
      void send(conflict.mine, conflict.current.version);
    },
  });

  return { form, onSubmit: form.handleSubmit((values) => send(values, baseVersion)), conflictDialog };
}
