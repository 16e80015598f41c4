import { Worker } from 'node:worker_threads';
import type { ExtractParams } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ExtractAnswer, ExtractJob } from './extraction.worker.js';
import { tsWorkerEntry, workerPool } from './workerPool.js';

/**
 * Reading a long article, and writing out what it found, takes up to seconds (200,000 characters of
 * bare figures, say): on a thread of its own, so that the server goes on answering everyone else.
 */
const readers = workerPool(
  () => new Worker(tsWorkerEntry, { execArgv: [], workerData: { module: 'extraction.worker.ts' } }),
);

function extractOffThread(job: ExtractJob): Promise<string> {
  const worker = readers.take();
  return new Promise((resolve, reject) => {
    const settle = (finished: boolean) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      readers.giveBack(worker, finished);
    };
    const onMessage = (answer: ExtractAnswer) => {
      settle(true);
      if ('failed' in answer) reject(new Error(`Extraction failed: ${answer.failed}`));
      else resolve(answer.json);
    };
    const onError = (error: Error) => {
      settle(false);
      reject(error);
    };
    const onExit = (code: number) => {
      settle(false);
      reject(new Error(`The extraction worker stopped (exit code ${code})`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * "Paste an article, get its claims": finds the figures in the text and matches what they count and
 * who said them against the sources and metrics that exist (deleted ones aside). Writes nothing.
 */
export function extractionService(db: Db) {
  return {
    /** The ExtractResult, as JSON text. */
    async extractJson(params: ExtractParams): Promise<string> {
      const [sources, metrics] = await Promise.all([
        recordStore(db, 'source').list({ includeDeleted: false }),
        recordStore(db, 'metric').list({ includeDeleted: false }),
      ]);
      return extractOffThread({ params, options: { sources, metrics } });
    },
  };
}
