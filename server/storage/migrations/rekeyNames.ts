import type { Kysely } from 'kysely';

/**
 * Rebuilds the unique name keys of sources and metrics with `keyOf`, for migrations that change
 * how names are keyed. Two records whose names only now collide both stay: the one whose key would
 * change keeps the key it had, and its next edit is refused at the name, which then needs telling
 * apart. (Not a migration: the list in database.ts names those.)
 */
export async function rekeyNames(db: Kysely<unknown>, keyOf: (name: string) => string): Promise<void> {
  for (const table of tables) await rekey(db as Kysely<NamedTables>, table, keyOf);
}

/** Not a key any `keyOf` gives: names hold no control characters. */
const aside = (id: number) => `\u0001${id}`;

const tables = ['sources', 'metrics'] as const;

interface NamedTables {
  sources: { id: number; name: string; name_key: string };
  metrics: { id: number; name: string; name_key: string };
}

async function rekey(db: Kysely<NamedTables>, table: keyof NamedTables, keyOf: (name: string) => string) {
  const rows = await db.selectFrom(table).select(['id', 'name', 'name_key']).orderBy('id').execute();
  const taken = new Set(rows.filter((r) => keyOf(r.name) === r.name_key).map((r) => r.name_key));
  const changes: { id: number; key: string }[] = [];
  for (const row of rows) {
    const key = keyOf(row.name);
    if (key === row.name_key) continue;
    const free = !taken.has(key) ? key : !taken.has(row.name_key) ? row.name_key : `${key}${aside(row.id)}`;
    taken.add(free);
    if (free !== row.name_key) changes.push({ id: row.id, key: free });
  }
  // Set aside first, so that no key is ever held by two rows between one update and the next.
  for (const { id } of changes)
    await db
      .updateTable(table)
      .set({ name_key: aside(id) })
      .where('id', '=', id)
      .execute();
  for (const { id, key } of changes) await db.updateTable(table).set({ name_key: key }).where('id', '=', id).execute();
}
