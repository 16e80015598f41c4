import { parentPort, type MessagePort } from 'node:worker_threads';
import type { DatasetFormat } from '../../../shared/dataset/transfer.js';
import { readCsvDataset } from './checkCsv.js';
import { ProblemError } from '../errors.js';
import { tally, type DatasetReader, type ExistingNames, type Tally } from './plan.js';
import { readJsonDataset } from './checkJson.js';
import { planChunkToJson } from './planChunkJson.js';

/** One file to plan, and the port its plan goes back on. */
export interface PlanJob {
  format: DatasetFormat;
  text: string;
  port: MessagePort;
}

/** What the server sends on the job's port once it has the names the file is to be checked against. */
export interface PlanRequest {
  existing: ExistingNames;
  /** Whether only the totals are wanted, as for a dry run, rather than every chunk to write. */
  dryRun: boolean;
}

/**
 * What the planner answers: each chunk then done, or only the totals for a dry run; or, at any
 * point, that it failed. Chunks travel as JSON text (see planChunkJson), which the server reads back
 * in a fraction of the time a structured clone of the same objects takes.
 */
export type PlannerMessage =
  | { kind: 'chunk'; json: string }
  | { kind: 'done' }
  | { kind: 'checked'; total: Tally }
  | { kind: 'failed'; message: string; problem?: { status: number; title: string; errors?: ProblemError['errors'] } };

const readers: Record<DatasetFormat, (text: string) => DatasetReader> = { csv: readCsvDataset, json: readJsonDataset };

function failure(error: unknown): PlannerMessage {
  if (error instanceof ProblemError) {
    const { status, title, errors } = error;
    return { kind: 'failed', message: error.message, problem: { status, title, errors } };
  }
  return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function plan({ format, text, port }: PlanJob): Promise<void> {
  const send = (message: PlannerMessage) => port.postMessage(message);
  // The file is read while the server looks the names up.
  const request = new Promise<PlanRequest>((resolve) => port.once('message', resolve));
  try {
    const reader = readers[format](text);
    const { existing, dryRun } = await request;
    if (dryRun) {
      const found = tally();
      reader.plan(existing, (chunk) => found.add(chunk));
      send({ kind: 'checked', total: found.total });
    } else {
      reader.plan(existing, (chunk) => send({ kind: 'chunk', json: planChunkToJson(chunk) }));
      send({ kind: 'done' });
    }
  } catch (error) {
    send(failure(error));
  } finally {
    port.close();
  }
}

parentPort!.on('message', (job: PlanJob) => void plan(job));
