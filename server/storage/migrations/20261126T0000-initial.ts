import type { Kysely } from 'kysely';
import { identityColumn } from '../dialect.js';

/** Columns every versioned, soft-deleted record has. */
function recordColumns<T extends Parameters<Kysely<unknown>['schema']['createTable']>[0]>(
  db: Kysely<unknown>,
  table: T,
) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'integer', identityColumn(db))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await recordColumns(db, 'sources')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('group_label', 'text')
    .addColumn('reliability', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('notes', 'text')
    .execute();

  await recordColumns(db, 'metrics')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('topic', 'text')
    .addColumn('description', 'text')
    .execute();

  await recordColumns(db, 'claims')
    .addColumn('metric_id', 'integer', (c) => c.notNull().references('metrics.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
    .addColumn('value_kind', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('value_low', 'double precision')
    .addColumn('value_high', 'double precision')
    .addColumn('scope', 'text')
    .addColumn('stated_on', 'text')
    .addColumn('via', 'text')
    .addColumn('reported_by', 'text')
    .addColumn('citation_url', 'text')
    .addColumn('quote', 'text')
    .addColumn('credibility', 'integer', (c) => c.notNull())
    .addColumn('repeats_claim_id', 'integer', (c) => c.references('claims.id'))
    .addColumn('notes', 'text')
    .execute();

  // Serves "each source's latest claim on a metric" without sorting the metric's claims.
  await db.schema
    .createIndex('claims_latest_by_source')
    .on('claims')
    .columns(['metric_id', 'source_id', 'stated_on', 'id'])
    .execute();
  await db.schema.createIndex('claims_by_source').on('claims').columns(['source_id', 'id']).execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'integer', identityColumn(db))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revisions_by_entity')
    .on('revisions')
    .columns(['entity_type', 'entity_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['revisions', 'claims', 'metrics', 'sources']) {
    await db.schema.dropTable(table).execute();
  }
}
