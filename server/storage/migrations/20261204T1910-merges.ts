import type { Kysely } from 'kysely';
import { identityColumn } from '../dialect.js';

/**
 * One row a merge of a source (or metric) into another: which claims it moved and which names it
 * gave the record merged into, so that undoing it takes back exactly those and no later change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('merges')
    .addColumn('id', 'integer', identityColumn(db))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('merged_id', 'integer', (c) => c.notNull())
    .addColumn('into_id', 'integer', (c) => c.notNull())
    .addColumn('merged_version', 'integer', (c) => c.notNull())
    .addColumn('moved_claim_ids', 'text', (c) => c.notNull())
    .addColumn('added_aliases', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('merges_by_merged').on('merges').columns(['entity_type', 'merged_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('merges').execute();
}
