import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Source } from '../../shared/schemas/index.js';
import { countOf } from '../../shared/wording.js';
import { useMergeSource, useSources } from '../resources/sources';
import { Dialog } from '../ui/Dialog';
import { EntityPicker } from '../ui/EntityPicker';

/**
 * Merges this source into one the analyst picks, after saying what will happen: how many claims
 * move, which names the other takes on, and that the merge can be undone from the history.
 */
export function MergeSourceDialog({
  source,
  into: proposed,
  open,
  onClose,
  onMerged,
}: {
  source: Source;
  /** The source proposed to merge into, which the analyst may change. */
  into?: Source;
  open: boolean;
  onClose: () => void;
  /** After the merge; without it, the page of the source merged into opens. */
  onMerged?: () => void;
}) {
  const sources = useSources();
  const merge = useMergeSource();
  const navigate = useNavigate();
  const pickerId = useId();
  const [intoId, setIntoId] = useState(proposed ? String(proposed.id) : '');
  const others = (sources.data ?? []).filter((s) => s.id !== source.id);
  const into = others.find((s) => String(s.id) === intoId);
  const claimCount = sources.data?.find((s) => s.id === source.id)?.claimCount;
  const names = [source.name, ...source.aliases].map((name) => `“${name}”`).join(', ');

  const confirm = () => {
    if (!into) return;
    merge.mutate(
      { id: source.id, merge: { into: into.id, version: source.version, intoVersion: into.version } },
      { onSuccess: () => (onMerged ? onMerged() : void navigate(`/sources/${into.id}`)) },
    );
  };

  return (
    <Dialog open={open} title={`Merge “${source.name}” into another source`} onClose={onClose}>
      <div className="field">
        <label htmlFor={pickerId}>Merge into</label>
        <EntityPicker
          id={pickerId}
          options={others.map((s) => ({ id: s.id, label: s.name, aliases: s.aliases }))}
          value={intoId}
          onChange={setIntoId}
        />
      </div>
      {sources.isPending && <p>Loading sources…</p>}
      {sources.isError && <p role="alert">The sources could not be loaded: {sources.error.message}</p>}
      {into && claimCount !== undefined && (
        <p aria-live="polite">
          {claimCount === 0
            ? 'It has no claims to move.'
            : `${countOf(claimCount, 'claim moves', 'claims move')} to “${into.name}”, each move kept in its history.`}{' '}
          This source is deleted, and {names}{' '}
          {source.aliases.length === 0 ? 'becomes another name' : 'become other names'} of “{into.name}”. You can undo
          the merge from this source’s history.
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
