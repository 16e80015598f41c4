import type { Db } from './database.js';

type Named = 'source' | 'metric';

export interface Merge {
  id: number;
  mergedId: number;
  intoId: number;
  mergedVersion: number;
  movedClaimIds: number[];
  addedAliases: string[];
}

/** The ids of every claim of a source or metric, deleted ones included, in id order. */
export async function claimIdsOf(db: Db, entity: Named, id: number): Promise<number[]> {
  const rows = await db
    .selectFrom('claims')
    .select('id')
    .where(entity === 'source' ? 'source_id' : 'metric_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function insertMerge(db: Db, entity: Named, merge: Omit<Merge, 'id'>, at: string): Promise<void> {
  await db
    .insertInto('merges')
    .values({
      entity_type: entity,
      merged_id: merge.mergedId,
      into_id: merge.intoId,
      merged_version: merge.mergedVersion,
      moved_claim_ids: JSON.stringify(merge.movedClaimIds),
      added_aliases: JSON.stringify(merge.addedAliases),
      created_at: at,
      undone_at: null,
    })
    .execute();
}

/** The latest merge of this record into another that has not been undone. */
export async function openMergeOf(db: Db, entity: Named, mergedId: number): Promise<Merge | undefined> {
  const row = await db
    .selectFrom('merges')
    .selectAll()
    .where('entity_type', '=', entity)
    .where('merged_id', '=', mergedId)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      mergedId: row.merged_id,
      intoId: row.into_id,
      mergedVersion: row.merged_version,
      movedClaimIds: JSON.parse(row.moved_claim_ids) as number[],
      addedAliases: JSON.parse(row.added_aliases) as string[],
    }
  );
}

/** The records merged into others and not taken back: their names are the others' now. */
export async function mergedIds(db: Db, entity: Named): Promise<Set<number>> {
  const rows = await db
    .selectFrom('merges')
    .select('merged_id')
    .where('entity_type', '=', entity)
    .where('undone_at', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.merged_id));
}

export async function markMergeUndone(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('merges').set({ undone_at: at }).where('id', '=', id).execute();
}

/**
 * Hands a merged record's names over: its name's own unique key is set aside (no name holds a
 * control character), and its rows in name_keys go, for the record merged into to take them.
 */
export async function releaseNames(db: Db, entity: Named, id: number): Promise<void> {
  await db
    .updateTable(entity === 'source' ? 'sources' : 'metrics')
    .set({ name_key: `\u0001merged ${id}` })
    .where('id', '=', id)
    .execute();
  await db.deleteFrom('name_keys').where('entity_type', '=', entity).where('record_id', '=', id).execute();
}
