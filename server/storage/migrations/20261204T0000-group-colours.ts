import type { Kysely } from 'kysely';

/**
 * The colour each group of sources was given, so that it is the same on every page and in every
 * export. The groups sources already have are given theirs when the server starts (see
 * groupColoursService), the demo's groups the colours they were drawn in before colours were stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('group_colours')
    .addColumn('group_label', 'text', (c) => c.primaryKey())
    .addColumn('colour', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('group_colours').execute();
}
