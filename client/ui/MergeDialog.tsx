import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Metric, Source } from '../../shared/schemas/index.js';
import { countOf } from '../../shared/wording.js';
import { useQuery } from '@tanstack/react-query';
import { metricsQueryOptions } from '../resources/metrics';
import { useMerge } from '../resources/records';
import { sourcesQueryOptions } from '../resources/sources';
import { Dialog } from './Dialog';
import { EntityPicker } from './EntityPicker';

type Mergeable =
  | { kind: 'sources'; record: Source; into?: Source | undefined }
  | { kind: 'metrics'; record: Metric; into?: Metric | undefined };

const noun = { sources: 'source', metrics: 'metric' } as const;

/** The records of the kind to merge into, and how many claims each has where the list says. */
function useCandidates(kind: Mergeable['kind']) {
  const sources = useQuery({ ...sourcesQueryOptions(), enabled: kind === 'sources' });
  const metrics = useQuery({ ...metricsQueryOptions(), enabled: kind === 'metrics' });
  const list = kind === 'sources' ? sources : metrics;
  const records: (Source | Metric)[] = list.data ?? [];
  // The metrics' list counts no claims; a source's id is no metric's.
  const claimCount = (id: number) =>
    kind === 'sources' ? sources.data?.find((s) => s.id === id)?.claimCount : undefined;
  return { list, records, claimCount };
}

/**
 * Merges this source (or metric) into one the analyst picks, after saying what will happen: its
 * claims move, which names the other takes on, and that the merge can be undone from the history.
 * Metrics counted in different units are named as such, since the claims moved are then read in
 * the other's unit.
 */
export function MergeDialog({
  open,
  onClose,
  onMerged,
  ...mergeable
}: Mergeable & {
  open: boolean;
  onClose: () => void;
  /** After the merge; without it, the page of the record merged into opens. */
  onMerged?: () => void;
}) {
  const { kind, record } = mergeable;
  const { list, records, claimCount } = useCandidates(kind);
  const merge = useMerge(kind);
  const navigate = useNavigate();
  const pickerId = useId();
  const [intoId, setIntoId] = useState(mergeable.into ? String(mergeable.into.id) : '');
  const others = records.filter((r) => r.id !== record.id);
  const into = others.find((r) => String(r.id) === intoId);
  const claims = claimCount(record.id);
  const names = [record.name, ...record.aliases].map((name) => `“${name}”`).join(', ');
  const unitOf = (r: Source | Metric) => ('unit' in r ? r.unit : null);
  const units = into && unitOf(record) !== unitOf(into) ? [unitOf(record), unitOf(into)] : null;

  const confirm = () => {
    if (!into) return;
    merge.mutate(
      { id: record.id, merge: { into: into.id, version: record.version, intoVersion: into.version } },
      { onSuccess: () => (onMerged ? onMerged() : void navigate(`/${kind}/${into.id}`)) },
    );
  };

  return (
    <Dialog open={open} title={`Merge “${record.name}” into another ${noun[kind]}`} onClose={onClose}>
      <div className="field">
        <label htmlFor={pickerId}>Merge into</label>
        <EntityPicker
          id={pickerId}
          options={others.map((r) => ({ id: r.id, label: r.name, aliases: r.aliases }))}
          value={intoId}
          onChange={setIntoId}
        />
      </div>
      {list.isPending && <p>Loading {kind}…</p>}
      {list.isError && (
        <p role="alert">
          The {kind} could not be loaded: {list.error.message}
        </p>
      )}
      {into && (
        <p aria-live="polite">
          {claims === 0
            ? 'It has no claims to move.'
            : claims === undefined
              ? `Its claims move to “${into.name}”, each move kept in its history.`
              : `${countOf(claims, 'claim moves', 'claims move')} to “${into.name}”, each move kept in its history.`}{' '}
          This {noun[kind]} is deleted, and {names}{' '}
          {record.aliases.length === 0 ? 'becomes another name' : 'become other names'} of “{into.name}”. You can undo
          the merge from this {noun[kind]}’s history.
        </p>
      )}
      {units && (
        <p>
          <strong>The units differ.</strong> “{record.name}” is counted in {units[0]} and “{into?.name}” in {units[1]}:
          its figures will be read in {units[1]}.
        </p>
      )}
      {merge.isError && <p role="alert">The merge failed: {merge.error.message}. Nothing was changed.</p>}
      <div className="form-actions">
        <button type="button" className="primary" disabled={!into || merge.isPending} onClick={confirm}>
          {into ? `Merge into “${into.name}”` : 'Merge'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
