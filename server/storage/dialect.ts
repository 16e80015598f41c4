import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Database } from './tables.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind<DB>(db: Kysely<DB>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An auto-numbered primary key in the form each database understands. */
export function identityColumn(db: Kysely<unknown>) {
  return databaseKind(db) === 'postgres'
    ? (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity()
    : (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement();
}

/** A write hit a unique index: two writers raced for the same name. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Serialises seeding across instances until the transaction ends. SQLite needs nothing: one
 * process holds the file, and its transactions already run one at a time.
 */
export async function lockForSeeding(tx: Kysely<Database>): Promise<void> {
  if (databaseKind(tx) === 'postgres') await sql`select pg_advisory_xact_lock(4242001)`.execute(tx);
}
