import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import {
  claimsCsv,
  createClaim,
  createMetric,
  createSource,
  databaseSnapshot,
  uniqueName,
} from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Revision = { action: string; version: number; snapshot: Record<string, unknown>; user: { id: number } | null };
const historyOf = async (kind: 'sources' | 'metrics' | 'claims', id: number) =>
  (await request(t.app).get(`/api/${kind}/${id}/history`).expect(200)).body.items as Revision[];
const claimCountOf = async (id: number) =>
  (await request(t.app).get('/api/sources?includeDeleted=true').expect(200)).body.items.find(
    (s: { id: number }) => s.id === id,
  ).claimCount as number;
const getClaim = async (id: number) => (await request(t.app).get(`/api/claims/${id}`).expect(200)).body as Claim;

/** Two spellings of one source, the first with two live claims and a deleted one, the second with one. */
async function spellings() {
  const metric = await createMetric(t.app);
  const nis = await createSource(t.app, {
    name: uniqueName('National Intelligence Service (NIS)'),
    aliases: [uniqueName('N1')],
  });
  const other = await createSource(t.app, { name: uniqueName('lawmaker citing NIS'), aliases: [uniqueName('NIS MP')] });
  const claims = [
    await createClaim(t.app, { metricId: metric.id, sourceId: other.id, statedOn: '2025-01-13' }),
    await createClaim(t.app, { metricId: metric.id, sourceId: other.id, statedOn: '2025-09-04' }),
    await createClaim(t.app, { metricId: metric.id, sourceId: other.id, statedOn: '2025-02-01' }),
  ];
  await request(t.app).delete(`/api/claims/${claims[2]!.id}`).expect(200);
  const own = await createClaim(t.app, { metricId: metric.id, sourceId: nis.id, statedOn: '2025-04-01' });
  return { metric, nis, other, claims, own };
}

const mergeBody = (merged: Source, into: Source) => ({
  into: into.id,
  version: merged.version,
  intoVersion: into.version,
});

describe('merging a source into another', () => {
  it('moves every claim, each a revision by the merging user, deletes it and gives its names as aliases', async () => {
    const { nis, other, claims } = await spellings();
    const res = await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
    expect(res.body.movedClaims).toBe(3);
    expect(res.body.merged).toMatchObject({ id: other.id, deletedAt: expect.any(String), version: 2 });
    expect(res.body.into).toMatchObject({
      id: nis.id,
      version: 2,
      aliases: [...nis.aliases, other.name, ...other.aliases],
    });

    for (const claim of claims) {
      expect((await getClaim(claim.id)).sourceId).toBe(nis.id);
      const history = await historyOf('claims', claim.id);
      expect(history.at(-1)).toMatchObject({ action: 'update', snapshot: { sourceId: nis.id } });
      expect(history.at(-1)!.user).toEqual(history[0]!.user);
      expect(history.at(-1)!.user).not.toBeNull();
    }
    expect(await claimCountOf(nis.id)).toBe(3);
    expect(await claimCountOf(other.id)).toBe(0);
    expect((await historyOf('sources', other.id)).map((r) => r.action)).toEqual(['create', 'merge']);
    expect((await historyOf('sources', nis.id)).at(-1)).toMatchObject({
      action: 'update',
      snapshot: { aliases: res.body.into.aliases },
    });
  });

  it('then finds the target by the merged name, on import and for new names', async () => {
    const { nis, other } = await spellings();
    await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
    const csv = claimsCsv([
      { source: other.name.toUpperCase(), metric: uniqueName('M'), metricUnit: 'x', valueKind: 'statement' },
    ]);
    const imported = await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(imported.body.created).toMatchObject({ sources: 0, claims: 1 });
    // Its own, the two live ones merged in and the one imported.
    expect(await claimCountOf(nis.id)).toBe(4);
    expectProblem(await request(t.app).post('/api/sources').send({ name: other.name }), 409, 'name');
    // Restoring the merged source as a plain delete would give two sources one name; undoing the merge is the way.
    expectProblem(await request(t.app).post(`/api/sources/${other.id}/restore`), 409, 'name');
  });

  it.each([
    [
      'into itself',
      400,
      'into',
      async (s: Awaited<ReturnType<typeof spellings>>) => ({ ...mergeBody(s.other, s.nis), into: s.other.id }),
    ],
    [
      'into no source',
      400,
      'into',
      async (s: Awaited<ReturnType<typeof spellings>>) => ({ ...mergeBody(s.other, s.nis), into: 999_999 }),
    ],
    [
      'into a deleted source',
      409,
      'into',
      async (s: Awaited<ReturnType<typeof spellings>>) => {
        const gone = await createSource(t.app);
        await request(t.app).delete(`/api/sources/${gone.id}`).expect(200);
        return { ...mergeBody(s.other, s.nis), into: gone.id, intoVersion: 2 };
      },
    ],
    [
      'at a stale version',
      409,
      'version',
      async (s: Awaited<ReturnType<typeof spellings>>) => ({ ...mergeBody(s.other, s.nis), version: 7 }),
    ],
    [
      'into a source changed since',
      409,
      'intoVersion',
      async (s: Awaited<ReturnType<typeof spellings>>) => {
        await request(t.app).patch(`/api/sources/${s.nis.id}`).send({ version: 1, notes: 'edited' }).expect(200);
        return mergeBody(s.other, s.nis);
      },
    ],
    ['without the versions', 400, 'version', async (s: Awaited<ReturnType<typeof spellings>>) => ({ into: s.nis.id })],
  ])('refuses a merge %s with a %d naming %s, and changes nothing', async (_, status, path, bodyOf) => {
    const s = await spellings();
    const body = await bodyOf(s);
    const before = await databaseSnapshot(t.app);
    expectProblem(await request(t.app).post(`/api/sources/${s.other.id}/merge`).send(body), status, path);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses to merge a deleted source, naming it, and changes nothing', async () => {
    const target = await createSource(t.app);
    const gone = await createSource(t.app);
    await request(t.app).delete(`/api/sources/${gone.id}`).expect(200);
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)
      .post(`/api/sources/${gone.id}/merge`)
      .send({ into: target.id, version: 2, intoVersion: 1 });
    expectProblem(res, 409, 'id');
    expect(await databaseSnapshot(t.app)).toEqual(before);
    expectProblem(
      await request(t.app).post('/api/sources/999999/merge').send({ into: target.id, version: 1, intoVersion: 1 }),
      404,
    );
  });
});

describe('exporting after a merge', () => {
  it('leaves the merged source out of a file with deleted records, which then imports whole elsewhere', async () => {
    const { nis, other } = await spellings();
    await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
    const file = (await request(t.app).get('/api/export?format=json&includeDeleted=true').expect(200)).body as {
      sources: { id: number; aliases: string[] }[];
    };
    expect(file.sources.map((s) => s.id)).not.toContain(other.id);
    expect(file.sources.find((s) => s.id === nis.id)!.aliases).toContain(other.name);
    const elsewhere = await createTestApp();
    try {
      await request(elsewhere.app).post('/api/import').send(file).expect(201);
    } finally {
      await elsewhere.close();
    }
  });
});

describe('undoing a merge', () => {
  it('restores the source, moves its claims back and takes back the names, with every step in history', async () => {
    const { nis, other, claims, own } = await spellings();
    const merged = await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
    const res = await request(t.app)
      .post(`/api/sources/${other.id}/unmerge`)
      .send({ version: merged.body.merged.version })
      .expect(200);
    expect(res.body.movedClaims).toBe(3);
    expect(res.body.merged).toMatchObject({ id: other.id, deletedAt: null, name: other.name, aliases: other.aliases });
    expect(res.body.into).toMatchObject({ id: nis.id, aliases: nis.aliases });

    for (const claim of claims) {
      expect((await getClaim(claim.id)).sourceId).toBe(other.id);
      expect((await historyOf('claims', claim.id)).map((r) => r.snapshot.sourceId).slice(-2)).toEqual([
        nis.id,
        other.id,
      ]);
    }
    expect((await getClaim(own.id)).sourceId).toBe(nis.id);
    expect(await claimCountOf(other.id)).toBe(2);
    expect(await claimCountOf(nis.id)).toBe(1);
    expect((await historyOf('sources', other.id)).map((r) => r.action)).toEqual(['create', 'merge', 'unmerge']);
    expect((await historyOf('sources', nis.id)).map((r) => r.snapshot.aliases)).toEqual([
      nis.aliases,
      merged.body.into.aliases,
      nis.aliases,
    ]);
    // Its names are its own again: an import by them finds it, and nothing else may take them.
    expectProblem(await request(t.app).post('/api/sources').send({ name: other.aliases[0] }), 409, 'name');
  });

  it('leaves a claim moved on since where the analyst put it, and an alias taken off since off', async () => {
    const { nis, other, claims } = await spellings();
    const merged = await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
    const elsewhere = await createSource(t.app);
    const moved = await getClaim(claims[0]!.id);
    await request(t.app)
      .patch(`/api/claims/${moved.id}`)
      .send({ version: moved.version, sourceId: elsewhere.id })
      .expect(200);
    const res = await request(t.app)
      .post(`/api/sources/${other.id}/unmerge`)
      .send({ version: merged.body.merged.version })
      .expect(200);
    expect(res.body.movedClaims).toBe(2);
    expect((await getClaim(moved.id)).sourceId).toBe(elsewhere.id);
  });

  it.each([
    ['a source never merged', 'id', async () => ({ id: (await createSource(t.app)).id, version: 1 })],
    [
      'a merge already undone',
      'id',
      async () => {
        const { nis, other } = await spellings();
        await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
        await request(t.app).post(`/api/sources/${other.id}/unmerge`).send({ version: 2 }).expect(200);
        return { id: other.id, version: 3 };
      },
    ],
    [
      'at a stale version',
      'version',
      async () => {
        const { nis, other } = await spellings();
        await request(t.app).post(`/api/sources/${other.id}/merge`).send(mergeBody(other, nis)).expect(200);
        return { id: other.id, version: 1 };
      },
    ],
  ])('refuses to undo %s with a 409 naming %s, and changes nothing', async (_, path, setUp) => {
    const { id, version } = await setUp();
    const before = await databaseSnapshot(t.app);
    expectProblem(await request(t.app).post(`/api/sources/${id}/unmerge`).send({ version }), 409, path);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('merging a metric into another', () => {
  it('moves its claims and takes its name as an alias, and undoes the same way', async () => {
    const into = await createMetric(t.app);
    const merged = await createMetric(t.app);
    const claim = await createClaim(t.app, { metricId: merged.id });
    const res = await request(t.app)
      .post(`/api/metrics/${merged.id}/merge`)
      .send({ into: into.id, version: 1, intoVersion: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ movedClaims: 1, into: { aliases: [merged.name] } });
    expect((await getClaim(claim.id)).metricId).toBe(into.id);
    await request(t.app).post(`/api/metrics/${merged.id}/unmerge`).send({ version: 2 }).expect(200);
    expect((await getClaim(claim.id)).metricId).toBe(merged.id);
    expect((await historyOf('metrics', merged.id)).map((r) => r.action)).toEqual(['create', 'merge', 'unmerge']);
  });

  it('refuses to merge a metric that others are part of, naming them, and changes nothing', async () => {
    const into = await createMetric(t.app);
    const whole = await createMetric(t.app);
    await createMetric(t.app, { partOfMetricId: whole.id });
    await createClaim(t.app, { metricId: whole.id });
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)
      .post(`/api/metrics/${whole.id}/merge`)
      .send({ into: into.id, version: 1, intoVersion: 1 });
    expectProblem(res, 409, 'id');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});
