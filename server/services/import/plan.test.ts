import { describe, expect, it } from 'vitest';
import { maxListedImportErrors } from '../../../shared/dataset/transfer.js';
import { readCsvDataset } from './checkCsv.js';
import { issueCollector, type PlanChunk } from './plan.js';

describe('issueCollector', () => {
  it('lists the first issues up to the cap across takes, and counts every issue and row', () => {
    const issues = issueCollector();
    for (let line = 2; line < 2 + 600; line++) {
      issues.add({ line }, 'value', 'Must be a number');
      issues.add({ line }, 'high', 'The high end must not be below the low end');
    }
    const first = issues.take();
    expect(first).toMatchObject({ count: 1200, rows: 600 });
    expect(first.listed).toHaveLength(maxListedImportErrors);
    expect(first.listed[0]).toEqual({ path: 'lines.2.value', message: 'Must be a number', field: 'value', line: 2 });

    issues.add({ collection: 'claims', index: 3 }, 'sourceId', 'No source with id 8 in this file');
    expect(issues.take()).toEqual({ listed: [], count: 1, rows: 1 });
    expect(issues.take()).toEqual({ listed: [], count: 0, rows: 0 });
  });

  it('cuts a long cell or key it names to its start, in the path as in the field', () => {
    const issues = issueCollector();
    issues.add({ line: 1 }, 'x'.repeat(700_000), 'Not a known column');
    issues.add({ collection: 'claims', index: 0 }, '', 'Invalid input: expected object, received string');
    const [column, record] = issues.take().listed;
    expect(column!.field).toBe(`${'x'.repeat(99)}…`);
    expect(column!.path).toBe(`lines.1.${column!.field}`);
    expect(record!.path).toBe('claims.0');
  });
});

describe('a CSV planned on the planner thread', () => {
  const existing = { sources: new Map(), metrics: new Map(), metricWholes: new Map() };

  it('hands on no more issues than the cap, for a header of 200,000 unknown columns', () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
    const chunks: PlanChunk[] = [];
    readCsvDataset(`${header}\r\n`).plan(existing, (chunk) => chunks.push(chunk));
    expect(chunks.map((chunk) => chunk.issues.listed.length)).toEqual([maxListedImportErrors]);
    // Every unknown column, and the three required ones missing.
    expect(chunks[0]!.issues).toMatchObject({ count: 200_003, rows: 1 });
  });

  it('lists the cap across the chunks of a file with a bad row in each, and counts the rest', () => {
    const rows = 'S,M,x,exact,-1\r\n'.repeat(5000);
    const chunks: PlanChunk[] = [];
    readCsvDataset(`source,metric,metricUnit,valueKind,value\r\n${rows}`).plan(existing, (chunk) => chunks.push(chunk));
    // The last chunk holds what only the whole file tells, wholes named but never found: none here.
    expect(chunks.map((chunk) => chunk.issues.listed.length)).toEqual([maxListedImportErrors, 0, 0, 0]);
    expect(chunks.map((chunk) => chunk.issues.count)).toEqual([2000, 2000, 1000, 0]);
  });
});
