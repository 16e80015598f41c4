import { sql, type Kysely } from 'kysely';

/**
 * Whether a source is a party to the conflict, 1 or 0: an integer in both databases, since SQLite
 * has no boolean and one column type keeps the queries alike. Existing sources start as third
 * parties, the default a new one gets; only an analyst can say whose side a source speaks for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sources')
    .addColumn('party', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`party in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('party').execute();
}
