// A worker thread starts without the tsx loader the server runs under: this registers it and runs
// the TypeScript module the worker was started for (the file URL in its workerData.tsEntry).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.tsEntry, import.meta.url);
