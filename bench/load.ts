import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { migrateToLatest, openStorage } from '../server/storage/database.js';
import { envNumber, type Bench } from './support/bench.js';
import { generateClaims } from './support/claimsData.js';
import { residentBytes, startServer, stopServer } from './support/productionServer.js';
import { seededRandom } from './support/random.js';
import { figure, megabytes, milliseconds, printTable } from './support/table.js';

/**
 * Issue 15: the server under mixed load from many clients at once, reads and editors' writes
 * together, on 100,000 claims: every write empties the comparison caches, so reads keep finding
 * them cold. The server runs in a process of its own, so that its memory is measured alone and
 * the load generator does not share its thread.
 */
const size = { sources: 50, metrics: 100, claims: envNumber('BENCH_LOAD_CLAIMS', 100_000) };
const load = { connections: 100, seconds: envNumber('BENCH_LOAD_SECONDS', 60), timeoutSeconds: 10 };
const targets = { p99Ms: 500, rssMb: 300 };

export const loadBench: Bench = {
  name: `Mixed load (issue 15): ${load.connections} connections, reads and writes, on ${figure(size.claims)} claims`,
  run,
};

/** What each request is, with its share of the load: mostly reading, as a team of analysts does. */
const mix = {
  comparison: 30,
  overview: 10,
  claims: 20,
  sources: 12,
  metrics: 8,
  health: 5,
  newClaim: 10,
  batch: 5,
} as const;
type Kind = keyof typeof mix;
const asOfDates = ['2024-06-30', '2025-01-01', '2025-06-30', '2026-01-01'];

function requestFor(kind: Kind, random: ReturnType<typeof seededRandom>, cookie: string): autocannon.Request {
  const headers = { cookie, 'content-type': 'application/json' };
  const metricId = random.int(1, size.metrics);
  const claim = () => ({
    metricId,
    sourceId: random.int(1, size.sources),
    value: { kind: 'exact', value: random.int(1, 100_000) },
    statedOn: random.pick(asOfDates),
  });
  switch (kind) {
    case 'comparison':
      return { method: 'GET', headers, path: `/api/metrics/${metricId}/comparison?asOf=${random.pick(asOfDates)}` };
    case 'overview':
      return { method: 'GET', headers, path: `/api/divergence?asOf=${random.pick(asOfDates)}&limit=50` };
    case 'claims':
      return { method: 'GET', headers, path: `/api/claims?metricId=${metricId}&limit=100` };
    case 'sources':
      return { method: 'GET', headers, path: '/api/sources' };
    case 'metrics':
      return { method: 'GET', headers, path: '/api/metrics' };
    case 'health':
      return { method: 'GET', headers, path: '/api/health' };
    case 'newClaim':
      return { method: 'POST', headers, path: '/api/claims', body: JSON.stringify(claim()) };
    case 'batch':
      return {
        method: 'POST',
        headers,
        path: '/api/claims/batch',
        body: JSON.stringify({ items: [{ claim: claim() }, { claim: claim() }, { claim: claim() }] }),
      };
  }
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-load-'));
  const started = performance.now();
  const dbPath = join(dir, 'load.db');
  // Filled here rather than by the server, whose memory would then count the filling.
  const storage = await openStorage(dbPath);
  await migrateToLatest(storage.db);
  await storage.close();
  generateClaims(dbPath, size);
  const { child, origin, cookie } = await startServer(dbPath);
  try {
    console.log(
      `Server up on ${figure(size.claims)} generated claims in ${((performance.now() - started) / 1000).toFixed(1)} s;` +
        ` RSS ${megabytes(residentBytes(child.pid!))} before the load`,
    );
    await measureLoad(origin, cookie, () => residentBytes(child.pid!));
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the mixed load against a server already listening, and prints what it did. */
export async function measureLoad(origin: string, cookie: string, serverRss: () => number): Promise<void> {
  const random = seededRandom(20261203);
  const counts = new Map<Kind, number>();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRss())), 500);
  const result = await autocannon({
    url: origin,
    connections: load.connections,
    duration: load.seconds,
    timeout: load.timeoutSeconds,
    requests: [
      {
        setupRequest: (request) => {
          const kind = random.weighted(mix);
          counts.set(kind, (counts.get(kind) ?? 0) + 1);
          return { ...request, ...requestFor(kind, random, cookie) };
        },
      },
    ],
  });
  clearInterval(sampler);
  report(result, peakRss, counts);
}

function report(result: autocannon.Result, peakRss: number, counts: Map<Kind, number>): void {
  const errors = result.non2xx + result.errors;
  printTable(
    ['figure', 'value'],
    [
      ['requests', figure(result.requests.total)],
      ['throughput', `${figure(result.requests.average)} req/s`],
      ['p50', milliseconds(result.latency.p50)],
      ['p99', milliseconds(result.latency.p99)],
      ['max', milliseconds(result.latency.max)],
      ['errors (non-2xx and failed)', figure(errors)],
      ['time-outs', figure(result.timeouts)],
      ['server RSS, peak', megabytes(peakRss)],
    ],
  );
  console.log(
    `Mix sent: ${[...counts].map(([kind, n]) => `${kind} ${figure(n)}`).join(', ')}` +
      (result.non2xx > 0 ? `; status codes: ${JSON.stringify(result.statusCodeStats)}` : ''),
  );
  // Figures, not assertions: a busy laptop must not turn the benchmark red.
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  console.log(
    `Targets: 0 errors and 0 time-outs (${met(errors === 0 && result.timeouts === 0)}), p99 < ${targets.p99Ms} ms` +
      ` (${met(result.latency.p99 < targets.p99Ms)}), server RSS < ${targets.rssMb} MB (${met(peakRss < targets.rssMb * 1024 * 1024)})`,
  );
}
