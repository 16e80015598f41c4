import type { Kysely } from 'kysely';

/**
 * Whether a claim covers its metric's whole scope or only part of it ('whole', 'part'), beside
 * the free-text scope. Existing claims start as not known (null): only an analyst can tell.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('coverage', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('claims').dropColumn('coverage').execute();
}
