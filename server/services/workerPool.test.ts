import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { workerPool } from './workerPool.js';

const started: Worker[] = [];
const startIdleWorker = () => {
  const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
  started.push(worker);
  return worker;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.terminate()));
});

describe('workerPool', () => {
  it('keeps one worker whose job finished for the next job, and starts others when it is busy', () => {
    const pool = workerPool(startIdleWorker);
    const first = pool.take();
    const second = pool.take();
    expect(second).not.toBe(first);
    pool.giveBack(first, true);
    pool.giveBack(second, true);
    expect(pool.take()).toBe(first);
    expect(started).toHaveLength(2);
  });

  it('stops a worker given back mid-job rather than handing it out again', async () => {
    const pool = workerPool(startIdleWorker);
    const worker = pool.take();
    const exited = once(worker, 'exit');
    pool.giveBack(worker, false);
    await exited;
    expect(pool.take()).not.toBe(worker);
  });

  it('never hands out a worker that exited, before or after it was given back', async () => {
    const pool = workerPool(startIdleWorker);
    const diedAfterItsJob = pool.take();
    await diedAfterItsJob.terminate();
    pool.giveBack(diedAfterItsJob, true);
    const kept = pool.take();
    expect(kept).not.toBe(diedAfterItsJob);

    pool.giveBack(kept, true);
    await kept.terminate();
    expect(pool.take()).not.toBe(kept);
  });
});
