import { sql, type Kysely } from 'kysely';
import { databaseKind } from '../dialect.js';

/**
 * On PostgreSQL, claims inserted are counted once per statement rather than once per row: the
 * row-level trigger's upsert per claim was most of the cost of writing them (a COPY of 100,000
 * claims took 7.0 s with it and 1.8 s without, on the same busy machine).
 * The statement's new rows, grouped by source, add to each count in one upsert, taken in source
 * order so that two imports lock the counts alike. Updates and deletes, which a form makes one at
 * a time and which need the changed columns named, keep the row-level trigger. SQLite, whose
 * triggers are row-level only and cost a fraction there, keeps its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (databaseKind(db) !== 'postgres') return;
  await sql`create function count_inserted_claims() returns trigger language plpgsql as $$
    begin
      insert into source_claim_counts (source_id, live_claims)
        select source_id, count(*) from inserted_claims where deleted_at is null group by source_id order by source_id
      on conflict (source_id) do update set live_claims = source_claim_counts.live_claims + excluded.live_claims;
      return null;
    end $$`.execute(db);
  await sql`create trigger claims_counted_on_insert after insert on claims
    referencing new table as inserted_claims for each statement execute function count_inserted_claims()`.execute(db);
  await sql`drop trigger claims_counted on claims`.execute(db);
  await sql`create trigger claims_counted after update of source_id, deleted_at or delete on claims
    for each row execute function count_live_claims()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (databaseKind(db) !== 'postgres') return;
  await sql`drop trigger claims_counted on claims`.execute(db);
  await sql`create trigger claims_counted after insert or update of source_id, deleted_at or delete on claims
    for each row execute function count_live_claims()`.execute(db);
  await sql`drop trigger claims_counted_on_insert on claims`.execute(db);
  await sql`drop function count_inserted_claims()`.execute(db);
}
