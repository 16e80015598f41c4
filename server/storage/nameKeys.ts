import type { Db } from './database.js';
import { nameKey } from './rows.js';

type Named = 'source' | 'metric';

/** Rows per insert: three values each, well under either database's limit on bound values. */
const rowsPerInsert = 5_000;

/** Records new to name_keys, each with every name it goes by. */
export async function insertNameKeys(
  db: Db,
  entity: Named,
  records: readonly { id: number; names: readonly string[] }[],
): Promise<void> {
  const rows = records.flatMap(({ id, names }) =>
    [...new Set(names.map(nameKey))].map((key) => ({ entity_type: entity, name_key: key, record_id: id })),
  );
  for (let i = 0; i < rows.length; i += rowsPerInsert)
    await db
      .insertInto('name_keys')
      .values(rows.slice(i, i + rowsPerInsert))
      .execute();
}

/** Gives a record these names, its own and its aliases, in place of those it had. */
export async function writeNameKeys(db: Db, entity: Named, id: number, names: readonly string[]): Promise<void> {
  await db.deleteFrom('name_keys').where('entity_type', '=', entity).where('record_id', '=', id).execute();
  await insertNameKeys(db, entity, [{ id, names }]);
}

/** Of these names, the first that another record goes by, and that record's id. */
export async function nameHeldElsewhere(
  db: Db,
  entity: Named,
  names: readonly string[],
  exceptId?: number,
): Promise<{ index: number; holderId: number } | undefined> {
  const keys = names.map(nameKey);
  let query = db
    .selectFrom('name_keys')
    .select(['name_key', 'record_id'])
    .where('entity_type', '=', entity)
    .where('name_key', 'in', keys);
  if (exceptId !== undefined) query = query.where('record_id', '!=', exceptId);
  const held = new Map((await query.execute()).map((row) => [row.name_key, row.record_id]));
  const index = keys.findIndex((key) => held.has(key));
  return index === -1 ? undefined : { index, holderId: held.get(keys[index]!)! };
}
