import { CompiledQuery, sql } from 'kysely';
import type SQLite from 'better-sqlite3';
import { sqliteHandle, type Db } from './database.js';
import { databaseKind } from './dialect.js';
import { recordMapping, type EntityType, type RecordOf } from './records.js';
import { revisionRow, type NewRevision } from './revisions.js';
import type { Fields } from './rows.js';

/**
 * Writes for imports. On PostgreSQL, multi-row statements instead of one round trip per record; on
 * SQLite, which has no round trips, one prepared statement run row by row, which inserts twice as
 * fast. Their SQL is written out here rather than built with Kysely, whose query tree (a node per
 * value) made 100,000 claims take a quarter longer to insert.
 */

/**
 * SQLite binds at most 32,766 values per statement (PostgreSQL 65,535): a multi-row statement's
 * batch stays below both. On SQLite, where rows go in one by one, the batch only bounds how many
 * records are held before their revisions are written.
 */
const maxBoundValues = 32_766;

function* batches<T>(items: readonly T[], valuesPerItem: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(maxBoundValues / valuesPerItem));
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

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
  /** Stored deleted, at version 2: as if created, then deleted, which its revisions will say. */
  deleted: boolean;
}

/**
 * Inserts the records, all stamped `now`, and yields them as stored, a statement's worth at a time
 * and in the order given, so that the caller can write their revisions as it goes rather than hold
 * 100,000 of them. The records are built from what was written, not read back.
 */
export async function* insertRecords<E extends EntityType>(
  tx: Db,
  entity: E,
  records: readonly NewRecord<RecordOf<E>>[],
  now: string,
): AsyncGenerator<RecordOf<E>[]> {
  const mapping = recordMapping(entity);
  // Fields are added with Object.assign, not after a spread: V8 builds `{...row, more}` some fifty
  // times slower, which 100,000 rows feel (see rows.ts).
  const rowOf = ({ fields, deleted }: NewRecord<RecordOf<E>>) =>
    Object.assign(mapping.toRow(fields), {
      version: deleted ? 2 : 1,
      created_at: now,
      updated_at: now,
      deleted_at: deleted ? now : null,
    });
  const columns = 4 + Object.keys(records[0] ? mapping.toRow(records[0].fields) : {}).length;
  for (const batch of batches(records, columns)) {
    const rows = batch.map(rowOf);
    const ids = await insertRows(tx, mapping.table, rows);
    yield rows.map((row, i) => mapping.toDomain(Object.assign(row, { id: ids[i]! }) as never));
  }
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

export async function insertRevisions(tx: Db, revisions: readonly NewRevision[]): Promise<void> {
  const rows = revisions.map(revisionRow);
  for (const batch of batches(rows, Object.keys(rows[0] ?? {}).length)) {
    await insertRows(tx, 'revisions', batch);
  }
}
