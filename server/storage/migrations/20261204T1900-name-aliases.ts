import { sql, type Kysely } from 'kysely';

/**
 * Sources and metrics get other names (`aliases`, a JSON list of text), and `name_keys`: one row for
 * every name a record goes by, its own and its aliases, keyed as `nameKey` keys them. Its primary
 * key is what keeps any two records from sharing a name or an alias, in both databases and across
 * instances; imports and pickers look names up in it. The names' own keys are copied in from the
 * records as they stand. A later migration that changes `nameKey` must rebuild name_keys too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sources', 'metrics'])
    await db.schema
      .alterTable(table)
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  await db.schema
    .createTable('name_keys')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('name_keys_pk', ['entity_type', 'name_key'])
    .execute();
  await db.schema.createIndex('name_keys_by_record').on('name_keys').columns(['entity_type', 'record_id']).execute();
  await sql`insert into name_keys (entity_type, name_key, record_id) select 'source', name_key, id from sources`.execute(
    db,
  );
  await sql`insert into name_keys (entity_type, name_key, record_id) select 'metric', name_key, id from metrics`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('name_keys').execute();
  for (const table of ['sources', 'metrics']) await db.schema.alterTable(table).dropColumn('aliases').execute();
}
