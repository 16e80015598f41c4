import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

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
