import type { Kysely } from 'kysely';

/**
 * A metric's own tolerance for "about X" (null: the default), and the metric it counts part of
 * (null: none). Existing metrics keep the default and stand alone: only an analyst can say which
 * count is part of which. No foreign key, which SQLite would not let `down` drop: the metrics
 * service checks the link, as it checks a claim's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('metrics').addColumn('tolerance', 'double precision').execute();
  await db.schema.alterTable('metrics').addColumn('part_of_metric_id', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('metrics').dropColumn('part_of_metric_id').execute();
  await db.schema.alterTable('metrics').dropColumn('tolerance').execute();
}
