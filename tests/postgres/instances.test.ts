import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenForChanges } from '../support/events.js';
import { listen } from '../support/listen.js';
import { createTestApp } from '../support/testApp.js';

/** Two stateless instances on one PostgreSQL database, as behind a load balancer. */
describe('several instances on one PostgreSQL database', () => {
  let owner: Awaited<ReturnType<typeof createTestApp>>;
  let a: Awaited<ReturnType<typeof createTestApp>>;
  let b: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    owner = await createTestApp({ seed: false });
    // Both start at the same moment on the empty database: the demo data must be loaded once.
    [a, b] = await Promise.all([
      createTestApp({ seed: true, joinDatabase: owner.databaseUrl }),
      createTestApp({ seed: true, joinDatabase: owner.databaseUrl }),
    ]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await owner?.close();
  });

  it('seeds the demo data once', async () => {
    const claims = await request(b.app).get('/api/claims?limit=500').expect(200);
    expect(claims.body.items).toHaveLength(33);
  });

  it('reads through B what was written through A', async () => {
    const metric = await request(a.app)
      .post('/api/metrics')
      .send({ name: 'Shared metric', unit: 'troops' })
      .expect(201);
    const read = await request(b.app).get(`/api/metrics/${metric.body.id}`).expect(200);
    expect(read.body.name).toBe('Shared metric');
    expect((await request(b.app).get('/api/health')).body).toEqual({ status: 'ok', database: 'postgres' });
  });

  it('refuses a stale PATCH through B after an update through A', async () => {
    const [claim] = (await request(b.app).get('/api/claims?limit=1').expect(200)).body.items;
    await request(a.app).patch(`/api/claims/${claim.id}`).send({ version: claim.version, notes: 'from A' }).expect(200);
    const stale = await request(b.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: claim.version, notes: 'from B' })
      .expect(409);
    expect(stale.body.current.notes).toBe('from A');
    expect((await request(b.app).get(`/api/claims/${claim.id}`)).body.notes).toBe('from A');
  });

  it("drops B's cached comparison when A writes", async () => {
    const [claim] = (await request(a.app).get('/api/claims?limit=1').expect(200)).body.items;
    const path = `/api/metrics/${claim.metricId}/comparison?asOf=2030-01-01&includeImprobable=true`;
    await request(b.app).get(path).expect(200);
    const updated = await request(a.app)
      .patch(`/api/claims/${claim.id}`)
      // Dated today, so that it is its source's latest claim as of the comparison's date.
      .send({
        version: claim.version,
        statedOn: new Date().toISOString().slice(0, 10),
        value: { kind: 'exact', value: 4242 },
      })
      .expect(200);
    await expect
      .poll(async () => {
        const res = await request(b.app).get(path);
        return res.body.entries.find((e: { claim: { id: number } }) => e.claim.id === claim.id)?.point;
      })
      .toBe(4242);
    expect(updated.body.version).toBe(claim.version + 1);
  });

  it('streams a write on A to an SSE client on B within 2 s', async () => {
    const served = await listen(b.app);
    const events = await listenForChanges(served.baseUrl);
    try {
      expect(events.contentType).toMatch(/text\/event-stream/);
      const source = await request(a.app).post('/api/sources').send({ name: 'Live source' }).expect(201);
      const event = await events.waitFor((e) => e.type === 'source' && e.id === source.body.id, 2000);
      expect(event).toEqual({ type: 'source', id: source.body.id, action: 'create', version: 1 });
    } finally {
      events.close();
      await served.close();
    }
  });
});
