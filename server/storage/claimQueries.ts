import { sql } from 'kysely';
import type { Claim, ClaimListQuery } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
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
    const pattern = likePattern(q.q);
    query = query.where((eb) =>
      eb.or(
        (['quote', 'scope', 'notes'] as const).map((column) => eb(column, like, sql<string>`${pattern} escape '\\'`)),
      ),
    );
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
 */
export async function latestClaimsPerSource(
  db: Db,
  opts: { asOf: string; includeImprobable: boolean; metricId?: number },
): Promise<Claim[]> {
  let inner = db
    .selectFrom('claims')
    .selectAll()
    .select(
      sql<number>`row_number() over (partition by metric_id, source_id order by stated_on desc nulls last, id desc)`.as(
        'latest_rank',
      ),
    )
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('stated_on', 'is', null), eb('stated_on', '<=', opts.asOf)]));
  if (opts.metricId !== undefined) inner = inner.where('metric_id', '=', opts.metricId);
  if (!opts.includeImprobable) inner = inner.where('credibility', '!=', 5);
  const rows = await db
    .selectFrom(inner.as('ranked'))
    .selectAll()
    .where('latest_rank', '=', 1)
    .orderBy('metric_id')
    .orderBy('source_id')
    .execute();
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
