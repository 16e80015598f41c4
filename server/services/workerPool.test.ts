import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { boundedWorkerPool, workerPool } from './workerPool.js';

const started: Worker[] = [];
const startIdleWorker = () => {
  const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
  started.push(worker);
  return worker;
};
/** A worker that is busy for good, as one reading a text that never ends would be. */
const startBusyWorker = () => {
  const worker = new Worker('for (;;) {}', { eval: true });
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

/** Whether `promise` has settled by the time the jobs already queued on the event loop have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const first = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise((r) => setImmediate(() => r(pending))),
  ]);
  return first !== pending;
}

describe('boundedWorkerPool', () => {
  const busy = () => new Error('Busy');
  const open = () => new AbortController().signal;

  it('runs as many jobs as it has workers, lines up as many more as it may, and refuses the next', async () => {
    const pool = boundedWorkerPool(startIdleWorker, { workers: 2, waiting: 1, refuse: busy });
    const [first, second] = await Promise.all([pool.take(open()), pool.take(open())]);
    const third = pool.take(open());
    await expect(pool.take(open())).rejects.toThrow('Busy');
    expect(await settled(third)).toBe(false);

    await pool.giveBack(first, true);
    expect(await third).toBe(first);
    expect(started).toHaveLength(2);
    await pool.giveBack(second, true);
  });

  it('lets jobs in in the order they came', async () => {
    const pool = boundedWorkerPool(startIdleWorker, { workers: 1, waiting: 2, refuse: busy });
    const running = await pool.take(open());
    const order: string[] = [];
    const a = pool.take(open()).then((w) => (order.push('a'), w));
    const b = pool.take(open()).then((w) => (order.push('b'), w));
    await pool.giveBack(running, true);
    await pool.giveBack(await a, true);
    await pool.giveBack(await b, true);
    expect(order).toEqual(['a', 'b']);
  });

  it('takes a job out of the line when its signal aborts, freeing its place', async () => {
    const pool = boundedWorkerPool(startIdleWorker, { workers: 1, waiting: 1, refuse: busy });
    const running = await pool.take(open());
    const client = new AbortController();
    const waiting = pool.take(client.signal);
    client.abort(new Error('Gone'));
    await expect(waiting).rejects.toThrow('Gone');

    const next = pool.take(open());
    expect(await settled(next)).toBe(false);
    await pool.giveBack(running, true);
    expect(await next).toBe(running);
  });

  it('refuses a job whose signal has already aborted', async () => {
    const pool = boundedWorkerPool(startIdleWorker, { workers: 1, waiting: 1, refuse: busy });
    await expect(pool.take(AbortSignal.abort(new Error('Gone')))).rejects.toThrow('Gone');
    expect(started).toHaveLength(0);
  });

  it('stops a worker given back mid-job, and lets the next job in once it has exited', async () => {
    const pool = boundedWorkerPool(startBusyWorker, { workers: 1, waiting: 1, refuse: busy });
    const stuck = await pool.take(open());
    const next = pool.take(open());
    const exited = once(stuck, 'exit');
    await pool.giveBack(stuck, false);
    expect(await settled(exited)).toBe(true);
    const worker = await next;
    expect(worker).not.toBe(stuck);
    await pool.giveBack(worker, false);
  });
});
