import { CompiledQuery, sql } from 'kysely';
import type SQLite from 'better-sqlite3';
import { serverCacheSize, sqliteHandle, type Db } from './database.js';
import { databaseKind, jsonSql } from './dialect.js';
import type { EntityType } from '../../shared/schemas/index.js';
import { idsPerStatement, recordMapping, type RecordOf } from './records.js';
import type { Fields } from './rows.js';

/**
 * Writes for imports. On PostgreSQL, multi-row statements instead of one round trip per record; on
 * SQLite, which has no round trips, one prepared statement run row by row, which inserts twice as
 * fast. Their SQL is written out here rather than built with Kysely, whose query tree (a node per
 * value) made 100,000 claims take a quarter longer to insert.
 */

/**
 * Runs `work`, an import's writes in the transaction `tx`, with a page cache of 64 MB on SQLite:
 * with the server's usual 16 MB a 100,000-row import (claims, their indexes and revisions) keeps
 * evicting pages it is about to touch again, and runs a fifth slower. Given back afterwards, so
 * that the memory is the import's only while it runs. PostgreSQL manages its own cache.
 */
export async function withImportCache<R>(tx: Db, work: () => Promise<R>): Promise<R> {
  const sqlite = sqliteHandle(tx);
  if (!sqlite) return work();
  sqlite.pragma('cache_size = -65536');
  try {
    return await work();
  } finally {
    sqlite.pragma(`cache_size = ${serverCacheSize}`);
  }
}

/**
 * SQLite binds at most 32,766 values per statement (PostgreSQL 65,535): a multi-row statement's
 * batch stays below both. On SQLite, where rows go in one by one, the batch only bounds how many
 * rows are built at once.
 */
const maxBoundValues = 32_766;

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const batches = <T>(items: readonly T[], valuesPerItem: number) =>
  slices(items, Math.max(1, Math.floor(maxBoundValues / valuesPerItem)));

/** `($1, $2), ($3, $4)`: PostgreSQL's numbered placeholders for a multi-row VALUES. */
function placeholders(rows: number, columns: number): string {
  let next = 1;
  return Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => `$${next++}`).join(', ')})`).join(
    ', ',
  );
}

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');

type Table = 'sources' | 'metrics' | 'claims' | 'revisions';

/** Inserts rows given as objects with the same keys; returns their ids in order. */
async function insertRows(tx: Db, table: Table, rows: readonly Record<string, unknown>[]): Promise<number[]> {
  const columns = Object.keys(rows[0] ?? {});
  if (databaseKind(tx) === 'postgres') return insertMultiRow(tx, table, columns, rows);
  const sqlite = sqliteHandle(tx);
  if (!sqlite) throw new Error('This SQLite database was not opened by openStorage');
  return insertRowByRow(sqlite, table, columns, rows);
}

function insertRowByRow(
  sqlite: SQLite.Database,
  table: Table,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): number[] {
  const statement = sqlite.prepare(
    `insert into "${table}" (${columnList(columns)}) values (${columns.map(() => '?').join(', ')})`,
  );
  return rows.map((row) => Number(statement.run(columns.map((column) => row[column])).lastInsertRowid));
}

async function insertMultiRow(
  tx: Db,
  table: Table,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<number[]> {
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column]);
  const { rows: returned } = await tx.executeQuery<{ id: number }>(
    CompiledQuery.raw(
      `insert into "${table}" (${columnList(columns)}) values ${placeholders(rows.length, columns.length)} returning id`,
      values,
    ),
  );
  // PostgreSQL numbers the rows in VALUES order, but does not promise RETURNING's order.
  return returned.map((r) => r.id).sort((a, b) => a - b);
}

export interface NewRecord<T> {
  fields: Fields<T>;
  /** Stored deleted, at `deletedOnImportVersion`: as if created, then deleted, which its revisions say. */
  deleted: boolean;
}

/** The version of a record an import stores deleted: its create, then its delete. */
export const deletedOnImportVersion = 2;

/**
 * Inserts the records, all stamped `now`, and returns their ids in the order given. A record stored
 * deleted is at version 2, as if created then deleted, which its revisions will say.
 */
export async function insertRecords<E extends EntityType>(
  tx: Db,
  entity: E,
  records: readonly NewRecord<RecordOf<E>>[],
  now: string,
): Promise<number[]> {
  const mapping = recordMapping(entity);
  // Fields are added with Object.assign, not after a spread: V8 builds `{...row, more}` some fifty
  // times slower, which 100,000 rows feel (see rows.ts).
  const rowOf = ({ fields, deleted }: NewRecord<RecordOf<E>>) =>
    Object.assign(mapping.toRow(fields), {
      version: deleted ? deletedOnImportVersion : 1,
      created_at: now,
      updated_at: now,
      deleted_at: deleted ? now : null,
    });
  const columns = 4 + Object.keys(records[0] ? mapping.toRow(records[0].fields) : {}).length;
  const ids: number[] = [];
  for (const batch of batches(records, columns)) {
    for (const id of await insertRows(tx, mapping.table, batch.map(rowOf))) ids.push(id);
  }
  return ids;
}

/** Points claims at the claims they repeat, once both exist: `[claimId, repeatsClaimId]` pairs. */
export async function setRepeatedClaims(tx: Db, pairs: readonly (readonly [number, number])[]): Promise<void> {
  for (const batch of batches(pairs, 3)) {
    const cases = sql.join(
      batch.map(([id, repeats]) => sql`when ${id} then ${repeats}`),
      sql` `,
    );
    await tx
      .updateTable('claims')
      // PostgreSQL would read the untyped THEN values as text.
      .set({ repeats_claim_id: sql<number>`cast(case id ${cases} end as integer)` })
      .where(
        'id',
        'in',
        batch.map(([id]) => id),
      )
      .execute();
  }
}

/**
 * Links metrics to the metrics they are part of, once both exist: `[metricId, partOfMetricId]`
 * pairs, one statement each, since a file names a handful of metrics for thousands of claims.
 */
export async function setMetricWholes(tx: Db, pairs: readonly (readonly [number, number])[]): Promise<void> {
  for (const [id, whole] of pairs) {
    await tx.updateTable('metrics').set({ part_of_metric_id: whole }).where('id', '=', id).execute();
  }
}

/**
 * Writes the revisions an import gives these records: each one's create, and for one stored
 * deleted its delete too. The database builds their snapshots from the stored rows (see
 * `SnapshotSql`), which takes half the time of building and binding 100,000 of them in JavaScript.
 */
export async function insertImportRevisions(
  tx: Db,
  entity: EntityType,
  records: readonly { id: number; deleted: boolean }[],
  userId: number | null,
): Promise<void> {
  const { table, snapshot } = recordMapping(entity);
  const postgres = databaseKind(tx) === 'postgres';
  const json = jsonSql(databaseKind(tx));
  const snapshotOf = (overrides: Record<string, string>) => {
    const pairs = snapshot(json).map(([key, expression]) => `'${key}', ${overrides[key] ?? expression}`);
    return sql.raw(`${json.object}(${pairs.join(', ')})${postgres ? '::text' : ''}`);
  };
  const revisions = [
    // As created: version 1, not deleted, whatever the record became.
    {
      action: 'create',
      version: sql`1`,
      snapshot: snapshotOf({ version: '1', deletedAt: 'null' }),
      ids: records.map((r) => r.id),
    },
    {
      action: 'delete',
      version: sql`version`,
      snapshot: snapshotOf({}),
      ids: records.filter((r) => r.deleted).map((r) => r.id),
    },
  ];
  for (const { action, version, snapshot: json, ids } of revisions) {
    for (const batch of slices(ids, idsPerStatement)) {
      await sql`
        insert into revisions (entity_type, entity_id, action, version, snapshot, created_at, user_id)
        select cast(${entity} as text), id, cast(${action} as text), ${version}, ${json}, updated_at,
          cast(${userId} as integer)
        from ${sql.table(table)}
        where id in (${sql.join(batch)})
        order by id`.execute(tx);
    }
  }
}
