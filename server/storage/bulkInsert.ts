import { CompiledQuery, sql } from 'kysely';
import type SQLite from 'better-sqlite3';
import { serverCacheSize, sqliteHandle, type Db } from './database.js';
import { databaseKind, sqliteJson } from './dialect.js';
import type { EntityType, Metric, Source } from '../../shared/schemas/index.js';
import { idsPerStatement, recordMapping, type RecordOf } from './records.js';
import { insertNameKeys } from './nameKeys.js';
import { namesOf, type Fields } from './rows.js';

/**
 * Writes for imports. On PostgreSQL, one statement per batch, its rows sent as one parameter,
 * instead of one round trip per record or a placeholder per value (which ran at a fifth of the
 * speed of a COPY); on SQLite, which has no round trips, one prepared statement run row by row,
 * which inserts twice as fast as multi-row statements. Their SQL is written out here rather than
 * built with Kysely, whose query tree (a node per value) made 100,000 claims take a quarter longer
 * to insert.
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

/** SQLite binds at most 32,766 values per statement (PostgreSQL 65,535): a batch of pairs stays below both. */
const maxBoundValues = 32_766;

/**
 * Records built, and on PostgreSQL sent, at once: a chunk of an import's plan goes in one
 * statement, and nothing holds a whole file's rows at a time.
 */
const recordsPerStatement = 5_000;

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

const batches = <T>(items: readonly T[], valuesPerItem: number) =>
  slices(items, Math.max(1, Math.floor(maxBoundValues / valuesPerItem)));

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');

type Table = 'sources' | 'metrics' | 'claims' | 'revisions';

/** Inserts rows given as objects with the same keys; returns their ids in order. */
async function insertRows(tx: Db, table: Table, rows: readonly Record<string, unknown>[]): Promise<number[]> {
  const columns = Object.keys(rows[0] ?? {});
  if (databaseKind(tx) === 'postgres') return insertFromJson(tx, table, columns, rows);
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

/**
 * One statement for the whole batch, its rows sent as one JSON array that PostgreSQL reads into the
 * table's own row type: no placeholder per value to bind and parse, and no column types to repeat.
 */
async function insertFromJson(
  tx: Db,
  table: Table,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<number[]> {
  const { rows: returned } = await tx.executeQuery<{ id: number }>(
    CompiledQuery.raw(
      `insert into "${table}" (${columnList(columns)})
       select ${columnList(columns)} from json_populate_recordset(null::"${table}", $1) returning id`,
      [JSON.stringify(rows)],
    ),
  );
  // Rows are numbered in the array's order, but RETURNING's order is not promised.
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
  const ids: number[] = [];
  for (const batch of slices(records, recordsPerStatement)) {
    for (const id of await insertRows(tx, mapping.table, batch.map(rowOf))) ids.push(id);
  }
  if (entity !== 'claim')
    await insertNameKeys(
      tx,
      entity,
      ids.map((id, i) => ({ id, names: namesOf(records[i]!.fields as Fields<Source | Metric>) })),
    );
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

/** A record an import has stored: its id, the fields it holds, and whether it was stored deleted. */
export type ImportedRecord<T> = NewRecord<T> & { id: number };

/**
 * Writes the revisions an import gives these records, stored at `now`: each one's create, and for
 * one stored deleted its delete too. SQLite builds their snapshots from the stored rows (see
 * `SnapshotSql`), which takes half the time of building and binding 100,000 of them in JavaScript
 * row by row. On PostgreSQL, whose json_build_object cost more than the insert (1.2 s of the
 * server's time for 100,000 snapshots, against 0.5 s for these), they are built here from the
 * fields stored, and sent as one text per statement.
 */
export async function insertImportRevisions<E extends EntityType>(
  tx: Db,
  entity: E,
  records: readonly ImportedRecord<RecordOf<E>>[],
  now: string,
  userId: number | null,
): Promise<void> {
  const revisions = [
    // As created: version 1, not deleted, whatever the record became.
    { action: 'create', version: 1, records },
    { action: 'delete', version: deletedOnImportVersion, records: records.filter((r) => r.deleted) },
  ] as const;
  for (const revision of revisions) {
    if (databaseKind(tx) === 'postgres') await insertRevisionsWithSnapshots(tx, entity, revision, now, userId);
    else await insertRevisionsFromStoredRows(tx, entity, revision, userId);
  }
}

interface ImportRevisions<T> {
  action: 'create' | 'delete';
  version: number;
  records: readonly ImportedRecord<T>[];
}

async function insertRevisionsFromStoredRows<E extends EntityType>(
  tx: Db,
  entity: E,
  { action, version, records }: ImportRevisions<RecordOf<E>>,
  userId: number | null,
): Promise<void> {
  const { table, snapshot } = recordMapping(entity);
  const overrides: Record<string, string> = action === 'create' ? { version: '1', deletedAt: 'null' } : {};
  const pairs = snapshot(sqliteJson).map(([key, expression]) => `'${key}', ${overrides[key] ?? expression}`);
  const snapshotSql = sql.raw(`${sqliteJson.object}(${pairs.join(', ')})`);
  for (const batch of slices(records, idsPerStatement)) {
    await sql`
      insert into revisions (entity_type, entity_id, action, version, snapshot, created_at, user_id)
      select cast(${entity} as text), id, cast(${action} as text), ${version}, ${snapshotSql}, updated_at,
        cast(${userId} as integer)
      from ${sql.table(table)}
      where id in (${sql.join(batch.map((r) => r.id))})
      order by id`.execute(tx);
  }
}

/**
 * The record separator, which JSON text never holds unescaped: the snapshots of a statement go as
 * one text, split by the database, rather than as an array literal that the driver escapes in
 * JavaScript at twice the cost.
 */
const snapshotSeparator = '\x1e';

async function insertRevisionsWithSnapshots<E extends EntityType>(
  tx: Db,
  entity: E,
  { action, version, records }: ImportRevisions<RecordOf<E>>,
  now: string,
  userId: number | null,
): Promise<void> {
  const mapping = recordMapping(entity);
  const deletedAt = action === 'create' ? null : now;
  // Through the stored row and back, so that the snapshot reads as the record read from the database does.
  const snapshotOf = ({ id, fields }: ImportedRecord<RecordOf<E>>) =>
    JSON.stringify(
      mapping.toDomain(
        Object.assign(mapping.toRow(fields), {
          id,
          version,
          created_at: now,
          updated_at: now,
          deleted_at: deletedAt,
        }) as never,
      ),
    );
  for (const batch of slices(records, recordsPerStatement)) {
    await tx.executeQuery(
      CompiledQuery.raw(
        `insert into revisions (entity_type, entity_id, action, version, snapshot, created_at, user_id)
         select $1::text, entity_id, $2::text, $3::integer, snapshot, $4::text, $5::integer
         from unnest($6::integer[], string_to_array($7::text, chr(30))) as imported (entity_id, snapshot)`,
        [entity, action, version, now, userId, batch.map((r) => r.id), batch.map(snapshotOf).join(snapshotSeparator)],
      ),
    );
  }
}
