import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
} from 'kysely';

/**
 * SQLite's transactions, as every transaction here is meant: to write.
 *
 * A plain BEGIN starts as a reader and asks for the write lock at its first write. If another
 * connection (the write-ahead log's checkpointer) wrote in between, SQLite cannot let the reader's
 * old snapshot write, and fails at once with "database is locked" instead of waiting out the busy
 * timeout: one write in a few hundred failed so under concurrent editing. BEGIN IMMEDIATE takes the
 * write lock first, waiting for it as long as the busy timeout allows.
 */
class WriterSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: reusingStatements(sqlite) });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /**
   * SQLite rolls a transaction back by itself when a write fails for a full disk or an I/O error;
   * a second rollback would fail too ("no transaction is active") and be reported in place of the
   * cause.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

export class WriterSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new WriterSqliteDriver(this.sqlite);
  }
}

/** Statements kept prepared at most: the queries the server runs, with room for lists of ids of many lengths. */
const keptStatements = 500;

/**
 * The connection as Kysely uses it, with each SQL text prepared once: Kysely prepares every query
 * afresh, which took a twentieth of the server's time under load. The statements used least
 * recently are let go past `keptStatements`, since queries with lists of ids vary in length.
 */
export function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else {
        statement = sqlite.prepare(sql);
        if (statements.size >= keptStatements) statements.delete(statements.keys().next().value!);
      }
      // Map order is insertion order: set again, it is the most recently used.
      statements.set(sql, statement);
      return statement;
    },
    close: () => sqlite.close(),
  };
}
