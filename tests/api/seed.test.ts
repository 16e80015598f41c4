import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../server/services/seed.js';
import { databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

const counts = async () => {
  const { claims, sources, metrics } = await databaseSnapshot(t.app);
  return { claims: claims.items.length, sources: sources.items.length, metrics: metrics.items.length };
};

describe('demo seed', () => {
  it('loads 33 claims from 14 sources on 5 metrics', async () => {
    expect(await counts()).toEqual({ claims: 33, sources: 14, metrics: 5 });
  });

  it("makes North Korea's, Russia's and Ukraine's own sources the parties to the conflict", async () => {
    const sources = (await request(t.app).get('/api/sources').expect(200)).body.items;
    const parties = sources.filter((s: { party: boolean }) => s.party).map((s: { shortName: string }) => s.shortName);
    expect(parties.sort()).toEqual([
      'KCNA',
      'Russian MoD',
      'Russian Security Council',
      'Ukrainian officials',
      'Zelensky',
    ]);
  });

  it('creates nothing when run again on the seeded database', async () => {
    const before = await databaseSnapshot(t.app);
    expect(await seedDemoData(t.storage.db, t.services.feed, t.services)).toEqual({ created: 0 });
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('does not bring back a demo claim that was deleted, nor duplicate an edited source', async () => {
    const [claim] = (await request(t.app).get('/api/claims?limit=1').expect(200)).body.items;
    await request(t.app).delete(`/api/claims/${claim.id}`).expect(200);
    const [source] = (await request(t.app).get('/api/sources').expect(200)).body.items;
    await request(t.app)
      .patch(`/api/sources/${source.id}`)
      .send({ version: source.version, notes: 'edited' })
      .expect(200);
    const before = await databaseSnapshot(t.app);
    expect(await seedDemoData(t.storage.db, t.services.feed, t.services)).toEqual({ created: 0 });
    expect(await databaseSnapshot(t.app)).toEqual(before);
    expect(await counts()).toEqual({ claims: 33, sources: 14, metrics: 5 });
  });

  it('reuses a source whose name differs from a demo source only in a form the database counts as one', async () => {
    const empty = await createTestApp({ seed: false });
    try {
      // Fullwidth brackets, as East Asian input methods type them: the same name once normalised.
      const kcna = 'KOREAN CENTRAL NEWS AGENCY \uFF08KCNA\uFF09';
      await request(empty.app).post('/api/sources').send({ name: kcna }).expect(201);
      await seedDemoData(empty.storage.db, empty.services.feed, empty.services);
      const sources = (await request(empty.app).get('/api/sources').expect(200)).body.items;
      expect(sources).toHaveLength(14);
      expect(sources.filter((s: { name: string }) => s.name.includes('KCNA'))).toEqual([
        expect.objectContaining({ name: kcna }),
      ]);
    } finally {
      await empty.close();
    }
  });

  it('finds a demo source renamed and demo claims corrected or moved, and adds none of them again', async () => {
    const [, source] = (await request(t.app).get('/api/sources').expect(200)).body.items;
    await request(t.app)
      .patch(`/api/sources/${source.id}`)
      .send({ version: source.version, name: `${source.name} (renamed)` })
      .expect(200);
    const { items: claims } = (await request(t.app).get('/api/claims?limit=500').expect(200)).body;
    const [corrected, moved] = claims.filter((c: { sourceId: number }) => c.sourceId !== source.id);
    await request(t.app)
      .patch(`/api/claims/${corrected.id}`)
      .send({ version: corrected.version, quote: `${corrected.quote ?? ''} [sic]`, statedOn: '2024' })
      .expect(200);
    const metric = (await request(t.app).post('/api/metrics').send({ name: 'Another metric', unit: 'soldiers' })).body;
    await request(t.app)
      .patch(`/api/claims/${moved.id}`)
      .send({ version: moved.version, metricId: metric.id, repeatsClaimId: null })
      .expect(200);
    const before = await databaseSnapshot(t.app);
    expect(await seedDemoData(t.storage.db, t.services.feed, t.services)).toEqual({ created: 0 });
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('does nothing when asked to seed only into an empty database', async () => {
    expect(await seedDemoData(t.storage.db, t.services.feed, t.services, { onlyIntoEmpty: true })).toEqual({
      created: 0,
    });
  });
});
