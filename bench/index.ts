import { cpus } from 'node:os';
import { catalogueBench } from './catalogue.js';
import { comparisonBench } from './comparison.js';
import { dashboardBench } from './dashboard.js';
import { extractionBench } from './extraction.js';
import { findingsBench } from './findings.js';
import { importBench } from './import.js';
import { loadBench } from './load.js';
import type { Bench } from './support/bench.js';

/** Run in sequence, never side by side: each needs the whole machine for its figures to mean anything. */
const benches: Bench[] = [
  comparisonBench,
  loadBench,
  catalogueBench,
  dashboardBench,
  extractionBench,
  findingsBench,
  importBench,
];

console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
const started = performance.now();
for (const bench of benches) {
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}
console.log(`\nAll benchmarks done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
