import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { build } from 'vite';
import { builtClient } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { startBackend } from '../server/start.js';
import { launchBrowser } from '../tests/support/browser.js';
import { envNumber, type Bench } from './support/bench.js';
import { generateClaims } from './support/claimsData.js';
import { listenOnLoopback } from './support/servers.js';
import { median } from './support/stats.js';
import { figure, milliseconds, printTable } from './support/table.js';

/**
 * Issue 3: what the first page costs to download, and how soon an analyst sees the comparison
 * chart of a metric when the database holds 100,000 claims, in headless Chromium on this machine.
 */
const size = { sources: 30, metrics: 100, claims: envNumber('BENCH_DASHBOARD_CLAIMS', 100_000) };
const runs = 5;
const targets = { firstPageGzipKb: 250, firstChartMs: 1000 };
const clientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

export const dashboardBench: Bench = {
  name: 'Dashboard (issue 3): first-page JS size and time to the first chart with 100k claims',
  run,
};

/** The chart counts as drawn once its marks are in the SVG. */
const firstChartMark = 'section[aria-labelledby="latest-heading"] .recharts-surface .chart-mark';

type PaintRecord = Window & { firstChartPaintedAt?: number };

/**
 * Runs in the page before its own scripts: notes the time, since navigation began, at which the
 * frame that first shows a chart mark has been painted. Timing it in the page matters: asked from
 * the benchmark once the mark is there, the page answers only when it is free again, after the
 * timeline and table that are rendered next.
 */
function recordFirstChartPaint(selector: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    // Frame callbacks run just before the browser paints; a task posted from one runs after it.
    requestAnimationFrame(() => {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = () => ((window as PaintRecord).firstChartPaintedAt = performance.now());
      afterPaint.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function run(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-dashboard-'));
  const dbPath = join(dir, 'bench.db');
  const backend = await startBackend(
    loadConfig({
      DATABASE_URL: dbPath,
      SEED: 'false',
      LOG_LEVEL: 'silent',
      PUBLIC_READ: 'true',
      TRIANGULATE_ADMIN_PASSWORD: 'bench-admin-password',
    }),
    pino({ level: 'silent' }),
  );
  generateClaims(dbPath, size);
  const server = await listenOnLoopback(backend.app(builtClient(clientDir)));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Each script's size gzipped (what the target counts) and as it came over the wire (brotli).
    const scripts = new Map<string, { gzip: number; sent: number }>();
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      void Promise.all([request.response(), request.sizes()]).then(async ([response, sizes]) =>
        scripts.set(request.url(), { gzip: gzipSync(await response!.body()).length, sent: sizes.responseBodySize }),
      );
    });
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const total = (size: 'gzip' | 'sent') => [...scripts.values()].reduce((sum, s) => sum + s[size], 0);

    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const fresh = await browser.newPage();
      await fresh.addInitScript(recordFirstChartPaint, firstChartMark);
      await fresh.goto(`${server.origin}/metrics/${1 + (i % size.metrics)}?asOf=2026-12-31`);
      const painted = await fresh.waitForFunction(() => (window as PaintRecord).firstChartPaintedAt, undefined, {
        timeout: 30_000,
      });
      timings.push((await painted.jsonValue())!);
      if (process.env.BENCH_VERBOSE) {
        console.log(
          await fresh.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .map((e) => e as PerformanceResourceTiming)
              .map(
                (e) => `${Math.round(e.startTime)}→${Math.round(e.responseEnd)} ${e.name.replace(location.origin, '')}`,
              )
              .join('\n'),
          ),
        );
      }
      await fresh.close();
    }
    printTable(
      ['measure', 'value', 'target'],
      [
        [
          `JS loaded by the first page (${scripts.size} files, gzip)`,
          `${figure(total('gzip') / 1024, 1)} KB`,
          `≤ ${targets.firstPageGzipKb} KB`,
        ],
        ['the same as sent (brotli)', `${figure(total('sent') / 1024, 1)} KB`, ''],
        [
          `navigation → first comparison chart, median of ${runs}`,
          milliseconds(median(timings)),
          `< ${milliseconds(targets.firstChartMs)}`,
        ],
        ['slowest of those', milliseconds(Math.max(...timings)), ''],
      ],
    );
    console.log(`(${figure(size.claims)} claims over ${size.metrics} metrics and ${size.sources} sources)`);
  } finally {
    await browser.close();
    await server.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
