import { sql, type Kysely } from 'kysely';
import { databaseKind } from '../dialect.js';

/**
 * Each source's number of live claims, kept by the database as claims are added, moved, deleted and
 * restored, in the same transaction: the sources list shows every count on every request, and
 * counting the claims each time read the whole table (60 ms at 100,000 claims, seconds at a
 * million), on SQLite on the server's only thread. Triggers keep it whatever writes a claim: a
 * form, a batch, an import, the seed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('source_claim_counts')
    .addColumn('source_id', 'integer', (c) => c.primaryKey())
    .addColumn('live_claims', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into source_claim_counts (source_id, live_claims)
    select source_id, count(*) from claims where deleted_at is null group by source_id`.execute(db);

  const counted = sql`insert into source_claim_counts (source_id, live_claims)`;
  const addOne = sql`on conflict (source_id) do update set live_claims = source_claim_counts.live_claims + 1`;
  if (databaseKind(db) === 'postgres') {
    await sql`create function count_live_claims() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' and old.deleted_at is null then
          update source_claim_counts set live_claims = live_claims - 1 where source_id = old.source_id;
        end if;
        if tg_op <> 'DELETE' and new.deleted_at is null then
          ${counted} values (new.source_id, 1) ${addOne};
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger claims_counted after insert or update of source_id, deleted_at or delete on claims
      for each row execute function count_live_claims()`.execute(db);
    return;
  }
  await sql`create trigger claims_counted_on_insert after insert on claims when new.deleted_at is null begin
      ${counted} values (new.source_id, 1) ${addOne};
    end`.execute(db);
  await sql`create trigger claims_counted_on_update after update of source_id, deleted_at on claims begin
      update source_claim_counts set live_claims = live_claims - 1
        where source_id = old.source_id and old.deleted_at is null;
      ${counted} select new.source_id, 1 where new.deleted_at is null ${addOne};
    end`.execute(db);
  await sql`create trigger claims_counted_on_delete after delete on claims when old.deleted_at is null begin
      update source_claim_counts set live_claims = live_claims - 1 where source_id = old.source_id;
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (databaseKind(db) === 'postgres') {
    await sql`drop trigger claims_counted on claims`.execute(db);
    await sql`drop function count_live_claims()`.execute(db);
  } else {
    for (const trigger of ['claims_counted_on_insert', 'claims_counted_on_update', 'claims_counted_on_delete']) {
      await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
    }
  }
  await db.schema.dropTable('source_claim_counts').execute();
}
