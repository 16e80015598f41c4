import { describe, expect, it } from 'vitest';
import { revisionChanges } from './history.js';
import type { Revision } from './schemas/revision.js';

const revision = (id: number, action: Revision['action'], snapshot: Record<string, unknown>): Revision => ({
  id,
  entityType: 'claim',
  entityId: 1,
  action,
  version: id,
  snapshot: { id: 1, version: id, createdAt: 'c', updatedAt: `u${id}`, deletedAt: null, ...snapshot },
  createdAt: `t${id}`,
  user: null,
});

describe('revisionChanges', () => {
  const history = [
    revision(1, 'create', { value: { kind: 'exact', value: 9 }, scope: 'one unit', notes: null }),
    revision(2, 'update', { value: { kind: 'at_least', value: 9 }, scope: 'one unit', notes: 'checked' }),
    revision(3, 'delete', {
      value: { kind: 'at_least', value: 9 },
      scope: 'one unit',
      notes: 'checked',
      deletedAt: 'x',
    }),
    revision(4, 'restore', { value: { kind: 'at_least', value: 9 }, scope: 'one unit', notes: 'checked' }),
  ];

  it('lists the fields a create set, without bookkeeping or empty ones', () => {
    expect(revisionChanges(history)[0]!.changes.map((c) => c.field)).toEqual(['value', 'scope']);
  });

  it('gives old and new values of an update, comparing nested values by content', () => {
    expect(revisionChanges(history)[1]!.changes).toEqual([
      { field: 'value', before: { kind: 'exact', value: 9 }, after: { kind: 'at_least', value: 9 } },
      { field: 'notes', before: null, after: 'checked' },
    ]);
  });

  it('shows no field changes for delete and restore', () => {
    const [, , deleted, restored] = revisionChanges(history);
    expect([deleted!.changes, restored!.changes]).toEqual([[], []]);
    expect([deleted!.revision.action, restored!.revision.action]).toEqual(['delete', 'restore']);
  });
});
