// A worker thread starts without the tsx loader the server runs under: this registers it for the planner.
import { tsImport } from 'tsx/esm/api';

await tsImport('./importPlanner.worker.ts', import.meta.url);
