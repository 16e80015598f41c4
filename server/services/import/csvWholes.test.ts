import { describe, expect, it } from 'vitest';
import { nameKey } from '../../storage/rows.js';
import { readCsvDataset } from './checkCsv.js';
import { rowsPerChunk, type ExistingNames, type PlanChunk } from './plan.js';

const header = 'source,metric,metricUnit,metricPartOf,valueKind\r\n';
const row = (metric: string, whole = '') => `S,${metric},people,${whole},statement\r\n`;

function plan(csv: string, existing: ExistingNames): PlanChunk[] {
  const chunks: PlanChunk[] = [];
  readCsvDataset(header + csv).plan(existing, (chunk) => chunks.push(chunk));
  return chunks;
}

const database: ExistingNames = {
  sources: new Map(),
  metrics: new Map([
    [nameKey('Casualties'), { id: 7, deleted: false }],
    [nameKey('Killed'), { id: 8, deleted: false }],
    [nameKey('Gone'), { id: 9, deleted: true }],
  ]),
  metricWholes: new Map([[8, 7]]),
};

describe('the wholes of a CSV', () => {
  it("link a new metric to the database's whole in the chunk that creates it", () => {
    const [first] = plan(row('Wounded', 'casualties'), database);
    expect(first).toMatchObject({ metricWholes: [[0, { id: 7 }]], metricsAwaitingWholes: [] });
  });

  it('hold a part back until a later chunk creates its whole, then link it there', () => {
    const filler = row('Filler').repeat(rowsPerChunk);
    const chunks = plan(row('In Kursk', 'Sent') + filler + row('Sent'), database);
    expect(chunks.map((c) => [c.metricWholes, c.metricsAwaitingWholes])).toEqual([
      [[], [0]],
      [[[0, { created: 2 }]], []],
      [[], []],
    ]);
    expect(chunks.flatMap((c) => c.issues.listed)).toEqual([]);
  });

  it('warn of nothing when a row gives an existing metric the whole it has', () => {
    const chunks = plan(row('Killed', 'Casualties') + row('Killed'), database);
    expect(chunks.flatMap((c) => c.warnings.listed)).toEqual([]);
    expect(chunks.flatMap((c) => c.metricWholes)).toEqual([]);
  });

  it('refuse a deleted whole at the row that names it, and warn of one that never comes', () => {
    const chunks = plan(row('Part', 'Gone') + row('Other', 'Nowhere') + row('Else'), database);
    expect(chunks.flatMap((c) => c.issues.listed.map((i) => i.path))).toEqual(['lines.2.metricPartOf']);
    expect(chunks.flatMap((c) => c.warnings.listed.map((i) => i.path))).toEqual(['lines.3.metricPartOf']);
    expect(chunks.flatMap((c) => c.metricWholes)).toEqual([]);
  });
});
