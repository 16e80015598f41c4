import type { Worker } from 'node:worker_threads';
import { isInMemory, type Storage } from '../../storage/database.js';
import { ServiceUnavailable } from '../errors.js';
import { startWorker } from '../workerPool.js';
import type { RankedRow, RankingBasis } from './rankingTables.js';
import { readComparison, readRows, rowsDiffering } from './reads.js';
import { readEstimateJson, type EstimateRead } from './estimates.js';
import type { EstimateOptions } from '../../../shared/estimate/inputs.js';

type ReadRequest =
  | { kind: 'comparison'; metricId: number; asOf: string; includeImprobable: boolean }
  | { kind: 'estimate'; read: EstimateRead; metricId: number; asOf: string; options: EstimateOptions }
  | { kind: 'rows'; basis: RankingBasis; metricIds: number[] | null }
  | { kind: 'differing'; basis: RankingBasis; other: string };
export type ReadJob = ReadRequest & { id: number };
type Rows = { rows: RankedRow[]; gone: number[] };
export type ReadReply = { id: number } & (
  { json: string | null } | Rows | { differing: number[] } | { failed: string }
);

/** What the comparison service asks of the database, wherever the reading runs. */
export interface ComparisonReader {
  /** The comparison as JSON, or null when there is no such live metric. */
  comparison(metricId: number, asOf: string, includeImprobable: boolean): Promise<string | null>;
  /** The estimate as of a date, or over time up to it, as JSON; null when there is no such live metric. */
  estimate(read: EstimateRead, metricId: number, asOf: string, options: EstimateOptions): Promise<string | null>;
  rows(basis: RankingBasis, metricIds: number[] | null): Promise<Rows>;
  /** The live metrics whose rows as of the basis may differ from theirs as of the other date. */
  rowsDiffering(basis: RankingBasis, other: string): Promise<number[]>;
  /** Starts the reader now, so that the first dashboard to ask does not wait for it to start. */
  prepare(): void;
  close(): Promise<void>;
}

/**
 * Reads waiting for the reader thread at most, in all and of many metrics at once. A comparison,
 * or a metric's row mended after a write, takes a millisecond or two, and a team's dashboards keep
 * dozens waiting at busy moments; reading every metric's row, for an as-of date not read before,
 * takes a tenth of a second or more on a large catalogue, and a client stepping through thousands
 * of dates could otherwise queue minutes of it in front of everyone's overview. Past either, a read
 * is refused for a moment instead.
 */
const maxWaitingReads = 256;
const maxWaitingFullReads = 8;
const retryAfterSeconds = 2;

/** Rows a mending after writes reads at most; more are read, and capped, as a read of every row is. */
const maxMendedRows = 64;

/** A read of every row, or of the many that differ between a new date and a nearby one. */
const readsManyRows = (request: ReadRequest) =>
  request.kind === 'rows' && (request.metricIds === null || request.metricIds.length > maxMendedRows);

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
    estimate: (read, metricId, asOf, options) => readEstimateJson(db, read, metricId, asOf, options),
    rows: (basis, metricIds) => readRows(db, basis, metricIds),
    rowsDiffering: (basis, other) => rowsDiffering(db, basis, other),
    prepare: () => {},
    close: async () => {},
  };
}

function threadReader(url: string): ComparisonReader {
  const waiting = new Map<number, { resolve(reply: ReadReply): void; reject(error: Error): void }>();
  let nextId = 1;
  let waitingFullReads = 0;
  let worker: Worker | null = null;

  function start(): Worker {
    const started = startWorker(new URL('./reader.worker.ts', import.meta.url), {
      execArgv: [],
      workerData: { url },
      // What it reads is answered and let go; V8's default young generation of 48 MB would sit mostly
      // empty in the server's memory budget.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
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
    const full = readsManyRows(request);
    if (waiting.size >= maxWaitingReads || (full && waitingFullReads >= maxWaitingFullReads)) {
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
    if (full) waitingFullReads++;
    const reply = new Promise<ReadReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
    worker.postMessage({ ...request, id } satisfies ReadJob);
    return full ? reply.finally(() => waitingFullReads--) : reply;
  }

  const failed = (reply: ReadReply) =>
    new Error(`The comparison reader failed: ${'failed' in reply ? reply.failed : ''}`);

  return {
    async comparison(metricId, asOf, includeImprobable) {
      const reply = await read({ kind: 'comparison', metricId, asOf, includeImprobable });
      if ('json' in reply) return reply.json;
      throw failed(reply);
    },
    async estimate(what, metricId, asOf, options) {
      const reply = await read({ kind: 'estimate', read: what, metricId, asOf, options });
      if ('json' in reply) return reply.json;
      throw failed(reply);
    },
    async rows(basis, metricIds) {
      const reply = await read({ kind: 'rows', basis, metricIds });
      if ('rows' in reply) return { rows: reply.rows, gone: reply.gone };
      throw failed(reply);
    },
    async rowsDiffering(basis, other) {
      const reply = await read({ kind: 'differing', basis, other });
      if ('differing' in reply) return reply.differing;
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
