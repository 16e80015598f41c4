import { sql } from 'kysely';
import type { Claim, ClaimListQuery } from '../../shared/schemas/index.js';
import { unicodeLower, type Db } from './database.js';
import { databaseKind } from './dialect.js';
import { claimRows } from './rows.js';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Claims in id order, one page at a time; the cursor is the last id of the page before. */
export async function listClaims(db: Db, q: ClaimListQuery): Promise<{ items: Claim[]; nextCursor: string | null }> {
  const like = databaseKind(db) === 'postgres' ? 'ilike' : 'like';
  let query = db
    .selectFrom('claims')
    .selectAll()
    .orderBy('id')
    .limit(q.limit + 1);
  if (!q.includeDeleted) query = query.where('deleted_at', 'is', null);
  if (q.metricId !== undefined) query = query.where('metric_id', '=', q.metricId);
  if (q.sourceId !== undefined) query = query.where('source_id', '=', q.sourceId);
  if (q.kind !== undefined) query = query.where('value_kind', '=', q.kind);
  if (q.from !== undefined) query = query.where('stated_on', '>=', q.from);
  // A shorter date is a prefix of the days it covers, so "to 2025-11" must take "2025-11-30" too.
  if (q.to !== undefined) query = query.where('stated_on', '<=', `${q.to}\uffff`);
  if (q.cursor !== undefined) query = query.where('id', '>', Number(q.cursor));
  if (q.q) {
    const text = likePattern(q.q);
    // SQLite's LIKE ignores the case of ASCII letters only; a search with other letters compares
    // lower-cased text, through a function slower than LIKE, so only when it is needed.
    const matches =
      databaseKind(db) === 'sqlite' && /[^ -~]/.test(q.q)
        ? (column: string) =>
            sql<boolean>`${sql.raw(unicodeLower)}(${sql.ref(column)}) like ${sql.raw(unicodeLower)}(${text}) escape '\\'`
        : (column: string) => sql<boolean>`${sql.ref(column)} ${sql.raw(like)} ${text} escape '\\'`;
    query = query.where((eb) => eb.or(['quote', 'scope', 'notes'].map(matches)));
  }
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(claimRows.toDomain),
    nextCursor: rows.length > q.limit && last ? String(last.id) : null,
  };
}

/**
 * Each source's latest live claim stated on or before `asOf`, per metric. Undated claims rank
 * below dated ones, and ties on the date go to the claim entered last.
 *
 * Every (metric, source) pair looks up its own latest claim through claims_latest_by_source, which
 * reads only that pair's claims and keeps one. A window function over all the claims instead sorted
 * every claim of the metric (about 10,000 on a large database: tens of milliseconds) and, for the
 * divergence list, every claim in the database (seconds). The pairs come from the metrics and
 * sources tables, deleted ones included, so no claim is missed that the window would have ranked.
 */
export async function latestClaimsPerSource(
  db: Db,
  opts: { asOf: string; includeImprobable: boolean; metricId?: number },
): Promise<Claim[]> {
  let query = db
    .selectFrom('metrics as m')
    .crossJoin('sources as s')
    .innerJoin('claims', (join) =>
      join.on((eb) => {
        let latest = eb
          .selectFrom('claims as c')
          .select('c.id')
          .whereRef('c.metric_id', '=', 'm.id')
          .whereRef('c.source_id', '=', 's.id')
          .where('c.deleted_at', 'is', null)
          .where((w) => w.or([w('c.stated_on', 'is', null), w('c.stated_on', '<=', opts.asOf)]))
          .orderBy('c.stated_on', (o) => o.desc().nullsLast())
          .orderBy('c.id', 'desc')
          .limit(1);
        if (!opts.includeImprobable) latest = latest.where('c.credibility', '!=', 5);
        return eb('claims.id', '=', latest);
      }),
    )
    .selectAll('claims');
  if (opts.metricId !== undefined) query = query.where('m.id', '=', opts.metricId);
  const rows = await query.orderBy('claims.metric_id').orderBy('claims.source_id').execute();
  return rows.map(claimRows.toDomain);
}

export async function claimCountsBySource(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('claims')
    .select(['source_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('deleted_at', 'is', null)
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((r) => [r.source_id, Number(r.count)]));
}

export async function countLiveClaims(db: Db, where: { metricId?: number; sourceId?: number }): Promise<number> {
  let query = db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('deleted_at', 'is', null);
  if (where.metricId !== undefined) query = query.where('metric_id', '=', where.metricId);
  if (where.sourceId !== undefined) query = query.where('source_id', '=', where.sourceId);
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/** The claims, deleted ones included, that repeat claim `id`, by id. */
export async function repeatsOf(db: Db, id: number): Promise<number[]> {
  const rows = await db.selectFrom('claims').select('id').where('repeats_claim_id', '=', id).orderBy('id').execute();
  return rows.map((r) => r.id);
}
