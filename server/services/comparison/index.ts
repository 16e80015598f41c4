import type { DivergenceQuery } from '../../../shared/schemas/index.js';
import type { Storage } from '../../storage/database.js';
import type { ChangeFeed } from '../changes.js';
import { notFound } from '../errors.js';
import { cachedJson, generationCache, type CachedJson } from './answerCache.js';
import { comparisonReader } from './reader.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Serialized answers kept at most, in bytes: a few hundred dashboards' worth of overview pages and
 * comparisons, and far below what the server may use. A large catalogue's answers are large too,
 * so the budget is in bytes rather than in answers.
 */
const maxAnswerBytes = 32 * 1024 * 1024;
/**
 * Rankings kept at most, in bytes of their rows: each holds every matching metric's row for one
 * as-of date and filter, from which its pages are cut, so paging through one costs no new read.
 */
const maxRankingBytes = 64 * 1024 * 1024;

/**
 * Comparisons are read far more often than claims are written, so answers are kept as serialized
 * JSON until the next committed write; a dashboard full of viewers then costs no queries.
 */
export function comparisonService(storage: Storage, feed: ChangeFeed) {
  const reader = comparisonReader(storage);
  const answers = generationCache<CachedJson>(feed, { maxWeight: maxAnswerBytes, weigh: (a) => a.body.length });
  const rankings = generationCache<string[]>(feed, {
    maxWeight: maxRankingBytes,
    weigh: (rows) => rows.reduce((bytes, row) => bytes + row.length, 0),
  });

  return {
    comparisonJson: (metricId: number, q: { asOf?: string | undefined; includeImprobable: boolean }) => {
      const asOf = q.asOf ?? today();
      return answers.get(`c|${metricId}|${asOf}|${q.includeImprobable}`, async () => {
        const json = await reader.comparison(metricId, asOf, q.includeImprobable);
        if (json === null) throw notFound('metric', metricId);
        return cachedJson(json);
      });
    },

    /** One page of the metrics that match, most divergent first. */
    divergenceJson: (q: DivergenceQuery) => {
      const filters = { asOf: q.asOf ?? today(), topic: q.topic, q: q.q, includeImprobable: q.includeImprobable };
      const rankingKey = JSON.stringify(filters);
      return answers.get(`d|${rankingKey}|${q.offset}|${q.limit}`, async () => {
        const rows = await rankings.get(rankingKey, () => reader.ranking(filters));
        const head = JSON.stringify({ asOf: filters.asOf, total: rows.length, offset: q.offset });
        return cachedJson(`${head.slice(0, -1)},"items":[${rows.slice(q.offset, q.offset + q.limit).join(',')}]}`);
      });
    },

    /** Starts reading threads now rather than on the first request. */
    prepare: () => reader.prepare(),
    close: () => reader.close(),
  };
}
