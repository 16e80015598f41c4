import type { Express } from 'express';
import request from 'supertest';
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

/** Everything the API can show of the database, deleted records included, to check that nothing changed. */
export async function databaseSnapshot(app: Express) {
  const [claims, sources, metrics] = await Promise.all([
    request(app).get('/api/claims?includeDeleted=true&limit=500').expect(200),
    request(app).get('/api/sources?includeDeleted=true').expect(200),
    request(app).get('/api/metrics?includeDeleted=true').expect(200),
  ]);
  return { claims: claims.body, sources: sources.body, metrics: metrics.body };
}
