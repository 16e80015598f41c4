import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { DatasetFormat } from '../../../shared/dataset/transfer.js';
import { ProblemError } from '../errors.js';
import type { ExistingNames, PlanChunk, Tally } from './plan.js';
import type { PlanJob, PlannerMessage, PlanRequest } from './planner.worker.js';
import { planChunkFromJson } from './planChunkJson.js';
import { startWorker, workerPool } from '../workerPool.js';

/**
 * Imports are parsed and checked on a worker thread while the server writes the chunks already
 * checked: the two halves of a large import then take the time of the longer one rather than of
 * both, and the server's event loop stays free for other requests meanwhile. Starting a worker
 * (and its TypeScript loader) takes a third of a second, so one is kept for the next import.
 */
const planners = workerPool(() =>
  // Checking a row makes a few kilobytes of short-lived objects. With V8's default young generation
  // the planner spent half its time collecting them; one of 192 MB (taken only as it fills) halves
  // the time it takes to plan 100,000 rows.
  startWorker(new URL('./planner.worker.ts', import.meta.url), {
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  }),
);

export interface PlannedFile {
  /** Checks every row against these names, and gives the totals only. */
  check(existing: ExistingNames): Promise<Tally>;
  /** The file's plan, checked against these names, a chunk at a time. */
  chunks(existing: ExistingNames): AsyncIterable<PlanChunk>;
  /** Lets the worker go: back to wait for the next import once it is done, or stopped when it is not. */
  close(): void;
}

/** Messages from one job, in order, or the worker's failure if it dies first. */
function inbox(worker: Worker, port: MessagePort) {
  const queued: PlannerMessage[] = [];
  let waiting: { resolve(m: PlannerMessage): void; reject(e: Error): void } | undefined;
  let broken: Error | undefined;
  const fail = (error: Error) => {
    broken = error;
    waiting?.reject(error);
  };
  const onError = (error: Error) => fail(error);
  const onExit = (code: number) => fail(new Error(`The import planner stopped (exit code ${code})`));
  worker.on('error', onError).on('exit', onExit);
  port.on('message', (message: PlannerMessage) => {
    if (waiting) waiting.resolve(message);
    else queued.push(message);
    waiting = undefined;
  });
  return {
    next(): Promise<PlannerMessage> {
      const message = queued.shift();
      if (message) return Promise.resolve(message);
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    detach() {
      worker.off('error', onError).off('exit', onExit);
      port.close();
    },
  };
}

function failed(message: Extract<PlannerMessage, { kind: 'failed' }>): Error {
  if (!message.problem) return new Error(`The import planner failed: ${message.message}`);
  const { status, title, errors } = message.problem;
  return new ProblemError(status, title, message.message, errors);
}

/** Hands the file to a planner thread, which starts reading it at once. */
export function planOffThread(format: DatasetFormat, text: string): PlannedFile {
  const worker = planners.take();
  const { port1, port2 } = new MessageChannel();
  const messages = inbox(worker, port1);
  let done = false;
  const job: PlanJob = { format, text, port: port2 };
  worker.postMessage(job, [port2]);
  const request = (existing: ExistingNames, dryRun: boolean) =>
    port1.postMessage({ existing, dryRun } satisfies PlanRequest);
  /** The next message, once the job has ended when it is the last. */
  const next = async () => {
    const message = await messages.next();
    done = message.kind !== 'chunk';
    if (message.kind === 'failed') throw failed(message);
    return message;
  };

  return {
    async check(existing) {
      request(existing, true);
      const message = await next();
      if (message.kind !== 'checked') throw new Error(`The import planner answered ${message.kind} to a dry run`);
      return message.total;
    },
    async *chunks(existing) {
      request(existing, false);
      for (let message = await next(); message.kind === 'chunk'; message = await next()) {
        yield planChunkFromJson(message.json);
      }
    },
    close() {
      messages.detach();
      planners.giveBack(worker, done);
    },
  };
}
