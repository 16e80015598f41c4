import { createHash } from 'node:crypto';
import type { ChangeFeed } from '../changes.js';

/**
 * A serialized answer and its entity tag, hashed once rather than on every response. The body is
 * kept as UTF-8 bytes: sent as a string, each response would encode tens of kilobytes again.
 */
export interface CachedJson {
  body: Buffer;
  etag: string;
}

/** JSON text kept with its entity tag. */
export function cachedJson(json: string): CachedJson {
  const body = Buffer.from(json);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * Values kept until the next committed write, the least recently used dropped first once they
 * weigh more than `maxWeight` together: every as-of date and filter is a key of its own, so a
 * viewer stepping through dates must not grow the cache without end. Requests that ask for the
 * same key while it is being built share the one build, so a burst of viewers after a write costs
 * one query, not one each.
 */
export function generationCache<V>(feed: ChangeFeed, { maxWeight, weigh }: { maxWeight: number; weigh(v: V): number }) {
  const kept = new Map<string, { value: V; weight: number }>();
  const building = new Map<string, Promise<V>>();
  let weight = 0;
  // Bumped by every write, so that a value built from data read before the write is not kept.
  let generation = 0;
  feed.subscribe(() => {
    generation++;
    kept.clear();
    building.clear();
    weight = 0;
  });

  function keep(key: string, value: V) {
    const entry = { value, weight: weigh(value) };
    if (entry.weight > maxWeight) return;
    kept.set(key, entry);
    weight += entry.weight;
    for (const [oldest, { weight: w }] of kept) {
      if (weight <= maxWeight) break;
      kept.delete(oldest);
      weight -= w;
    }
  }

  return {
    get(key: string, build: () => Promise<V>): Promise<V> {
      const hit = kept.get(key);
      if (hit) {
        // Map order is insertion order: moved to the end, it is the most recently used.
        kept.delete(key);
        kept.set(key, hit);
        return Promise.resolve(hit.value);
      }
      const pending = building.get(key);
      if (pending) return pending;
      const startedAt = generation;
      const built = build().then(
        (value) => {
          if (startedAt === generation) {
            building.delete(key);
            keep(key, value);
          }
          return value;
        },
        (error: unknown) => {
          if (startedAt === generation) building.delete(key);
          throw error;
        },
      );
      building.set(key, built);
      return built;
    },
    /** How much is kept now, for tests and the bench. */
    get weight() {
      return weight;
    },
  };
}
