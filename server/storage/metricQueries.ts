import type { Db } from './database.js';

/** The live metrics that count part of metric `id`, by id. */
export async function partsOf(db: Db, id: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('metrics')
    .select(['id', 'name'])
    .where('part_of_metric_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** The metrics, deleted ones included, that count part of any of these, by id. */
export async function partsOfAny(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('metrics')
    .select('id')
    .where('part_of_metric_id', 'in', ids)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
