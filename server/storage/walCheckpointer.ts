import { Worker } from 'node:worker_threads';

/**
 * SQLite checkpoints its write-ahead log on the connection that commits, once the log passes its
 * threshold: the write that crosses it also copies the whole log into the database file, a quarter
 * of a second after a 100,000-row import. The server's connection leaves that to a worker thread
 * with its own connection, which checkpoints every `everyMs`. The server keeps a far higher
 * threshold of its own, above one large import's log, so that the log stays bounded should the
 * worker ever stop.
 */
export const serverCheckpointPages = 50_000;

/** The log file is cut back to this once started over, after an import has made it large. */
export const logSizeLimit = 64 * 1024 * 1024;

export function startWalCheckpointer(path: string, everyMs = 1000): { close(): Promise<void> } {
  const worker = new Worker(new URL('./walCheckpoint.worker.mjs', import.meta.url), {
    execArgv: [],
    workerData: { path, everyMs, logSizeLimit },
  });
  // It must neither keep alive a process that is otherwise done, nor crash one when it fails (say,
  // the file cannot be opened): the server's own threshold covers for it then.
  worker.unref();
  worker.on('error', () => {});
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let closed: Promise<void> | undefined;
  return {
    close() {
      closed ??= (async () => {
        // The process waits for the worker to close its connection.
        worker.ref();
        worker.postMessage('close');
        await exited;
      })();
      return closed;
    },
  };
}
