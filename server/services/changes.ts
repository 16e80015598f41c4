import { EventEmitter } from 'node:events';
import type { EntityType } from '../storage/records.js';

export interface Change {
  type: EntityType;
  id: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  version: number;
}

/** Announces committed writes: caches drop stale answers, and live views can refresh. */
export class ChangeFeed {
  readonly #emitter = new EventEmitter();

  constructor() {
    this.#emitter.setMaxListeners(0);
  }

  publish(changes: readonly Change[]): void {
    if (changes.length > 0) this.#emitter.emit('changes', changes);
  }

  subscribe(listener: (changes: readonly Change[]) => void): () => void {
    this.#emitter.on('changes', listener);
    return () => this.#emitter.off('changes', listener);
  }
}
