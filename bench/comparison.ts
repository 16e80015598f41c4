import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { pino } from 'pino';
import { loadConfig } from '../server/config.js';
import { startBackend } from '../server/start.js';
import { envNumber, type Bench } from './support/bench.js';
import { generateClaims } from './support/claimsData.js';
import { loadTest, type LoadResult } from './support/load.js';
import { listenOnLoopback } from './support/servers.js';
import { figure, megabytes, milliseconds, printTable } from './support/table.js';

/**
 * Issue 2: GET /api/metrics/:id/comparison on a database of a million claims, against a bare
 * Express route that sends the very same bytes. The endpoint caches its serialized answer until the
 * next write, so under load it should cost little more than the bare route: the gap is what our
 * middleware (helmet, request logging, query parsing) and handler add per request.
 */
const size = { sources: 50, metrics: 100, claims: envNumber('BENCH_CLAIMS', 1_000_000) };
const load = { connections: 50, seconds: envNumber('BENCH_SECONDS', 10), warmupSeconds: 2 };
const asOf = '2025-06-30';
const metricId = 1;
/** Metrics read once each, uncached, to show the query's cost apart from first-request start-up. */
const uncachedMetricIds = [2, 3, 4, 5, 6];
const targets = { ratio: 0.8, p99Ms: 20 };

export const comparisonBench: Bench = {
  name: 'Comparison endpoint (issue 2): generated claims, cached JSON vs a bare Express route',
  run,
};

const comparisonPath = (id: number) => `/api/metrics/${id}/comparison?asOf=${asOf}`;

async function timedGet(url: string): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return { ms, body };
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    await runIn(join(dir, 'bench.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runIn(dbPath: string): Promise<void> {
  const logger = pino({ level: 'silent' });
  // The server's own start-up creates the file and runs the migrations; the rows go in directly.
  const backend = await startBackend(
    loadConfig({
      DATABASE_URL: dbPath,
      SEED: 'false',
      LOG_LEVEL: 'silent',
      PUBLIC_READ: 'true',
      TRIANGULATE_ADMIN_PASSWORD: 'bench-admin-password',
    }),
    logger,
  );
  try {
    const generationStarted = performance.now();
    generateClaims(dbPath, size);
    const generationMs = performance.now() - generationStarted;
    console.log(
      `Generated ${figure(size.sources)} sources, ${figure(size.metrics)} metrics and ${figure(size.claims)} claims` +
        ` in ${(generationMs / 1000).toFixed(1)} s; database file ${megabytes(statSync(dbPath).size)}`,
    );
    const real = await listenOnLoopback(backend.app());
    try {
      await measure(real.origin);
    } finally {
      await real.close();
    }
  } finally {
    await backend.close();
  }
}

async function measure(realOrigin: string): Promise<void> {
  // The first request of the process pays for lazy loading (fetch's client, Express's router) that
  // has nothing to do with the query: a health check takes that before the timed request.
  await timedGet(`${realOrigin}/api/health`);
  const first = await timedGet(realOrigin + comparisonPath(metricId));
  const uncached = await timeEach(realOrigin, uncachedMetricIds);
  const cachedRepeat = await timedGet(realOrigin + comparisonPath(metricId));
  const answer = JSON.parse(first.body) as { entries: unknown[]; statements: unknown[] };
  console.log(
    `First comparison request (metric ${metricId}, ~${figure(size.claims / size.metrics)} claims, uncached):` +
      ` ${milliseconds(first.ms)}; body ${figure(Buffer.byteLength(first.body))} bytes,` +
      ` ${answer.entries.length} entries + ${answer.statements.length} statements`,
  );
  const sorted = [...uncached].sort((a, b) => a - b);
  console.log(
    `Uncached, metrics ${uncachedMetricIds.join(', ')}: median ${milliseconds(sorted[sorted.length >> 1]!)},` +
      ` max ${milliseconds(sorted.at(-1)!)}; the same request again (cached): ${milliseconds(cachedRepeat.ms)}`,
  );

  const bare = await listenOnLoopback(bareApp(first.body));
  try {
    const fromBare = await timedGet(bare.origin + comparisonPath(metricId));
    if (fromBare.body !== first.body) throw new Error('The bare route does not serve the same body');

    console.log(
      `\nautocannon: ${load.connections} connections, ${load.seconds} s each after ${load.warmupSeconds} s warm-up,` +
        ` 127.0.0.1, GET ${comparisonPath(metricId)}`,
    );
    // One after the other: run side by side they would share the two cores and measure each other.
    const bareResult = await loadTest(bare.origin + comparisonPath(metricId), load);
    const realResult = await loadTest(realOrigin + comparisonPath(metricId), load);
    report({ bare: bareResult, real: realResult });
  } finally {
    await bare.close();
  }
}

async function timeEach(origin: string, ids: readonly number[]): Promise<number[]> {
  const times: number[] = [];
  for (const id of ids) times.push((await timedGet(origin + comparisonPath(id))).ms);
  return times;
}

/** The floor to compare against: Express with no middleware, sending the comparison's bytes as they are. */
function bareApp(body: string): express.Express {
  const app = express();
  app.get('/api/metrics/:id/comparison', (_req, res) => void res.type('json').send(body));
  return app;
}

function report({ bare, real }: { bare: LoadResult; real: LoadResult }): void {
  const row = (name: string, r: LoadResult) => [
    name,
    figure(r.requestsPerSecond),
    milliseconds(r.p50Ms),
    milliseconds(r.p99Ms),
    figure(r.requests),
    figure(r.failures),
  ];
  printTable(
    ['route', 'req/s', 'p50', 'p99', 'requests', 'failures'],
    [row('bare Express, same body', bare), row('GET …/comparison (app)', real)],
  );
  const ratio = real.requestsPerSecond / bare.requestsPerSecond;
  // Figures, not assertions: a busy laptop must not turn the benchmark red.
  console.log(
    `\nThroughput ratio app / bare: ${ratio.toFixed(2)}× (target ≥ ${targets.ratio}×: ${ratio >= targets.ratio ? 'met' : 'not met'})`,
  );
  console.log(
    `App p99 latency: ${milliseconds(real.p99Ms)} (target < ${targets.p99Ms} ms: ${real.p99Ms < targets.p99Ms ? 'met' : 'not met'})`,
  );
  if (bare.failures + real.failures > 0) console.log('Some requests failed: the figures above are not comparable.');
}
