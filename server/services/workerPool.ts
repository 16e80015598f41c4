import type { Worker } from 'node:worker_threads';

/** Starts a worker on one of this folder's TypeScript modules, named in its `workerData.module`. */
export const tsWorkerEntry = new URL('./tsWorker.mjs', import.meta.url);

/** Node gives a worker the thread id -1 once it has exited. */
const hasExited = (worker: Worker) => worker.threadId === -1;

/**
 * Worker threads for jobs that run one at a time on each: a new one per job when all are busy, and
 * one kept idle for the next job, since starting one can cost more than the job. A worker that has
 * exited, or that was given back mid-job, is never handed out again.
 */
export function workerPool(start: () => Worker) {
  const idle: Worker[] = [];
  const forget = (worker: Worker) => {
    const at = idle.indexOf(worker);
    if (at !== -1) idle.splice(at, 1);
  };
  return {
    take(): Worker {
      for (let worker = idle.pop(); worker; worker = idle.pop()) {
        if (hasExited(worker)) continue;
        worker.ref();
        return worker;
      }
      const worker = start();
      // Jobs listen for their worker's failures themselves; this keeps one that fails while idle
      // from crashing the process as an unhandled 'error'.
      return worker.on('error', () => forget(worker)).on('exit', () => forget(worker));
    },
    /** Takes a worker back: kept idle if its job finished, stopped if the job was left unfinished. */
    giveBack(worker: Worker, jobFinished: boolean): void {
      if (jobFinished && !hasExited(worker) && idle.length === 0) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
    },
  };
}
