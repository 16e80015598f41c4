import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { maxPayloadBytes, type ChangeChannel } from '../storage/changeChannel.js';
import type { EntityType } from '../../shared/schemas/index.js';

export interface Change {
  type: EntityType;
  id: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  version: number;
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

  async publish(changes: readonly Change[]): Promise<void> {
    if (changes.length === 0) return;
    this.#emitter.emit('changes', changes);
    const channel = this.#channel;
    if (channel) await Promise.all(toMessages(this.#instanceId, changes).map((m) => channel.send(m)));
  }

  subscribe(listener: (changes: readonly Change[]) => void): () => void {
    this.#emitter.on('changes', listener);
    return () => this.#emitter.off('changes', listener);
  }
}
