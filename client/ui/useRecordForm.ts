import { createElement, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldLabel } from '../../shared/fields/index.js';
import type { EntityType } from '../../shared/schemas/index.js';
import { yesOrNo } from '../../shared/wording.js';
import { staleWriteCurrent } from '../resources/http';
import { ConflictDialog, type ConflictRow } from './ConflictDialog';
import { showServerErrors } from './serverErrors';

type Versioned = { id: number; version: number };

/**
 * A record's form: validated with the schema the server uses (through `resolver`, which also turns
 * what was typed into the API's input), saved as a create or as a patch carrying the version it was
 * opened with, server errors placed next to their fields. When someone else saved first,
 * `conflictDialog` shows both versions and lets the analyst choose.
 */
export function useRecordForm<TValues extends FieldValues, TInput, R extends Versioned>({
  noun,
  record,
  recordSchema,
  resolver,
  toFormValues,
  fieldOf,
  conflictRows,
  create,
  update,
  onSaved,
}: {
  /** What is edited: "claim", "source", "metric". */
  noun: string;
  /** The record to edit; a new one is created without it. */
  record: R | undefined;
  /** Reads the record as it now stands from a write refused as stale. */
  recordSchema: z.ZodType<R>;
  resolver: Resolver<TValues, unknown, TInput>;
  /** The form's values for a record, or for a new one. */
  toFormValues: (record: R | undefined) => DefaultValues<TValues>;
  /** The field a server error's path names, or 'root' for one no field shows. */
  fieldOf: (path: string) => Path<TValues> | 'root';
  conflictRows: (theirs: R, yours: TInput) => ConflictRow[];
  create: { mutateAsync: (input: TInput) => Promise<R> };
  update: { mutateAsync: (variables: { id: number; patch: TInput & { version: number } }) => Promise<R> };
  onSaved: (record: R) => void;
}) {
  const form = useForm<TValues, unknown, TInput>({ defaultValues: toFormValues(record), resolver });
  const [seen, setSeen] = useState<Versioned | undefined>(record);
  const [conflict, setConflict] = useState<{ current: R; mine: TInput } | null>(null);

  /** Shows a version of the record, which a save or delete then acts on. */
  function load(current: R) {
    form.reset(toFormValues(current));
    setSeen(current);
  }

  async function send(input: TInput, base: Versioned | undefined) {
    try {
      onSaved(
        base
          ? await update.mutateAsync({ id: base.id, patch: { ...input, version: base.version } })
          : await create.mutateAsync(input),
      );
    } catch (error) {
      const current = staleWriteCurrent(error);
      if (current !== undefined && base) setConflict({ current: recordSchema.parse(current), mine: input });
      else showServerErrors(error, form.setError, fieldOf);
    }
  }

  const conflictDialog = createElement(ConflictDialog, {
    noun,
    rows: conflict && conflictRows(conflict.current, conflict.mine),
    onClose: () => setConflict(null),
    onLoadTheirs: () => {
      if (!conflict) return;
      load(conflict.current);
      setConflict(null);
    },
    onOverwrite: () => {
      if (!conflict) return;
      setConflict(null);
      void send(conflict.mine, conflict.current);
    },
  });

  /** `seen` is the version the form shows: the one it opened with, or one loaded since. */
  return { form, onSubmit: form.handleSubmit((input) => send(input, seen)), conflictDialog, seen, load };
}

const text = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'boolean' ? yesOrNo(value) : String(value).trim();

/** Both versions of a record whose form fields are its own, each under its field's label. */
export const sameFieldRows = (
  entity: EntityType,
  theirs: Record<string, unknown>,
  yours: Record<string, unknown>,
): ConflictRow[] =>
  Object.keys(theirs).map((name) => ({
    label: fieldLabel(entity, name),
    theirs: text(theirs[name]),
    yours: text(yours[name]),
  }));

/** For a form whose fields are named as the API names them. */
export const ownFieldOf =
  <TValues extends FieldValues>(values: TValues) =>
  (path: string): Path<TValues> | 'root' =>
    isFieldOf(values, path) ? path : 'root';

const isFieldOf = <TValues extends FieldValues>(values: TValues, path: string): path is Path<TValues> =>
  Object.hasOwn(values, path);
