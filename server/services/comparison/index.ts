import type { DivergenceQuery, EstimateQuery } from '../../../shared/schemas/index.js';
import type { Storage } from '../../storage/database.js';
import { alteredBy, type ChangeFeed } from '../changes.js';
import { notFound } from '../errors.js';
import { answerCache, cachedJson, type CachedJson } from './answerCache.js';
import { rankingTables, type RankedRow } from './rankingTables.js';
import type { EstimateRead } from './estimates.js';
import { comparisonReader } from './reader.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Serialized answers kept at most, in bytes: a few hundred dashboards' worth of overview pages and
 * comparisons, and far below what the server may use. A large catalogue's answers are large too,
 * so the budget is in bytes rather than in answers.
 */
const maxAnswerBytes = 16 * 1024 * 1024;
/** The overview's rows kept at most, in bytes of their JSON: every metric's, for a few as-of dates. */
const maxRankingBytes = 16 * 1024 * 1024;

/**
 * What the estimate is asked, the sources left out each once and in order: one setting written two
 * ways is one answer kept, under one key.
 */
function estimateAsked(metricId: number, q: EstimateQuery) {
  const asOf = q.asOf ?? today();
  const options = { ...q, excludeSourceIds: [...new Set(q.excludeSourceIds)].sort((a, b) => a - b) };
  const key = JSON.stringify([
    metricId,
    asOf,
    options.minReliability ?? null,
    options.excludeSourceIds,
    options.excludeParties,
    options.includePartial,
  ]);
  return { asOf, options, key };
}

const mostDivergentFirst = (a: RankedRow, b: RankedRow) =>
  (b.ordersOfMagnitude ?? -1) - (a.ordersOfMagnitude ?? -1) ||
  Number(b.disjoint) - Number(a.disjoint) ||
  a.name.localeCompare(b.name);

/**
 * Comparisons are read far more often than claims are written, so answers are kept as serialized
 * JSON until a write touches what they show: a dashboard full of viewers then costs no queries,
 * and editors saving claims on one metric leave every other metric's comparisons kept.
 */
export function comparisonService(storage: Storage, feed: ChangeFeed) {
  const reader = comparisonReader(storage);
  const answers = answerCache<CachedJson>({ maxWeight: maxAnswerBytes, weigh: (a) => a.body.length });
  const rankings = rankingTables({
    read: (basis, ids) => reader.rows(basis, ids),
    differing: (basis, other) => reader.rowsDiffering(basis, other),
    maxWeight: maxRankingBytes,
  });
  feed.subscribe((changes) => {
    const { metricIds, statedFrom } = alteredBy(changes);
    answers.invalidate(metricIds, statedFrom);
    rankings.invalidate(metricIds, statedFrom);
  });

  function estimateAnswer(read: EstimateRead, metricId: number, q: EstimateQuery) {
    const { asOf, options, key } = estimateAsked(metricId, q);
    return answers.get(`${read}|${key}`, { metricId, asOf }, async () => {
      const json = await reader.estimate(read, metricId, asOf, options);
      if (json === null) throw notFound('metric', metricId);
      return cachedJson(json);
    });
  }

  return {
    comparisonJson: (metricId: number, q: { asOf?: string | undefined; includeImprobable: boolean }) => {
      const asOf = q.asOf ?? today();
      return answers.get(`c|${metricId}|${asOf}|${q.includeImprobable}`, { metricId, asOf }, async () => {
        const json = await reader.comparison(metricId, asOf, q.includeImprobable);
        if (json === null) throw notFound('metric', metricId);
        return cachedJson(json);
      });
    },

    /**
     * What the metric's claims support together. Read on the reader's thread, as comparisons are: on
     * a metric of 10,000 claims the estimate takes some 20 ms, and over time some 200.
     */
    estimateJson: (metricId: number, q: EstimateQuery) => estimateAnswer('asOf', metricId, q),

    /** The estimate as it stood at each date a claim changed it, up to the as-of date, from one read of the metric's history. */
    estimateHistoryJson: (metricId: number, q: EstimateQuery) => estimateAnswer('overTime', metricId, q),

    /** One page of the metrics that match, most divergent first. */
    divergenceJson: (q: DivergenceQuery) => {
      const basis = { asOf: q.asOf ?? today(), includeImprobable: q.includeImprobable };
      const key = JSON.stringify([basis.asOf, basis.includeImprobable, q.topic, q.q, q.offset, q.limit]);
      return answers.get(`d|${key}`, { metricId: null, asOf: basis.asOf }, async () => {
        const topic = q.topic?.toLowerCase();
        const name = q.q?.toLowerCase();
        const rows = (await rankings.rows(basis))
          .filter((r) => topic === undefined || r.topic?.toLowerCase() === topic)
          .filter((r) => name === undefined || r.name.toLowerCase().includes(name))
          .sort(mostDivergentFirst);
        const head = JSON.stringify({ asOf: basis.asOf, total: rows.length, offset: q.offset });
        const items = rows.slice(q.offset, q.offset + q.limit).map((r) => r.json);
        return cachedJson(`${head.slice(0, -1)},"items":[${items.join(',')}]}`);
      });
    },

    /** Starts reading threads now rather than on the first request. */
    prepare: () => reader.prepare(),
    close: () => reader.close(),
  };
}
