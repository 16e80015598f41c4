import { describe, expect, it } from 'vitest';
import { answerCache } from './answerCache.js';

const asOf = '2025-06-01';
const metric = (metricId: number | null) => ({ metricId, asOf });
const cacheOf = (maxWeight = 10) => answerCache<string>({ maxWeight, weigh: (value) => value.length });

describe('the answer cache', () => {
  it('keeps values until a write touches what they were built from', async () => {
    const cache = cacheOf();
    let builds = 0;
    const build = async () => `v${++builds}`;
    expect(await cache.get('metric 1', metric(1), build)).toBe('v1');
    expect(await cache.get('metric 2', metric(2), build)).toBe('v2');
    expect(await cache.get('all', metric(null), build)).toBe('v3');
    cache.invalidate([1]);
    // Metric 2's value stays; metric 1's and the one built from every metric are read again.
    expect(await cache.get('metric 2', metric(2), build)).toBe('v2');
    expect(await cache.get('metric 1', metric(1), build)).toBe('v4');
    expect(await cache.get('all', metric(null), build)).toBe('v5');
    cache.invalidate(undefined);
    expect(await cache.get('metric 2', metric(2), build)).toBe('v6');
  });

  it('keeps the values as of dates before those a write was stated on', async () => {
    const cache = cacheOf();
    let builds = 0;
    const build = async () => `v${++builds}`;
    const later = { metricId: 1, asOf: '2025-09-01' };
    await cache.get('early', metric(1), build);
    await cache.get('later', later, build);
    await cache.get('all early', metric(null), build);
    cache.invalidate([1], '2025-06-02');
    expect(await cache.get('early', metric(1), build)).toBe('v1');
    expect(await cache.get('all early', metric(null), build)).toBe('v3');
    expect(await cache.get('later', later, build)).toBe('v4');
    cache.invalidate([1], asOf);
    expect(await cache.get('early', metric(1), build)).toBe('v5');
  });

  it('drops the least recently used values once they weigh more than the budget', async () => {
    const cache = cacheOf(10);
    let builds = 0;
    const build = (value: string) => async () => (builds++, value);
    await cache.get('a', metric(null), build('aaaa'));
    await cache.get('b', metric(null), build('bbbb'));
    await cache.get('a', metric(null), build('aaaa'));
    // Over budget with c: b, read least recently, goes.
    await cache.get('c', metric(null), build('cccc'));
    expect(cache.weight).toBe(8);
    expect(builds).toBe(3);
    await cache.get('a', metric(null), build('aaaa'));
    expect(builds).toBe(3);
    await cache.get('b', metric(null), build('bbbb'));
    expect(builds).toBe(4);
    // Heavier than the whole budget: answered, never kept.
    await cache.get('huge', metric(null), build('x'.repeat(11)));
    expect(cache.weight).toBeLessThanOrEqual(10);
  });

  it('builds once for requests that ask for the same key together', async () => {
    const cache = cacheOf();
    let builds = 0;
    const build = async () => `v${++builds}`;
    const answers = await Promise.all([
      cache.get('a', metric(1), build),
      cache.get('a', metric(1), build),
      cache.get('a', metric(1), build),
    ]);
    expect(answers).toEqual(['v1', 'v1', 'v1']);
    expect(builds).toBe(1);
  });

  it.each([
    ['a write to its metric', [1]],
    ['a write that may touch any metric', undefined],
  ])('does not keep, nor give later requests, a value that %s overtook', async (_what, metricIds) => {
    const cache = cacheOf();
    let release!: () => void;
    const stale = cache.get('a', metric(1), () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    cache.invalidate(metricIds);
    const after = cache.get('a', metric(1), async () => 'new');
    release();
    expect(await stale).toBe('old');
    expect(await after).toBe('new');
    expect(await cache.get('a', metric(1), async () => 'newer')).toBe('new');
  });

  it('lets a failed build be tried again', async () => {
    const cache = cacheOf();
    await expect(cache.get('a', metric(null), () => Promise.reject(new Error('database away')))).rejects.toThrow(
      'database away',
    );
    expect(await cache.get('a', metric(null), async () => 'v')).toBe('v');
  });
});
