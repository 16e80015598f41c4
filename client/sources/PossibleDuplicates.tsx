import { useState } from 'react';
import { Link } from 'react-router';
import type { PossibleDuplicate } from '../../shared/schemas/index.js';
import { countOf } from '../../shared/wording.js';
import { useDismissDuplicate, useDuplicates } from '../resources/sources';
import { QueryState } from '../ui/QueryState';
import { MergeDialog } from '../ui/MergeDialog';

/** Why two names look like one source, as the list words it. */
const reasonLabels: Record<PossibleDuplicate['reason'], string> = {
  spelling: 'spelled alike but for case and punctuation',
  acronym: 'one is the other with its acronym',
  speaker: 'names a speaker of the other',
  citing: 'cites the other',
};

const claims = (n: number) => countOf(n, 'claim', 'claims');

/**
 * Sources that may be one under two names, for an editor to merge (after a confirmation that says
 * how many claims move) or to dismiss as two, one pair at a time.
 */
export function PossibleDuplicates() {
  const duplicates = useDuplicates();
  const dismiss = useDismissDuplicate();
  const [merging, setMerging] = useState<PossibleDuplicate | null>(null);

  return (
    <section className="possible-duplicates" aria-labelledby="possible-duplicates">
      <h2 id="possible-duplicates">Possible duplicates</h2>
      <QueryState
        query={duplicates}
        label="possible duplicates"
        isEmpty={(items) => items.length === 0}
        empty={<p>No two sources look like one under two names.</p>}
      >
        {(items) => (
          <ul className="duplicate-list">
            {items.map((pair) => (
              <li key={`${pair.source.id} ${pair.into.id}`}>
                <p>
                  <Link to={`/sources/${pair.source.id}`}>{pair.source.name}</Link> ({claims(pair.source.claimCount)})
                  may be <Link to={`/sources/${pair.into.id}`}>{pair.into.name}</Link> ({claims(pair.into.claimCount)}
                  ): {reasonLabels[pair.reason]}.
                </p>
                <div className="form-actions">
                  <button type="button" onClick={() => setMerging(pair)}>
                    Merge into “{pair.into.name}”…
                  </button>
                  <button
                    type="button"
                    disabled={dismiss.isPending}
                    onClick={() => dismiss.mutate({ sourceId: pair.source.id, intoId: pair.into.id })}
                  >
                    Not the same
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {dismiss.isError && <p role="alert">The pair could not be dismissed: {dismiss.error.message}</p>}
      {merging && (
        <MergeDialog
          kind="sources"
          key={`${merging.source.id} ${merging.into.id}`}
          record={merging.source}
          into={merging.into}
          open
          onClose={() => setMerging(null)}
          onMerged={() => setMerging(null)}
        />
      )}
    </section>
  );
}
