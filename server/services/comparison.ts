import { createHash } from 'node:crypto';
import type { Comparison, DivergenceList, DivergenceRow, Source } from '../../shared/schemas/index.js';
import { compareClaims, compareStatedOn } from '../../shared/divergence.js';
import { latestClaimsPerSource } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { notFound } from './errors.js';

const today = () => new Date().toISOString().slice(0, 10);
const CACHE_LIMIT = 2000;

/**
 * A serialized answer and its entity tag, hashed once rather than on every response. The body is
 * kept as UTF-8 bytes: sent as a string, each response would encode tens of kilobytes again.
 */
export interface CachedJson {
  body: Buffer;
  etag: string;
}

/**
 * Comparisons are read far more often than claims are written, so answers are kept as serialized
 * JSON until the next committed write; a dashboard full of viewers then costs no queries.
 */
export function comparisonService(db: Db, feed: ChangeFeed) {
  const cache = new Map<string, CachedJson>();
  // Bumped by every write, so that an answer built from data read before the write is not kept.
  let generation = 0;
  feed.subscribe(() => {
    generation++;
    cache.clear();
  });

  async function cached(key: string, build: () => Promise<unknown>): Promise<CachedJson> {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const startedAt = generation;
    const body = Buffer.from(JSON.stringify(await build()));
    const entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    if (startedAt !== generation) return entry;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, entry);
    return entry;
  }

  async function sourceLookup(): Promise<(id: number) => Source> {
    const sources = new Map((await recordStore(db, 'source').list({ includeDeleted: true })).map((s) => [s.id, s]));
    return (id) => sources.get(id)!;
  }

  async function comparison(metricId: number, asOf: string, includeImprobable: boolean): Promise<Comparison> {
    const metric = await recordStore(db, 'metric').get(metricId);
    if (!metric || metric.deletedAt) throw notFound('metric', metricId);
    const [claims, sourceOf] = await Promise.all([
      latestClaimsPerSource(db, { metricId, asOf, includeImprobable }),
      sourceLookup(),
    ]);
    const { entries, statements, stats } = compareClaims(claims, sourceOf);
    return { metric, asOf, entries, statements, ...stats };
  }

  async function divergence(
    asOf: string,
    topic: string | undefined,
    includeImprobable: boolean,
  ): Promise<DivergenceList> {
    const [metrics, claims, sourceOf] = await Promise.all([
      recordStore(db, 'metric').list({ includeDeleted: false }),
      latestClaimsPerSource(db, { asOf, includeImprobable }),
      sourceLookup(),
    ]);
    const wantedTopic = topic?.toLowerCase();
    const rows: DivergenceRow[] = metrics
      .filter((m) => wantedTopic === undefined || m.topic?.toLowerCase() === wantedTopic)
      .map((metric) => {
        const own = claims.filter((c) => c.metricId === metric.id);
        const { entries, stats } = compareClaims(own, sourceOf);
        const dates = own.map((c) => c.statedOn).sort(compareStatedOn);
        return {
          metric,
          ...stats,
          sourceCount: new Set(own.map((c) => c.sourceId)).size,
          latestStatedOn: dates.at(-1) ?? null,
          points: entries.map(({ source, claim, point }) => ({
            sourceId: source.id,
            sourceName: source.shortName ?? source.name,
            reliability: source.reliability,
            group: source.group,
            claimId: claim.id,
            point,
            value: claim.value,
            scope: claim.scope,
            statedOn: claim.statedOn,
            via: claim.via,
            reportedBy: claim.reportedBy,
            credibility: claim.credibility,
            quote: claim.quote,
            citationUrl: claim.citationUrl,
          })),
        };
      });
    rows.sort(
      (a, b) =>
        (b.ordersOfMagnitude ?? -1) - (a.ordersOfMagnitude ?? -1) ||
        Number(b.disjoint) - Number(a.disjoint) ||
        a.metric.name.localeCompare(b.metric.name),
    );
    return { asOf, items: rows };
  }

  return {
    comparisonJson: (metricId: number, q: { asOf?: string | undefined; includeImprobable: boolean }) => {
      const asOf = q.asOf ?? today();
      return cached(`c|${metricId}|${asOf}|${q.includeImprobable}`, () =>
        comparison(metricId, asOf, q.includeImprobable),
      );
    },
    divergenceJson: (q: { asOf?: string | undefined; topic?: string | undefined; includeImprobable: boolean }) => {
      const asOf = q.asOf ?? today();
      return cached(`d|${asOf}|${q.topic ?? ''}|${q.includeImprobable}`, () =>
        divergence(asOf, q.topic, q.includeImprobable),
      );
    },
  };
}
