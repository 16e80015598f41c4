import { describe, expect, it } from 'vitest';
import { maxPayloadBytes, type ChangeChannel } from '../storage/changeChannel.js';
import type { Db } from '../storage/database.js';
import { ChangeFeed, type Change } from './changes.js';

/** A database whose transactions run their work and commit: enough for what the feed sends. */
const database = {
  transaction: () => ({ execute: <R>(work: (tx: Db) => Promise<R>) => work(database) }),
} as unknown as Db;
const announce = (feed: ChangeFeed, changes: readonly Change[]) =>
  feed.transaction(database, async (_tx, listed) => void listed.push(...changes));

describe('ChangeFeed', () => {
  it('sends a large batch as NOTIFY-sized messages that together carry every change', async () => {
    const sent: string[] = [];
    const channel: ChangeChannel = { send: async (payload) => void sent.push(payload), close: async () => {} };
    const feed = new ChangeFeed();
    feed.connect(channel);
    const changes: Change[] = Array.from({ length: 5000 }, (_, i) => ({
      type: 'claim',
      id: i + 1,
      action: 'create',
      version: 1,
    }));
    await announce(feed, changes);
    expect(sent.every((m) => m.length <= maxPayloadBytes)).toBe(true);
    expect(sent.flatMap((m) => (JSON.parse(m) as { changes: Change[] }).changes)).toEqual(changes);
  });

  it("applies another instance's messages and ignores its own coming back", async () => {
    const sent: string[] = [];
    const feed = new ChangeFeed();
    feed.connect({ send: async (payload) => void sent.push(payload), close: async () => {} });
    const seen: number[] = [];
    feed.subscribe((changes) => seen.push(...changes.map((c) => c.id)));
    await announce(feed, [{ type: 'source', id: 1, action: 'create', version: 1 }]);
    feed.receive(sent[0]!);
    feed.receive(
      JSON.stringify({ from: 'another instance', changes: [{ type: 'source', id: 2, action: 'create', version: 1 }] }),
    );
    expect(seen).toEqual([1, 2]);
  });
});
