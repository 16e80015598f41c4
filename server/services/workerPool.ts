import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts a worker on the TypeScript module named in its `workerData.tsEntry`. */
const tsWorkerEntry = new URL('./tsWorker.mjs', import.meta.url);

/** Whether the server runs from its TypeScript (dev, tests) or from the build that `npm start` runs. */
const fromTypeScript = import.meta.url.endsWith('.ts');

/**
 * A worker thread on `entry`, a TypeScript module beside its caller's: from TypeScript, through the
 * tsx loader, which a worker does not inherit; from the build, the module's compiled JavaScript.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!fromTypeScript) return new Worker(new URL(entry.href.replace(/\.ts$/, '.js')), options);
  return new Worker(tsWorkerEntry, { ...options, workerData: { ...options.workerData, tsEntry: entry.href } });
}

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
    /**
     * Takes a worker back: kept idle if its job finished, stopped if the job was left unfinished.
     * Settles once it is idle or has exited.
     */
    async giveBack(worker: Worker, jobFinished: boolean): Promise<void> {
      if (jobFinished && !hasExited(worker) && idle.length === 0) {
        worker.unref();
        idle.push(worker);
      } else await worker.terminate();
    },
    /** Stops the idle worker, for a server that is shutting down. */
    async close(): Promise<void> {
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
    },
  };
}

export interface PoolLimits {
  /** Jobs that run at once, each on a worker of its own. */
  workers: number;
  /** Jobs that may wait for a worker; one more is refused. */
  waiting: number;
  /** The error a job is refused with when as many are running and waiting as the limits allow. */
  refuse: () => Error;
}

/**
 * A workerPool that runs at most `limits.workers` jobs at once, so that many requests at a time
 * cannot start a thread each, and keeps at most `limits.waiting` more in line, in the order they
 * came; a job beyond them is refused at once. A job whose signal aborts while it waits leaves the
 * line. A worker given back mid-job holds its place until it has exited, so that no more threads work
 * than the limit, and so that a caller who awaits `giveBack` leaves the place free.
 */
export function boundedWorkerPool(start: () => Worker, limits: PoolLimits) {
  const pool = workerPool(start);
  let running = 0;
  const line: (() => void)[] = [];
  const leave = () => {
    const next = line.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async take(signal: AbortSignal): Promise<Worker> {
      signal.throwIfAborted();
      if (running < limits.workers) running += 1;
      else if (line.length >= limits.waiting) throw limits.refuse();
      else {
        await new Promise<void>((resolve, reject) => {
          const admit = () => {
            signal.removeEventListener('abort', giveUp);
            resolve();
          };
          const giveUp = () => {
            line.splice(line.indexOf(admit), 1);
            reject(signal.reason);
          };
          line.push(admit);
          signal.addEventListener('abort', giveUp, { once: true });
        });
      }
      return pool.take();
    },
    /** As workerPool's, and then lets the next job in. */
    giveBack: (worker: Worker, jobFinished: boolean): Promise<void> =>
      pool.giveBack(worker, jobFinished).finally(leave),
    close: () => pool.close(),
  };
}
