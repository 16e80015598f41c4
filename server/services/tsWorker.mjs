// A worker thread starts without the tsx loader the server runs under: this registers it and runs
// the TypeScript module the worker was started for (its workerData), relative to this folder.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(`./${workerData.module}`, import.meta.url);
