import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFormat, datasetVersion } from '../../shared/dataset/datasetFile.js';
import { idsPerStatement } from '../../server/storage/records.js';
import { uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const claim = (id: number, value: object, more: object = {}) => ({
  id,
  metricId: 1,
  sourceId: 1,
  value,
  scope: 'whole contingent',
  statedOn: '2025-12',
  via: 'lawmaker after a briefing',
  reportedBy: 'Wire "service"',
  citationUrl: 'https://example.org/report?id=1&b=2',
  quote: 'More than 6,000 — \u00e9 \u4e2d',
  credibility: 2,
  repeatsClaimId: null,
  notes: null,
  ...more,
});

/** A file of every kind of value, a deleted claim, and a claim that repeats one further down. */
const file = () => ({
  format: datasetFormat,
  version: datasetVersion,
  sources: [
    {
      id: 1,
      name: uniqueName('Source'),
      shortName: 'S',
      kind: 'government',
      country: 'KR',
      group: 'South Korea',
      reliability: 'B',
      url: 'https://example.org',
      notes: 'line one\nline two',
    },
  ],
  metrics: [{ id: 1, name: uniqueName('Metric'), unit: 'people', topic: null, description: 'Killed' }],
  claims: [
    claim(1, { kind: 'exact', value: 0.1 + 0.2 }),
    claim(2, { kind: 'approximate', value: 14_000 }),
    claim(3, { kind: 'at_least', value: 6000 }, { repeatsClaimId: 6 }),
    claim(4, { kind: 'at_most', value: 123_456_789.123_456_79 }),
    claim(5, { kind: 'range', low: 11_000, high: 12_000 }, { statedOn: null }),
    claim(6, { kind: 'statement' }, { deleted: true }),
  ],
});

type Revision = { action: string; version: number; snapshot: Record<string, unknown> };

const historyOf = async (path: string): Promise<Revision[]> =>
  (await request(t.app).get(`${path}/history`).expect(200)).body.items;

const recordAt = async (path: string): Promise<Record<string, unknown>> =>
  (await request(t.app).get(path).expect(200)).body;

/** Snapshots the database builds must read as the record does, key for key and in the same order. */
function expectSnapshotOf(snapshot: Record<string, unknown>, record: Record<string, unknown>) {
  expect(snapshot).toEqual(record);
  expect(Object.keys(snapshot)).toEqual(Object.keys(record));
}

describe('revisions written by an import', () => {
  it('snapshot each record as it reads, for every kind of value, deleted or repeating', async () => {
    const announced: { type: string; id: number; action: string; version: number }[] = [];
    const unsubscribe = t.services.feed.subscribe((changes) => announced.push(...changes));
    await request(t.app).post('/api/import').send(file()).expect(201);
    unsubscribe();

    const created = (type: string) => announced.filter((c) => c.type === type && c.action === 'create');
    const [source] = created('source');
    const [metric] = created('metric');
    const claims = created('claim').sort((a, b) => a.id - b.id);
    expect(claims).toHaveLength(6);

    for (const [path, record] of [
      [`/api/sources/${source!.id}`, source!],
      [`/api/metrics/${metric!.id}`, metric!],
      ...claims.map((c) => [`/api/claims/${c.id}`, c] as const),
    ] as const) {
      const history = await historyOf(path);
      const now = await recordAt(path);
      const asCreated = { ...now, version: 1, deletedAt: null };
      if (now.deletedAt === null) {
        expect(history.map((r) => [r.action, r.version])).toEqual([['create', 1]]);
        expectSnapshotOf(history[0]!.snapshot, asCreated);
      } else {
        expect(history.map((r) => [r.action, r.version])).toEqual([
          ['create', 1],
          ['delete', 2],
        ]);
        expectSnapshotOf(history[0]!.snapshot, asCreated);
        expectSnapshotOf(history[1]!.snapshot, now);
      }
      expect(announced.filter((c) => c.id === record.id && c.type === record.type)).toHaveLength(history.length);
    }

    const repeating = await recordAt(`/api/claims/${claims[2]!.id}`);
    expect(repeating.repeatsClaimId).toBe(claims[5]!.id);
  });
});

describe('revisions of a large import', () => {
  it('are written for every record, past the ids one statement takes', async () => {
    const claims = Array.from({ length: idsPerStatement + 1 }, (_, i) => claim(i + 1, { kind: 'exact', value: i }));
    const announced: { type: string; id: number }[] = [];
    const unsubscribe = t.services.feed.subscribe((changes) => announced.push(...changes));
    await request(t.app)
      .post('/api/import')
      .send({ ...file(), claims })
      .expect(201);
    unsubscribe();
    const claimIds = announced.filter((c) => c.type === 'claim').map((c) => c.id);
    expect(claimIds).toHaveLength(claims.length);
    const last = Math.max(...claimIds);
    expect((await recordAt(`/api/claims/${last}`)).value).toEqual({ kind: 'exact', value: idsPerStatement });
    expect((await historyOf(`/api/claims/${last}`)).map((r) => r.action)).toEqual(['create']);
  });
});
