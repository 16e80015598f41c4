import type { Worker } from 'node:worker_threads';
import type { ExtractParams } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import { ProblemError, ServiceUnavailable } from './errors.js';
import type { ExtractJob, ReaderMessage } from './extraction.worker.js';
import { boundedWorkerPool, startWorker } from './workerPool.js';

export interface ExtractionLimits {
  /** Texts read at once, each on a worker thread of its own. */
  readers: number;
  /** Requests that may wait for a reader; the next is refused with a 503. */
  waiting: number;
  /** How long one text may take to read before it is stopped and refused as too long. */
  timeLimitMs: number;
}

const tooSlowToRead = () => {
  const message = 'This text takes too long to read; paste a shorter part';
  return new ProblemError(422, 'Text too slow to read', message, [{ path: 'text', message }]);
};

/** By then each text being read has been answered or stopped. */
const tooBusy = (timeLimitMs: number) => {
  const seconds = Math.ceil(timeLimitMs / 1000);
  return new ServiceUnavailable('Too busy', `Other texts are being read; try again in ${seconds} seconds`, seconds);
};

type Outcome = { json: string; finished: true } | { error: unknown; finished: boolean };

/**
 * Runs one job on `worker` until it answers, fails, takes longer than `timeLimitMs` from its start,
 * or `signal` aborts (the client went away): the last two leave the job unfinished, for the pool
 * to stop the worker.
 */
function runJob(worker: Worker, job: ExtractJob, signal: AbortSignal, timeLimitMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const end = (outcome: Outcome) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: ReaderMessage) => {
      if ('started' in message) {
        timer = setTimeout(() => end({ error: tooSlowToRead(), finished: false }), timeLimitMs);
      } else if ('json' in message) end({ json: message.json, finished: true });
      else end({ error: new Error(`Extraction failed: ${message.failed}`), finished: true });
    };
    const onError = (error: Error) => end({ error, finished: false });
    const onExit = (code: number) =>
      end({ error: new Error(`The extraction worker stopped (exit code ${code})`), finished: false });
    const onAbort = () => end({ error: signal.reason, finished: false });
    if (signal.aborted) return onAbort();
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job);
  });
}

/**
 * "Paste an article, get its claims": finds the figures in the text and matches what they count and
 * who said them against the sources and metrics that exist (deleted ones aside). Writes nothing.
 *
 * Reading a long article, and writing out what it found, takes up to a second (200,000 characters of
 * bare figures, say): on threads of their own, so that the server goes on answering everyone else,
 * and only as many at once as `limits` allow, so that many requests cannot take every core.
 */
export function extractionService(db: Db, limits: ExtractionLimits) {
  const readers = boundedWorkerPool(
    () => startWorker(new URL('./extraction.worker.ts', import.meta.url), { execArgv: [] }),
    { workers: limits.readers, waiting: limits.waiting, refuse: () => tooBusy(limits.timeLimitMs) },
  );
  return {
    /** The ExtractResult, as JSON text; given up, with `signal`'s reason, when it aborts. */
    async extractJson(params: ExtractParams, signal: AbortSignal): Promise<string> {
      const [sources, metrics] = await Promise.all([
        recordStore(db, 'source').list({ includeDeleted: false }),
        recordStore(db, 'metric').list({ includeDeleted: false }),
      ]);
      const worker = await readers.take(signal);
      const outcome = await runJob(worker, { params, options: { sources, metrics } }, signal, limits.timeLimitMs);
      // Answered only once a stopped reader has exited, so that its place is free for the next request.
      await readers.giveBack(worker, outcome.finished);
      if ('json' in outcome) return outcome.json;
      throw outcome.error;
    },
    /** Stops the idle reader, for a server that is shutting down. */
    close: () => readers.close(),
  };
}
