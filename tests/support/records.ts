import type { Express } from 'express';
import request from 'supertest';
import { csvDocument } from '../../shared/csv.js';
import { csvHeader } from '../../shared/dataset/csvColumns.js';
import {
  Claim,
  Metric,
  Source,
  type ClaimInput,
  type MetricInput,
  type SourceInput,
} from '../../shared/schemas/index.js';

let counter = 0;
/** Names are unique whatever their case, so every record a test makes gets a name of its own. */
export const uniqueName = (prefix: string) => `${prefix} ${++counter}`;

export async function createSource(app: Express, fields: Partial<SourceInput> = {}): Promise<Source> {
  const res = await request(app)
    .post('/api/sources')
    .send({ name: uniqueName('Source'), ...fields })
    .expect(201);
  return Source.parse(res.body);
}

export async function createMetric(app: Express, fields: Partial<MetricInput> = {}): Promise<Metric> {
  const res = await request(app)
    .post('/api/metrics')
    .send({ name: uniqueName('Metric'), unit: 'soldiers', ...fields })
    .expect(201);
  return Metric.parse(res.body);
}

/** A claim; without a metric or source it makes its own. */
export async function createClaim(app: Express, fields: Partial<ClaimInput> = {}): Promise<Claim> {
  const metricId = fields.metricId ?? (await createMetric(app)).id;
  const sourceId = fields.sourceId ?? (await createSource(app)).id;
  const res = await request(app)
    .post('/api/claims')
    .send({ value: { kind: 'exact', value: 9 }, ...fields, metricId, sourceId })
    .expect(201);
  return Claim.parse(res.body);
}

/**
 * A metric of soldiers killed with the demo data's shape, without its names: eight figures from five
 * sources over a year, from 9 to more than 6,000, the last KCNA's 9 for one unit (part of the scope).
 * The first claim is the oldest.
 */
export async function createKilledFigures(app: Express): Promise<{ metric: Metric; claims: Claim[] }> {
  const metric = await createMetric(app, { unit: 'soldiers' });
  const sources: number[] = [];
  for (let i = 0; i < 4; i++) sources.push((await createSource(app)).id);
  sources.push((await createSource(app, { name: 'Korean Central News Agency (KCNA)', shortName: 'KCNA' })).id);
  const figures: [source: number, value: ClaimInput['value'], statedOn: string, coverage?: 'part'][] = [
    [0, { kind: 'at_least', value: 100 }, '2024-12-19'],
    [0, { kind: 'approximate', value: 300 }, '2025-01-13'],
    [1, { kind: 'approximate', value: 1000 }, '2025-01-23'],
    [0, { kind: 'approximate', value: 600 }, '2025-04-30'],
    [0, { kind: 'approximate', value: 2000 }, '2025-09-02'],
    [2, { kind: 'at_least', value: 600 }, '2025-11-04'],
    [3, { kind: 'at_least', value: 6000 }, '2025-11-14'],
    [4, { kind: 'exact', value: 9 }, '2025-12-12', 'part'],
  ];
  const claims: Claim[] = [];
  for (const [source, value, statedOn, coverage] of figures) {
    claims.push(await createClaim(app, { metricId: metric.id, sourceId: sources[source], value, statedOn, coverage }));
  }
  return { metric, claims };
}

/** Everything the API can show of the database, deleted records included, to check that nothing changed. */
export async function databaseSnapshot(app: Express) {
  const [claims, sources, metrics] = await Promise.all([
    request(app).get('/api/claims?includeDeleted=true&limit=500').expect(200),
    request(app).get('/api/sources?includeDeleted=true').expect(200),
    request(app).get('/api/metrics?includeDeleted=true').expect(200),
  ]);
  return { claims: claims.body, sources: sources.body, metrics: metrics.body };
}

/** A claims CSV in the export's columns, each row giving only the cells it names. */
export const claimsCsv = (rows: Partial<Record<(typeof csvHeader)[number], string>>[]): string =>
  csvDocument(
    csvHeader,
    rows.map((row) => csvHeader.map((column) => row[column] ?? null)),
  );
