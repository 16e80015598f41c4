import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../changes.js';
import { generationCache } from './answerCache.js';

/** A write committed by another instance, as the change channel delivers it. */
const announceWrite = (feed: ChangeFeed) =>
  feed.receive(
    JSON.stringify({ from: 'another instance', changes: [{ type: 'claim', id: 1, action: 'create', version: 1 }] }),
  );

const cacheOf = (feed: ChangeFeed, maxWeight = 10) =>
  generationCache<string>(feed, { maxWeight, weigh: (value) => value.length });

describe('the generation cache', () => {
  it('keeps values until a write, then builds them again', async () => {
    const feed = new ChangeFeed();
    const cache = cacheOf(feed);
    let builds = 0;
    const build = async () => `v${++builds}`;
    expect(await cache.get('a', build)).toBe('v1');
    expect(await cache.get('a', build)).toBe('v1');
    announceWrite(feed);
    expect(await cache.get('a', build)).toBe('v2');
  });

  it('drops the least recently used values once they weigh more than the budget', async () => {
    const cache = cacheOf(new ChangeFeed(), 10);
    let builds = 0;
    const build = (value: string) => async () => (builds++, value);
    await cache.get('a', build('aaaa'));
    await cache.get('b', build('bbbb'));
    await cache.get('a', build('aaaa'));
    // Over budget with c: b, read least recently, goes.
    await cache.get('c', build('cccc'));
    expect(cache.weight).toBe(8);
    expect(builds).toBe(3);
    await cache.get('a', build('aaaa'));
    expect(builds).toBe(3);
    await cache.get('b', build('bbbb'));
    expect(builds).toBe(4);
    // Heavier than the whole budget: answered, never kept.
    await cache.get('huge', build('x'.repeat(11)));
    expect(cache.weight).toBeLessThanOrEqual(10);
  });

  it('builds once for requests that ask for the same key together', async () => {
    const cache = cacheOf(new ChangeFeed());
    let builds = 0;
    const build = async () => `v${++builds}`;
    const answers = await Promise.all([cache.get('a', build), cache.get('a', build), cache.get('a', build)]);
    expect(answers).toEqual(['v1', 'v1', 'v1']);
    expect(builds).toBe(1);
  });

  it('does not keep a value built from data read before a write', async () => {
    const feed = new ChangeFeed();
    const cache = cacheOf(feed);
    let release!: () => void;
    const stale = cache.get('a', () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    announceWrite(feed);
    release();
    expect(await stale).toBe('old');
    expect(await cache.get('a', async () => 'new')).toBe('new');
  });

  it('lets a failed build be tried again', async () => {
    const cache = cacheOf(new ChangeFeed());
    await expect(cache.get('a', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(await cache.get('a', async () => 'v')).toBe('v');
  });
});
