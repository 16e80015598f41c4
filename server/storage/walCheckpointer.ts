import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/**
 * SQLite checkpoints its write-ahead log on the connection that commits, once the log passes its
 * threshold: the write that crosses it also copies the whole log into the database file, a quarter
 * of a second after a 100,000-row import. The server's connection leaves that to a worker thread
 * with its own connection, which checkpoints every `everyMs`. The server keeps a far higher
 * threshold of its own, so that the log stays bounded should the worker ever stop.
 */
export const serverCheckpointPages = 50_000;

export function startWalCheckpointer(path: string, everyMs = 1000): { close(): Promise<void> } {
  const worker = new Worker(new URL('./walCheckpoint.worker.mjs', import.meta.url), {
    execArgv: [],
    workerData: { path, everyMs },
  });
  // It must not keep a process alive that is otherwise done, nor crash it: the threshold covers for it.
  worker.unref();
  worker.on('error', () => {});
  const exited = once(worker, 'exit');
  return {
    async close() {
      // A last checkpoint, then the worker closes its connection and ends; the process waits for it.
      worker.ref();
      worker.postMessage('close');
      await exited;
    },
  };
}
