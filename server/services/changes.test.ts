import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPayloadBytes, type ChangeChannel } from '../storage/changeChannel.js';
import { openStorage, type Storage } from '../storage/database.js';
import { ChangeFeed, type Change } from './changes.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-changes-'));
let storage: Storage;
beforeAll(async () => {
  storage = await openStorage(join(dir, 'changes.db'));
});
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A transaction that writes nothing and lists `changes`: what the feed sends is all these tests look at. */
const announce = (feed: ChangeFeed, changes: readonly Change[]) =>
  feed.transaction(storage.db, async (_tx, listed) => void listed.push(...changes));

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
