import type { Kysely } from 'kysely';

/** Pairs of sources an analyst said are not one, which the possible duplicates leave out from then on. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dismissed_duplicates')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('low_id', 'integer', (c) => c.notNull())
    .addColumn('high_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dismissed_duplicates_pk', ['entity_type', 'low_id', 'high_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dismissed_duplicates').execute();
}
