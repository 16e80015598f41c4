import { duplicatePairKey } from '../../shared/duplicates.js';
import type { Db } from './database.js';

/** The pairs of sources dismissed as not one, as `duplicatePairKey` writes them. */
export async function dismissedPairs(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('dismissed_duplicates')
    .select(['low_id', 'high_id'])
    .where('entity_type', '=', 'source')
    .execute();
  return new Set(rows.map((row) => duplicatePairKey(row.low_id, row.high_id)));
}

/** Dismissing a pair twice changes nothing. */
export async function dismissPair(db: Db, a: number, b: number, at: string): Promise<void> {
  await db
    .insertInto('dismissed_duplicates')
    .values({ entity_type: 'source', low_id: Math.min(a, b), high_id: Math.max(a, b), created_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
