import type { Revision } from './schemas/revision.js';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping that changes on every write and would only clutter a list of what an analyst changed. */
const bookkeeping = new Set(['version', 'createdAt', 'updatedAt', 'deletedAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What each revision changed compared with the one before it. A create lists every field it set;
 * a delete or restore usually changes no field of the record itself, only its state.
 */
export function revisionChanges(revisions: readonly Revision[]): { revision: Revision; changes: FieldChange[] }[] {
  return revisions.map((revision, i) => {
    const previous = i > 0 ? revisions[i - 1]!.snapshot : {};
    const fields = new Set([...Object.keys(previous), ...Object.keys(revision.snapshot)]);
    const changes: FieldChange[] = [];
    for (const field of fields) {
      if (bookkeeping.has(field) || field === 'id') continue;
      const before = previous[field] ?? null;
      const after = revision.snapshot[field] ?? null;
      if (!same(before, after)) changes.push({ field, before: i === 0 ? null : before, after });
    }
    return { revision, changes };
  });
}
