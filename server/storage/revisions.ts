import type { Revision } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
import type { EntityType } from './records.js';

export async function insertRevision(
  db: Db,
  r: {
    entityType: EntityType;
    entityId: number;
    action: Revision['action'];
    version: number;
    snapshot: object;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('revisions')
    .values({
      entity_type: r.entityType,
      entity_id: r.entityId,
      action: r.action,
      version: r.version,
      snapshot: JSON.stringify(r.snapshot),
      created_at: r.createdAt,
    })
    .execute();
}

export async function listRevisions(db: Db, entityType: EntityType, entityId: number): Promise<Revision[]> {
  const rows = await db
    .selectFrom('revisions')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    action: row.action as Revision['action'],
    version: row.version,
    snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
    createdAt: row.created_at,
  }));
}
