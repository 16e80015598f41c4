import type { EntityType, Revision } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
import type { RevisionRow } from './tables.js';
import { recordMapping, type RecordOf } from './records.js';

export interface NewRevision {
  entityType: EntityType;
  entityId: number;
  action: Revision['action'];
  version: number;
  snapshot: object;
  createdAt: string;
  userId: number | null;
}

/** Rows per insert: seven values each, well under either database's limit on a statement's values. */
const revisionsPerStatement = 1_000;

export async function insertRevisions(db: Db, revisions: readonly NewRevision[]): Promise<void> {
  for (let i = 0; i < revisions.length; i += revisionsPerStatement) {
    await db
      .insertInto('revisions')
      .values(
        revisions.slice(i, i + revisionsPerStatement).map((r) => ({
          entity_type: r.entityType,
          entity_id: r.entityId,
          action: r.action,
          version: r.version,
          snapshot: JSON.stringify(r.snapshot),
          created_at: r.createdAt,
          user_id: r.userId,
        })),
      )
      .execute();
  }
}

export async function listRevisions(db: Db, entityType: EntityType, entityId: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .selectAll('revisions')
    .select('users.display_name')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('revisions.id')
    .execute();
  return rows.map(revisionRowToRevision);
}

/**
 * What records were before their latest change: every snapshot of each record that has changed
 * since it was created. Today's rows no longer show these states; the history still does.
 */
export async function earlierSnapshots<E extends EntityType>(db: Db, entity: E): Promise<RecordOf<E>[]> {
  const changed = db.selectFrom(recordMapping(entity).table).select('id').where('version', '>', 1);
  const rows = await db
    .selectFrom('revisions')
    .select('snapshot')
    .where('entity_type', '=', entity)
    .where('entity_id', 'in', changed)
    .orderBy('id')
    .execute();
  return rows.map((row) => JSON.parse(row.snapshot) as RecordOf<E>);
}

function revisionRowToRevision(row: RevisionRow & { display_name: string | null }): Revision {
  return {
    id: row.id,
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    action: row.action as Revision['action'],
    version: row.version,
    snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
    createdAt: row.created_at,
    user: row.user_id !== null ? { id: row.user_id, displayName: row.display_name ?? `User #${row.user_id}` } : null,
  };
}

/** The latest changes across the dataset, newest first, optionally by one user. */
export async function listActivity(db: Db, opts: { userId?: number | undefined; limit: number }): Promise<Revision[]> {
  let query = db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .selectAll('revisions')
    .select('users.display_name')
    .orderBy('revisions.id', 'desc')
    .limit(opts.limit);
  if (opts.userId !== undefined) query = query.where('revisions.user_id', '=', opts.userId);
  return (await query.execute()).map(revisionRowToRevision);
}
