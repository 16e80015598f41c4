import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { SourceWithCount } from '../../shared/schemas/index.js';
import { migrator, openStorage, type Storage } from '../../server/storage/database.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp, freshDatabase } from '../support/testApp.js';

describe('the claim count on every source', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const counted = async (id: number) => {
    const { items } = (await request(t.app).get('/api/sources?includeDeleted=true').expect(200)).body;
    return SourceWithCount.parse(items.find((s: { id: number }) => s.id === id)).claimCount;
  };
  const live = async (id: number) =>
    (await request(t.app).get(`/api/claims?sourceId=${id}&limit=500`).expect(200)).body.items.length;

  it('follows every write of a claim: added, moved, deleted, restored, in a batch or an import', async () => {
    const [a, b] = [await createSource(t.app), await createSource(t.app)];
    const metric = await createMetric(t.app);
    const first = await createClaim(t.app, { sourceId: a.id, metricId: metric.id });
    await createClaim(t.app, { sourceId: a.id, metricId: metric.id });
    expect([await counted(a.id), await counted(b.id)]).toEqual([2, 0]);

    const moved = (
      await request(t.app).patch(`/api/claims/${first.id}`).send({ version: 1, sourceId: b.id }).expect(200)
    ).body;
    expect([await counted(a.id), await counted(b.id)]).toEqual([1, 1]);
    // An edit that keeps the source changes no count.
    await request(t.app)
      .patch(`/api/claims/${first.id}`)
      .send({ version: moved.version, scope: 'regiment' })
      .expect(200);
    expect(await counted(b.id)).toBe(1);

    await request(t.app).delete(`/api/claims/${first.id}`).expect(200);
    expect(await counted(b.id)).toBe(0);
    // Deleting again changes nothing, and neither does the count.
    await request(t.app).delete(`/api/claims/${first.id}`).expect(200);
    expect(await counted(b.id)).toBe(0);
    await request(t.app).post(`/api/claims/${first.id}/restore`).expect(200);
    expect(await counted(b.id)).toBe(1);

    const claim = { metricId: metric.id, sourceId: a.id, value: { kind: 'exact', value: 3 } };
    await request(t.app)
      .post('/api/claims/batch')
      .send({ items: [{ claim }, { claim }] })
      .expect(201);
    const csv = csvDocument(['source', 'metric', 'valueKind', 'value'], [[a.name, metric.name, 'exact', '4']]);
    await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(await counted(a.id)).toBe(4);
    for (const source of [a, b]) expect(await counted(source.id)).toBe(await live(source.id));
  });

  it('leaves the counts as they were when a write is refused', async () => {
    const source = await createSource(t.app);
    await createClaim(t.app, { sourceId: source.id });
    const metric = await createMetric(t.app);
    const good = { metricId: metric.id, sourceId: source.id, value: { kind: 'exact', value: 3 } };
    // The first claim is written, and counted, before the second is found wrong: all of it rolls back.
    const bad = { ...good, metricId: 2 ** 31 - 1 };
    await request(t.app)
      .post('/api/claims/batch')
      .send({ items: [{ claim: good }, { claim: bad }] })
      .expect(400);
    expect(await counted(source.id)).toBe(1);
  });
});

describe('the migration that counts claims per source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-counts-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let storage: Storage;
  beforeAll(async () => {
    database = await freshDatabase(join(dir, 'counts.db'));
    storage = await openStorage(database.url);
  });
  afterAll(async () => {
    await storage.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const at = '2025-01-01T00:00:00.000Z';
  const meta = { version: 1, created_at: at, updated_at: at };
  const insertClaims = (sourceId: number, count: number, deleted = false) =>
    storage.db
      .insertInto('claims')
      .values(
        Array.from({ length: count }, () => ({
          ...meta,
          deleted_at: deleted ? at : null,
          metric_id: 1,
          source_id: sourceId,
          value_kind: 'exact',
          value: 1,
          credibility: 6,
        })),
      )
      .execute();
  const counts = async () =>
    Object.fromEntries(
      (await storage.db.selectFrom('source_claim_counts').selectAll().orderBy('source_id').execute()).map((r) => [
        r.source_id,
        r.live_claims,
      ]),
    );

  it('counts the claims already there, keeps counting whatever writes them, and goes back down', async () => {
    expect((await migrator(storage.db).migrateTo('20261127T0000-folded-name-keys')).error).toBeUndefined();
    await storage.db
      .insertInto('sources')
      .values(
        [1, 2].map((n) => ({
          ...meta,
          deleted_at: null,
          name: `S${n}`,
          name_key: `s${n}`,
          kind: 'other',
          reliability: 'F',
        })),
      )
      .execute();
    await storage.db
      .insertInto('metrics')
      .values({ ...meta, deleted_at: null, name: 'M', name_key: 'm', unit: 'people' })
      .execute();
    await insertClaims(1, 3);
    await insertClaims(1, 2, true);

    expect((await migrator(storage.db).migrateToLatest()).error).toBeUndefined();
    expect(await counts()).toEqual({ 1: 3 });

    // Written straight to the table, as no service would: the database still counts it.
    await insertClaims(2, 2);
    await storage.db.updateTable('claims').set({ deleted_at: null }).where('deleted_at', 'is not', null).execute();
    await storage.db.updateTable('claims').set({ source_id: 2 }).where('id', '=', 1).execute();
    expect(await counts()).toEqual({ 1: 4, 2: 3 });

    expect((await migrator(storage.db).migrateTo('20261128T0000-login-failure-windows')).error).toBeUndefined();
    await insertClaims(1, 1);
    const tables = await storage.db.introspection.getTables();
    expect(tables.map((table) => table.name)).not.toContain('source_claim_counts');
  });
});
