import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvDocument } from '../shared/csv.js';
import { envNumber, type Bench } from './support/bench.js';
import { startServer, stopServer } from './support/productionServer.js';
import { median } from './support/stats.js';
import { figure, milliseconds, printTable } from './support/table.js';

/**
 * Issue 15: the overview of a large catalogue, uncached, while health checks keep coming. One
 * import names a new source and a new metric on every row, 6,000 of each; each as-of date read
 * is one the server has not read before. Measured twice: as a viewer stepping through dates finds
 * it, each date started from the table of the date before, which no claim differs from; and read
 * in full, each date after a source's edit has made every table stale.
 */
const rows = envNumber('BENCH_CATALOGUE_ROWS', 6000);
const stepped = ['2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01'];
const afterEdits = ['2025-06-15', '2025-07-15', '2025-08-15', '2025-09-15', '2025-10-15'];
const targets = { answerMs: 250, healthMs: 50 };

export const catalogueBench: Bench = {
  name: `Large catalogue (issue 15): the overview of ${figure(rows)} metrics × ${figure(rows)} sources, uncached`,
  run,
};

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-catalogue-'));
  const { child, origin, cookie } = await startServer(join(dir, 'catalogue.db'));
  try {
    const csv = csvDocument(
      ['source', 'metric', 'metricUnit', 'valueKind', 'value', 'statedOn'],
      Array.from({ length: rows }, (_, i) => [
        `Source ${i}`,
        `Metric ${i}`,
        'people',
        'exact',
        String(i + 1),
        '2025-03-01',
      ]),
    );
    const imported = await fetch(`${origin}/api/import`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv' },
      body: csv,
    });
    if (!imported.ok) throw new Error(`The import answered ${imported.status}: ${await imported.text()}`);
    const get = (path: string) => fetch(origin + path, { headers: { cookie } });
    // The reader thread's start-up and the first read of the file: not what is measured.
    await (await get('/api/divergence?asOf=2020-01-01')).arrayBuffer();

    async function editSource() {
      const source = (await (await get('/api/sources/1')).json()) as { version: number };
      const edited = await fetch(`${origin}/api/sources/1`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ version: source.version, notes: `Edited for the bench ${source.version}` }),
      });
      if (!edited.ok) throw new Error(`The source's edit answered ${edited.status}`);
    }

    const overviewWithHealthChecks = async (asOf: string): Promise<Measured> => {
      const started = performance.now();
      let answered = false;
      const answer = get(`/api/divergence?asOf=${asOf}&limit=50`).then(async (res) => {
        if (!res.ok) throw new Error(`The overview answered ${res.status}`);
        await res.arrayBuffer();
        answered = true;
        return performance.now() - started;
      });
      const healthMs: number[] = [];
      while (!answered) {
        const asked = performance.now();
        await (await get('/api/health')).arrayBuffer();
        healthMs.push(performance.now() - asked);
      }
      return { asOf, answerMs: await answer, healthMs };
    };
    const measure = async (dates: string[], before: () => Promise<void>) => {
      const measured: Measured[] = [];
      for (const asOf of dates) {
        await before();
        measured.push(await overviewWithHealthChecks(asOf));
      }
      return measured;
    };
    report('Stepping through dates, each started from the date before', await measure(stepped, async () => {}));
    report('Each date read in full, after an edit of a source', await measure(afterEdits, editSource));
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Measured {
  asOf: string;
  answerMs: number;
  healthMs: number[];
}

function report(title: string, measured: Measured[]): void {
  console.log(`${title}:`);
  printTable(
    ['as-of date', 'uncached overview', 'health checks meanwhile', 'slowest health check'],
    measured.map(({ asOf, answerMs, healthMs }) => [
      asOf,
      milliseconds(answerMs),
      figure(healthMs.length),
      milliseconds(Math.max(...healthMs)),
    ]),
  );
  const answer = median(measured.map((m) => m.answerMs));
  const health = Math.max(...measured.flatMap((m) => m.healthMs));
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  console.log(
    `Median uncached overview ${milliseconds(answer)} (target < ${targets.answerMs} ms: ${met(answer < targets.answerMs)});` +
      ` slowest health check meanwhile ${milliseconds(health)} (target < ${targets.healthMs} ms: ${met(health < targets.healthMs)})`,
  );
}
