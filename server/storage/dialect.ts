import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Database } from './tables.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind<DB>(db: Kysely<DB>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** How SQLite builds JSON in SQL, for revision snapshots built from stored rows. */
export interface JsonSql {
  /** Its json_object. */
  object: string;
  /** A 0/1 column as JSON true or false: SQLite would write a comparison's result as 0 or 1. */
  boolean(column: string): string;
  /** A column holding a JSON list as text, as that list rather than a string. */
  list(column: string): string;
}

export const sqliteJson: JsonSql = {
  object: 'json_object',
  boolean: (column) => `json(case ${column} when 1 then 'true' else 'false' end)`,
  list: (column) => `json(${column})`,
};

/** An auto-numbered primary key in the form each database understands. */
export function identityColumn(db: Kysely<unknown>) {
  return databaseKind(db) === 'postgres'
    ? (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity()
    : (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement();
}

/** A write hit a unique index or primary key (name_keys'): two writers raced for the same name. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * Why the database cannot serve a request just now, in words for the person using it, when the
 * fault is the storage's and not the request's; undefined for any other error. SQLite's codes come
 * from better-sqlite3, PostgreSQL's SQLSTATEs from pg, connection failures from Node.
 */
export function storageFault(error: unknown): string | undefined {
  const code = errorCode(error);
  if (code === undefined) return undefined;
  if (code === 'SQLITE_FULL' || code === '53100') return "The server's disk is full";
  if (code.startsWith('SQLITE_READONLY') || code === '25006') return 'The database is read-only';
  if (code.startsWith('SQLITE_IOERR') || code === '58030') return 'The database could not be read or written';
  // 40P01 and 40001: PostgreSQL gave up one of two transactions that waited for each other.
  if (code.startsWith('SQLITE_BUSY') || ['55P03', '40P01', '40001'].includes(code)) return 'The database is busy';
  if (code === '53200' || code === 'SQLITE_NOMEM') return 'The database is out of memory';
  if (/^(08|57P)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND'].includes(code)) {
    return 'The database cannot be reached';
  }
  return undefined;
}

/**
 * Serialises seeding across instances until the transaction ends. SQLite needs nothing: one
 * process holds the file, and its transactions already run one at a time.
 */
export async function lockForSeeding(tx: Kysely<Database>): Promise<void> {
  if (databaseKind(tx) === 'postgres') await sql`select pg_advisory_xact_lock(4242001)`.execute(tx);
}

/**
 * Serialises giving groups their colours across instances until the transaction ends, so that two
 * new groups written at once cannot both take the same free colour. SQLite's transactions already
 * run one at a time.
 */
export async function lockForGroupColours(tx: Kysely<Database>): Promise<void> {
  if (databaseKind(tx) === 'postgres') await sql`select pg_advisory_xact_lock(4242002)`.execute(tx);
}
