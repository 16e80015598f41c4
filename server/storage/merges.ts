import type { Claim } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
import { databaseKind } from './dialect.js';
import { idsPerStatement, recordMapping } from './records.js';

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

export interface MovedClaim {
  record: Claim;
  previous: Claim;
}

/**
 * Points those of these claims still on source (or metric) `from` at `to`, each at its next
 * version, in one statement per few thousand claims rather than three per claim: a source of
 * 5,000 claims held the server for a second. Returns each as it was and as it is now.
 */
export async function moveClaimRows(
  tx: Db,
  entity: Named,
  ids: readonly number[],
  from: number,
  to: number,
  at: string,
): Promise<MovedClaim[]> {
  const column = entity === 'source' ? 'source_id' : 'metric_id';
  const { toDomain } = recordMapping('claim');
  const moved: MovedClaim[] = [];
  for (let i = 0; i < ids.length; i += idsPerStatement) {
    const batch = ids.slice(i, i + idsPerStatement);
    let query = tx.selectFrom('claims').selectAll().where('id', 'in', batch).where(column, '=', from);
    if (databaseKind(tx) === 'postgres') query = query.forUpdate();
    const before = new Map((await query.execute()).map((row) => [row.id, toDomain(row as never)]));
    if (before.size === 0) continue;
    const rows = await tx
      .updateTable('claims')
      .set((eb) => ({ [column]: to, version: eb('version', '+', 1), updated_at: at }))
      .where('id', 'in', [...before.keys()])
      .returningAll()
      .execute();
    rows.sort((a, b) => a.id - b.id);
    for (const row of rows) moved.push({ record: toDomain(row as never), previous: before.get(row.id)! });
  }
  return moved;
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
