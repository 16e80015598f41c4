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

/** The metrics, deleted ones included, that count part of each of these, by the id of their whole. */
export async function partsByWhole(db: Db, ids: readonly number[]): Promise<Map<number, number[]>> {
  const parts = new Map<number, number[]>();
  if (ids.length === 0) return parts;
  const rows = await db
    .selectFrom('metrics')
    .select(['id', 'part_of_metric_id'])
    .where('part_of_metric_id', 'in', ids)
    .orderBy('id')
    .execute();
  for (const { id, part_of_metric_id: whole } of rows) {
    if (whole !== null) parts.set(whole, [...(parts.get(whole) ?? []), id]);
  }
  return parts;
}
