import { parentPort, workerData } from 'node:worker_threads';
import { openStorage } from '../../storage/database.js';
import { readComparison, readRows, rowsDiffering } from './reads.js';
import { readEstimateJson } from './estimates.js';
import type { ReadJob, ReadReply } from './reader.js';

// A connection of its own: on SQLite its reads run beside the server's connection, in WAL mode
// seeing every write committed before each read began.
const storage = await openStorage(workerData.url as string, { readOnly: true });

async function answer(job: ReadJob): Promise<ReadReply> {
  try {
    if (job.kind === 'rows') return { id: job.id, ...(await readRows(storage.db, job.basis, job.metricIds)) };
    if (job.kind === 'differing')
      return { id: job.id, differing: await rowsDiffering(storage.db, job.basis, job.other) };
    if (job.kind === 'estimate')
      return { id: job.id, json: await readEstimateJson(storage.db, job.read, job.metricId, job.asOf, job.options) };
    const comparison = await readComparison(storage.db, job.metricId, job.asOf, job.includeImprobable);
    return { id: job.id, json: comparison && JSON.stringify(comparison) };
  } catch (error) {
    return { id: job.id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort!.on('message', (job: ReadJob | 'close') => {
  if (job === 'close') void storage.close().then(() => parentPort!.close());
  else void answer(job).then((reply) => parentPort!.postMessage(reply));
});
