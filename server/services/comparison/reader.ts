import { Worker } from 'node:worker_threads';
import { isInMemory, type Storage } from '../../storage/database.js';
import { ServiceUnavailable } from '../errors.js';
import { tsWorkerEntry } from '../workerPool.js';
import { readComparison, readRanking, type RankingFilters } from './reads.js';

type ReadRequest =
  | { kind: 'comparison'; metricId: number; asOf: string; includeImprobable: boolean }
  | { kind: 'ranking'; filters: RankingFilters };
export type ReadJob = ReadRequest & { id: number };
export type ReadReply = { id: number } & ({ json: string | null } | { rows: string[] } | { failed: string });

/** What the comparison service asks of the database, wherever the reading runs. */
export interface ComparisonReader {
  /** The comparison as JSON, or null when there is no such live metric. */
  comparison(metricId: number, asOf: string, includeImprobable: boolean): Promise<string | null>;
  ranking(filters: RankingFilters): Promise<string[]>;
  /** Starts the reader now, so that the first dashboard to ask does not wait for it to start. */
  prepare(): void;
  close(): Promise<void>;
}

/**
 * Reads waiting for the reader thread at most. Each distinct as-of date or filter is a read of its
 * own, so a client stepping through thousands of dates could otherwise queue minutes of work in
 * front of everyone's overview; past this, a read is refused for a moment instead.
 */
const maxWaitingReads = 32;
const retryAfterSeconds = 2;

/**
 * Comparisons and the divergence ranking read every source's latest claim and weigh them: on a
 * large catalogue a tenth of a second or more of reading and arithmetic, which on SQLite's
 * synchronous driver would hold up every other request. They run on a thread with its own
 * connection instead. A database in memory has no second connection, and is read in place.
 */
export function comparisonReader(storage: Storage): ComparisonReader {
  if (isInMemory(storage)) return inPlaceReader(storage);
  return threadReader(storage.url);
}

function inPlaceReader({ db }: Storage): ComparisonReader {
  return {
    comparison: async (metricId, asOf, includeImprobable) => {
      const comparison = await readComparison(db, metricId, asOf, includeImprobable);
      return comparison && JSON.stringify(comparison);
    },
    ranking: (filters) => readRanking(db, filters),
    prepare: () => {},
    close: async () => {},
  };
}

function threadReader(url: string): ComparisonReader {
  const waiting = new Map<number, { resolve(reply: ReadReply): void; reject(error: Error): void }>();
  let nextId = 1;
  let worker: Worker | null = null;

  function start(): Worker {
    const started = new Worker(tsWorkerEntry, {
      execArgv: [],
      workerData: { module: 'comparison/reader.worker.ts', url },
    });
    const failAll = (error: Error) => {
      if (worker === started) worker = null;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    started.on('message', (reply: ReadReply) => {
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      job?.resolve(reply);
    });
    started.on('error', failAll);
    started.on('exit', (code) => failAll(new Error(`The comparison reader stopped (exit code ${code})`)));
    started.unref();
    return started;
  }

  function read(request: ReadRequest): Promise<ReadReply> {
    if (waiting.size >= maxWaitingReads) {
      throw new ServiceUnavailable(
        'Busy',
        'Too many comparisons are being read at once; try again shortly',
        retryAfterSeconds,
      );
    }
    worker ??= start();
    // Held while reads are pending, and let go between them, so that an idle reader never keeps a
    // finished process alive.
    worker.ref();
    const id = nextId++;
    const reply = new Promise<ReadReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
    worker.postMessage({ ...request, id } satisfies ReadJob);
    return reply;
  }

  const failed = (reply: ReadReply) =>
    new Error(`The comparison reader failed: ${'failed' in reply ? reply.failed : ''}`);

  return {
    async comparison(metricId, asOf, includeImprobable) {
      const reply = await read({ kind: 'comparison', metricId, asOf, includeImprobable });
      if ('json' in reply) return reply.json;
      throw failed(reply);
    },
    async ranking(filters) {
      const reply = await read({ kind: 'ranking', filters });
      if ('rows' in reply) return reply.rows;
      throw failed(reply);
    },
    prepare() {
      worker ??= start();
    },
    async close() {
      const running = worker;
      worker = null;
      if (!running) return;
      running.ref();
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.postMessage('close');
      await exited;
    },
  };
}
