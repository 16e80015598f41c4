import { createHash } from 'node:crypto';

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

/** What a kept value was built from: the claims stated by a date, of one metric or (null) of any. */
export interface DependsOn {
  metricId: number | null;
  asOf: string;
}

interface Kept<V> {
  value: V;
  weight: number;
  dependsOn: DependsOn;
}

interface Building<V> {
  promise: Promise<V>;
  dependsOn: DependsOn;
  /** Set by a write that touches what it is built from: it answers its requests, but is not kept. */
  overtaken: boolean;
}

/**
 * Values kept until a write touches what they were built from, the least recently used dropped
 * first once they weigh more than `maxWeight` together: every as-of date and filter is a key of
 * its own, so a viewer stepping through dates must not grow the cache without end. A write to one
 * metric's claims drops only that metric's values and those built from every metric, and of
 * those only the values as of the dates its claims were stated on or later, so that editors at
 * work on some metrics leave the others' comparisons warm, and the earlier dates' of their own.
 *
 * Requests that ask for the same key while it is being built share the one build, so a burst of
 * viewers after a write costs one read, not one each; a build that a write overtook answers the
 * request that started it, but is not kept, nor given to requests that come after the write.
 */
export function answerCache<V>({ maxWeight, weigh }: { maxWeight: number; weigh(value: V): number }) {
  const kept = new Map<string, Kept<V>>();
  const building = new Map<string, Building<V>>();
  let weight = 0;

  function drop(key: string, entry: Kept<V>) {
    kept.delete(key);
    weight -= entry.weight;
  }

  function keep(key: string, value: V, dependsOn: DependsOn) {
    const entry = { value, weight: weigh(value), dependsOn };
    if (entry.weight > maxWeight) return;
    kept.set(key, entry);
    weight += entry.weight;
    for (const [oldest, old] of kept) {
      if (weight <= maxWeight) break;
      drop(oldest, old);
    }
  }

  return {
    get(key: string, dependsOn: DependsOn, build: () => Promise<V>): Promise<V> {
      const hit = kept.get(key);
      if (hit) {
        // Map order is insertion order: moved to the end, it is the most recently used.
        kept.delete(key);
        kept.set(key, hit);
        return Promise.resolve(hit.value);
      }
      const pending = building.get(key);
      if (pending) return pending.promise;
      const entry: Building<V> = {
        promise: build().then(
          (value) => {
            if (!entry.overtaken) {
              building.delete(key);
              keep(key, value, dependsOn);
            }
            return value;
          },
          (error: unknown) => {
            if (!entry.overtaken) building.delete(key);
            throw error;
          },
        ),
        dependsOn,
        overtaken: false,
      };
      building.set(key, entry);
      return entry.promise;
    },

    /**
     * Forgets what was built from these metrics' claims (from any metric's, when none are named)
     * as of `statedFrom` or later; as of any date, without one.
     */
    invalidate(metricIds: readonly number[] | undefined, statedFrom?: string) {
      const touched = metricIds === undefined ? undefined : new Set(metricIds);
      const stale = ({ metricId, asOf }: DependsOn) =>
        (metricId === null || touched === undefined || touched.has(metricId)) &&
        (statedFrom === undefined || asOf >= statedFrom);
      for (const [key, entry] of kept) if (stale(entry.dependsOn)) drop(key, entry);
      for (const [key, entry] of building) {
        if (!stale(entry.dependsOn)) continue;
        entry.overtaken = true;
        building.delete(key);
      }
    },

    /** How much is kept now, for tests and the bench. */
    get weight() {
      return weight;
    },
  };
}
