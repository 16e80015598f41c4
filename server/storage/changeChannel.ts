import { sql } from 'kysely';
import pg from 'pg';
import type { Db, Storage } from './database.js';

const channel = 'triangulate_changes';
/** PostgreSQL refuses NOTIFY payloads from 8000 bytes up. */
export const maxPayloadBytes = 7900;

export interface ChangeChannel {
  /** Sends on commit of the transaction `tx`: PostgreSQL delivers a NOTIFY only when its transaction commits. */
  send(payload: string, tx: Db): Promise<void>;
  close(): Promise<void>;
}

/**
 * Carries change messages between server instances that share one PostgreSQL database, through
 * LISTEN/NOTIFY on a connection of its own. SQLite has one process per file: no channel needed.
 */
export async function openChangeChannel(
  storage: Storage,
  onMessage: (payload: string) => void,
  onError: (error: Error) => void,
): Promise<ChangeChannel | null> {
  if (storage.kind !== 'postgres') return null;
  let closed = false;
  let client: pg.Client;

  async function connect(): Promise<void> {
    client = new pg.Client({ connectionString: storage.url });
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload) onMessage(message.payload);
    });
    // A dropped listener would silently stop cache invalidation: reconnect until closed.
    client.on('error', (error) => {
      onError(error);
      if (!closed) setTimeout(() => void connect().catch(onError), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  }
  await connect();

  return {
    async send(payload, tx) {
      await sql`select pg_notify(${channel}, ${payload})`.execute(tx);
    },
    async close() {
      closed = true;
      await client.end();
    },
  };
}
