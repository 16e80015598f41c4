import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { maxPayloadBytes, type ChangeChannel } from '../storage/changeChannel.js';
import type { EntityType } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';

export interface Change {
  type: EntityType;
  id: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  version: number;
  /**
   * The metrics whose comparisons the change alters, so that caches of the others stay; absent
   * when it may alter any (a source's name and grade show on every metric it has claims on).
   */
  metricIds?: number[];
  /**
   * The earliest date on which the claim it wrote was stated, before or after the write: what is
   * read as of an earlier date, which counts only the claims stated by then, is not altered by it.
   * Absent when it may alter what is read as of any date: a write to anything but a claim, or to
   * an undated claim, which every date reads.
   */
  statedFrom?: string;
}

/** Which metrics' comparisons a write of this record alters: see Change.metricIds. */
export function metricsTouched(
  type: EntityType,
  record: { id: number } & Record<string, unknown>,
  previous?: Record<string, unknown>,
): number[] | undefined {
  if (type === 'metric') return [record.id];
  if (type !== 'claim') return undefined;
  // A claim moved to another metric leaves the one it was on as well.
  return [...new Set([record.metricId, previous?.metricId ?? record.metricId])] as number[];
}

const earliest = (dates: readonly string[]) => dates.reduce((a, b) => (b < a ? b : a));

/** The earliest date the claim written was stated on, before or after the write: see Change.statedFrom. */
export function statedFrom(
  type: EntityType,
  record: Record<string, unknown>,
  previous?: Record<string, unknown>,
): string | undefined {
  if (type !== 'claim') return undefined;
  const dates = [record.statedOn, ...(previous ? [previous.statedOn] : [])];
  return dates.every((date): date is string => typeof date === 'string') ? earliest(dates) : undefined;
}

/**
 * What a batch of changes alters: which metrics (all, when undefined), and from which date on
 * (every date, when undefined).
 */
export function alteredBy(changes: readonly Change[]): {
  metricIds: number[] | undefined;
  statedFrom: string | undefined;
} {
  const dated = changes.every((c) => c.statedFrom !== undefined);
  return {
    metricIds: changes.every((c) => c.metricIds) ? changes.flatMap((c) => c.metricIds!) : undefined,
    statedFrom: dated && changes.length > 0 ? earliest(changes.map((c) => c.statedFrom!)) : undefined,
  };
}

interface Message {
  from: string;
  changes: Change[];
}

/** Splits changes into messages that each fit one NOTIFY payload, measuring each change once. */
function toMessages(from: string, changes: readonly Change[]): string[] {
  const overhead = JSON.stringify({ from, changes: [] }).length;
  const messages: string[] = [];
  let batch: Change[] = [];
  let size = overhead;
  for (const change of changes) {
    const length = JSON.stringify(change).length + 1;
    if (batch.length > 0 && size + length > maxPayloadBytes) {
      messages.push(JSON.stringify({ from, changes: batch }));
      batch = [];
      size = overhead;
    }
    batch.push(change);
    size += length;
  }
  if (batch.length > 0) messages.push(JSON.stringify({ from, changes: batch }));
  return messages;
}

/**
 * Announces committed writes: caches drop stale answers and live dashboards refresh. Writes on this
 * instance are announced at once; with a channel they also reach, and arrive from, other instances.
 */
export class ChangeFeed {
  readonly #emitter = new EventEmitter();
  readonly #instanceId = randomUUID();
  #channel: ChangeChannel | null = null;

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  connect(channel: ChangeChannel | null): void {
    this.#channel = channel;
  }

  /** A message from the channel; this instance's own messages come back too and are already applied. */
  receive(payload: string): void {
    const message = JSON.parse(payload) as Message;
    if (message.from !== this.#instanceId) this.#emitter.emit('changes', message.changes);
  }

  /**
   * Runs `work` in one transaction, in which it lists the changes it makes, and announces them.
   * Other instances are told in the same transaction, which PostgreSQL delivers on commit: they
   * hear of exactly what committed, and a write that cannot be announced is not committed, rather
   * than stored and answered with an error that an analyst would retry. This instance hears once
   * the transaction has committed.
   */
  async transaction<R>(db: Db, work: (tx: Db, changes: Change[]) => Promise<R>): Promise<R> {
    const changes: Change[] = [];
    const result = await db.transaction().execute(async (tx) => {
      const done = await work(tx, changes);
      const channel = this.#channel;
      if (channel) for (const message of toMessages(this.#instanceId, changes)) await channel.send(message, tx);
      return done;
    });
    if (changes.length > 0) this.#emitter.emit('changes', changes);
    return result;
  }

  subscribe(listener: (changes: readonly Change[]) => void): () => void {
    this.#emitter.on('changes', listener);
    return () => this.#emitter.off('changes', listener);
  }
}
