import type { Kysely } from 'kysely';

// Expired failure counts are deleted a few at a time on each sign-in; the index finds them without
// reading the whole table, which holds a row for every address and account tried in the window.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('login_failures_by_window').on('login_failures').column('window_started_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('login_failures_by_window').execute();
}
