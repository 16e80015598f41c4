import { sql } from 'kysely';
import { improbableGrade, type Claim, type ClaimListQuery } from '../../shared/schemas/index.js';
import { unicodeLower, type Db } from './database.js';
import { databaseKind } from './dialect.js';
import type { AnalysedClaim } from '../../shared/analysis/claims.js';
import type { GradedClaim } from '../../shared/estimate/history.js';
import {
  analysedClaimColumns,
  analysedClaimOf,
  claimCitationColumns,
  claimCitationOf,
  claimRows,
  type ClaimCitation,
} from './rows.js';
import { idsPerStatement } from './records.js';

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The claims that match the claims list's filters, paging aside. */
function matchingClaims(db: Db, q: ClaimFilters) {
  const like = databaseKind(db) === 'postgres' ? 'ilike' : 'like';
  let query = db.selectFrom('claims');
  if (!q.includeDeleted) query = query.where('deleted_at', 'is', null);
  if (q.metricId !== undefined) query = query.where('metric_id', '=', q.metricId);
  if (q.sourceId !== undefined) query = query.where('source_id', '=', q.sourceId);
  if (q.kind !== undefined) query = query.where('value_kind', '=', q.kind);
  if (q.from !== undefined) query = query.where('stated_on', '>=', q.from);
  // A shorter date is a prefix of the days it covers, so "to 2025-11" must take "2025-11-30" too.
  if (q.to !== undefined) query = query.where('stated_on', '<=', `${q.to}\uffff`);
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
  return query;
}

/** The claims list's filters: everything in its query but paging. */
export type ClaimFilters = Omit<ClaimListQuery, 'limit' | 'cursor'>;

/** Claims in id order, one page at a time; the cursor is the last id of the page before. */
export async function listClaims(db: Db, q: ClaimListQuery): Promise<{ items: Claim[]; nextCursor: string | null }> {
  let query = matchingClaims(db, q)
    .selectAll()
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.cursor !== undefined) query = query.where('id', '>', Number(q.cursor));
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(claimRows.toDomain),
    nextCursor: rows.length > q.limit && last ? String(last.id) : null,
  };
}

/** Which of these claims match the filters. */
export async function matchingIds(db: Db, q: ClaimFilters, ids: readonly number[]): Promise<Set<number>> {
  const found = new Set<number>();
  for (let i = 0; i < ids.length; i += idsPerStatement) {
    const rows = await matchingClaims(db, q)
      .select('id')
      .where('id', 'in', ids.slice(i, i + idsPerStatement))
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/** The sources and metrics that the claims matching the filters refer to. */
export async function referencedBy(
  db: Db,
  q: ClaimFilters,
): Promise<{ sourceIds: Set<number>; metricIds: Set<number> }> {
  const [sources, metrics] = await Promise.all([
    matchingClaims(db, q).select('source_id').distinct().execute(),
    matchingClaims(db, q).select('metric_id').distinct().execute(),
  ]);
  return {
    sourceIds: new Set(sources.map((r) => r.source_id)),
    metricIds: new Set(metrics.map((r) => r.metric_id)),
  };
}

/**
 * Each source's latest live claim stated on or before `asOf`, per metric. Undated claims rank
 * below dated ones, and ties on the date go to the claim entered last.
 *
 * The (metric, source) pairs that have claims are walked through claims_latest_by_source one seek
 * at a time: from each pair, the next source of the same metric, or else the first source of the
 * next metric. Each pair then looks up its own latest claim in the same index. The work grows with
 * the pairs that exist, at most the claims, never with metrics × sources: on a catalogue of
 * thousands of each, pairing every metric with every source meant tens of millions of empty
 * look-ups (ten seconds), and a scan for the distinct pairs would read every claim.
 */
export async function latestClaimsPerSource(db: Db, opts: LatestQuery): Promise<Claim[]> {
  return (await latestQuery(db, opts).execute()).map(claimRows.toDomain);
}

type LatestQuery = { asOf: string; includeImprobable: boolean; metricId?: number };

export function latestQuery(db: Db, opts: LatestQuery) {
  const { metricId } = opts;
  return db
    .withRecursive('pairs(metric_id, source_id)', (qb) => {
      const firstMetric = metricId ?? sql<number>`(select min(c.metric_id) from claims c)`;
      // Past the last pair these are null: the walk stops there, and that row joins no claim.
      const nextSource = sql<number>`(select min(c.source_id) from claims c
        where c.metric_id = pairs.metric_id and c.source_id > pairs.source_id)`;
      const nextMetric = sql<number>`(select min(c.metric_id) from claims c where c.metric_id > pairs.metric_id)`;
      const first = qb
        .selectFrom('claims')
        .select(['metric_id', (eb) => eb.fn.min('source_id').as('source_id')])
        .where('metric_id', '=', firstMetric)
        .groupBy('metric_id');
      const step =
        metricId !== undefined
          ? qb.selectFrom('pairs').select([sql<number>`pairs.metric_id`.as('metric_id'), nextSource.as('source_id')])
          : qb
              .selectFrom('pairs')
              .select([
                sql<number>`case when ${nextSource} is null then ${nextMetric} else pairs.metric_id end`.as(
                  'metric_id',
                ),
                sql<number>`coalesce(${nextSource}, (select min(c.source_id) from claims c where c.metric_id = ${nextMetric}))`.as(
                  'source_id',
                ),
              ]);
      return first.unionAll(step.where('pairs.metric_id', 'is not', null).where('pairs.source_id', 'is not', null));
    })
    .selectFrom('pairs')
    .innerJoin('claims', (join) =>
      join.on((eb) => {
        let latest = eb
          .selectFrom('claims as c')
          .select('c.id')
          .whereRef('c.metric_id', '=', 'pairs.metric_id')
          .whereRef('c.source_id', '=', 'pairs.source_id')
          .where('c.deleted_at', 'is', null)
          .where((w) => w.or([w('c.stated_on', 'is', null), w('c.stated_on', '<=', opts.asOf)]))
          .orderBy('c.stated_on', (o) => o.desc().nullsLast())
          .orderBy('c.id', 'desc')
          .limit(1);
        if (!opts.includeImprobable) latest = latest.where('c.credibility', '!=', improbableGrade);
        return eb('claims.id', '=', latest);
      }),
    )
    .selectAll('claims')
    .orderBy('claims.metric_id')
    .orderBy('claims.source_id');
}

/** Live claims that can have been stated by `asOf`, undated ones included, and improbable ones if asked. */
function statedBy(db: Db, opts: { asOf: string; includeImprobable: boolean }) {
  let query = db
    .selectFrom('claims')
    .where('deleted_at', 'is', null)
    .where((w) => w.or([w('stated_on', 'is', null), w('stated_on', '<=', opts.asOf)]));
  if (!opts.includeImprobable) query = query.where('credibility', '!=', improbableGrade);
  return query;
}

/**
 * Every live claim of a metric that can have been stated by `asOf`, undated ones included, oldest
 * first (undated ones first, as the findings sort them), as the findings read them: the history
 * that a superseded figure is found in. On SQLite the claims_analysed index holds every column
 * read here, so the rows themselves are never visited.
 */
export async function claimsStatedBy(db: Db, opts: HistoryQuery): Promise<AnalysedClaim[]> {
  return (await historyQuery(db, opts).execute()).map(analysedClaimOf);
}

type HistoryQuery = { metricId: number; asOf: string; includeImprobable: boolean };

/** The same history with each claim's credibility, which the estimate over time weighs it by. */
export async function gradedClaimsStatedBy(db: Db, opts: HistoryQuery): Promise<GradedClaim[]> {
  const rows = await historyQuery(db, opts).select('credibility').execute();
  return rows.map((row) => ({ ...analysedClaimOf(row), credibility: row.credibility }));
}

export function historyQuery(db: Db, opts: HistoryQuery) {
  return statedBy(db, opts)
    .select(analysedClaimColumns)
    .where('metric_id', '=', opts.metricId)
    .orderBy('stated_on', (o) => o.asc().nullsFirst())
    .orderBy('id');
}

/**
 * The same history for these metrics, each metric's oldest first: one query for many metrics
 * rather than one a metric, as the overview reads them a slice at a time, and on SQLite from the
 * claims_analysed index alone, in its order.
 */
export async function claimsStatedByMetric(
  db: Db,
  opts: { metricIds: readonly number[]; asOf: string; includeImprobable: boolean },
): Promise<Map<number, AnalysedClaim[]>> {
  const read = (ids: readonly number[]) =>
    statedBy(db, opts)
      .select([...analysedClaimColumns, 'metric_id'])
      .where('metric_id', 'in', ids)
      .orderBy('metric_id')
      .orderBy('stated_on', (o) => o.asc().nullsFirst())
      .orderBy('id')
      .execute();
  const chunks = [];
  for (let i = 0; i < opts.metricIds.length; i += idsPerStatement)
    chunks.push(await read(opts.metricIds.slice(i, i + idsPerStatement)));
  const byMetric = new Map<number, AnalysedClaim[]>();
  for (const row of chunks.flat()) {
    const claim = analysedClaimOf(row);
    const own = byMetric.get(row.metric_id);
    if (own) own.push(claim);
    else byMetric.set(row.metric_id, [claim]);
  }
  return byMetric;
}

/**
 * The live metrics that read a live claim stated after `after` and by `upTo`, their own or, for a
 * part, its whole's: those whose claims stated by one date differ from those stated by the other.
 * One seek or two per metric in the index of claims by metric and date, rather than a scan of
 * every claim in the span.
 */
export async function metricsReadingClaimsStatedBetween(
  db: Db,
  opts: { after: string; upTo: string; includeImprobable: boolean },
): Promise<number[]> {
  const rows = await db
    .selectFrom('metrics as m')
    .select('m.id')
    .where('m.deleted_at', 'is', null)
    .where(({ eb, exists, or, selectFrom }) => {
      const statedOf = (metricId: 'm.id' | 'm.part_of_metric_id') => {
        let stated = selectFrom('claims as c')
          .select(sql<number>`1`.as('stated'))
          .whereRef('c.metric_id', '=', metricId)
          .where('c.stated_on', '>', opts.after)
          .where('c.stated_on', '<=', opts.upTo)
          .where('c.deleted_at', 'is', null);
        if (!opts.includeImprobable) stated = stated.where('c.credibility', '!=', improbableGrade);
        return exists(stated);
      };
      return or([
        statedOf('m.id'),
        eb.and([eb('m.part_of_metric_id', 'is not', null), statedOf('m.part_of_metric_id')]),
      ]);
    })
    .orderBy('m.id')
    .execute();
  return rows.map((r) => r.id);
}

/** These claims' grades, quotes and citations, by claim id. */
export async function claimCitations(db: Db, ids: readonly number[]): Promise<Map<number, ClaimCitation>> {
  const found = new Map<number, ClaimCitation>();
  for (let i = 0; i < ids.length; i += idsPerStatement) {
    const rows = await db
      .selectFrom('claims')
      .select(claimCitationColumns)
      .where('id', 'in', ids.slice(i, i + idsPerStatement))
      .execute();
    for (const row of rows) found.set(row.id, claimCitationOf(row));
  }
  return found;
}

/** Every live undated claim of a metric, in id order: what a comparison lists apart from its figures. */
export async function undatedClaims(db: Db, opts: { metricId: number; includeImprobable: boolean }): Promise<Claim[]> {
  let query = db
    .selectFrom('claims')
    .selectAll()
    .where('metric_id', '=', opts.metricId)
    .where('deleted_at', 'is', null)
    .where('stated_on', 'is', null);
  if (!opts.includeImprobable) query = query.where('credibility', '!=', improbableGrade);
  return (await query.orderBy('id').execute()).map(claimRows.toDomain);
}

/** Each source's live claims, as the database keeps them counted. */
export async function claimCountsBySource(db: Db): Promise<Map<number, number>> {
  const rows = await db.selectFrom('source_claim_counts').select(['source_id', 'live_claims']).execute();
  return new Map(rows.map((r) => [r.source_id, r.live_claims]));
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
