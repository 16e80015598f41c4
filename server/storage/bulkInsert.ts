import { CompiledQuery, sql } from 'kysely';
import type { Db } from './database.js';
import { databaseKind } from './dialect.js';
import { recordMapping, type EntityType, type RecordOf } from './records.js';
import { revisionRow, type NewRevision } from './revisions.js';
import type { Fields } from './rows.js';

/**
 * Writes for imports: multi-row statements instead of one round trip per record. Their SQL is
 * written out here rather than built with Kysely, whose query tree for 100,000 rows (a node per
 * value) cost more than the inserts themselves.
 */

/** SQLite binds at most 32,766 values per statement (PostgreSQL 65,535): each batch stays below both. */
const maxBoundValues = 32_766;

function* batches<T>(items: readonly T[], valuesPerItem: number): Generator<T[]> {
  const size = Math.max(1, Math.floor(maxBoundValues / valuesPerItem));
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** `(?, ?), (?, ?)` on SQLite, `($1, $2), ($3, $4)` on PostgreSQL. */
function placeholders(db: Db, rows: number, columns: number): string {
  if (databaseKind(db) === 'sqlite')
    return Array(rows)
      .fill(`(${Array(columns).fill('?').join(', ')})`)
      .join(', ');
  let next = 1;
  return Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => `$${next++}`).join(', ')})`).join(
    ', ',
  );
}

/** Inserts rows of one table, given as objects with the same keys; returns their ids in the order given. */
async function insertRows(
  tx: Db,
  table: 'sources' | 'metrics' | 'claims' | 'revisions',
  rows: readonly Record<string, unknown>[],
): Promise<number[]> {
  const columns = Object.keys(rows[0] ?? {});
  const ids: number[] = [];
  for (const batch of batches(rows, columns.length)) {
    const query = CompiledQuery.raw(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')})` +
        ` values ${placeholders(tx, batch.length, columns.length)} returning id`,
      batch.flatMap((row) => columns.map((c) => row[c])),
    );
    const { rows: returned } = await tx.executeQuery<{ id: number }>(query);
    // Both databases number the rows in VALUES order, but neither promises RETURNING's order.
    ids.push(...returned.map((r) => r.id).sort((a, b) => a - b));
  }
  return ids;
}

export interface NewRecord<T> {
  fields: Fields<T>;
  /** Stored deleted, at version 2: as if created, then deleted, which its revisions will say. */
  deleted: boolean;
}

/** Inserts the records, all stamped `now`, and returns them as stored, in the order given. */
export async function insertRecords<E extends EntityType>(
  tx: Db,
  entity: E,
  records: readonly NewRecord<RecordOf<E>>[],
  now: string,
): Promise<RecordOf<E>[]> {
  const mapping = recordMapping(entity);
  const rows = records.map(({ fields, deleted }) => ({
    ...mapping.toRow(fields),
    version: deleted ? 2 : 1,
    created_at: now,
    updated_at: now,
    deleted_at: deleted ? now : null,
  }));
  const ids = await insertRows(tx, mapping.table, rows);
  return rows.map((row, i) => mapping.toDomain({ ...row, id: ids[i]! } as never));
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
  await insertRows(tx, 'revisions', revisions.map(revisionRow));
}
