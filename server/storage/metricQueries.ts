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
