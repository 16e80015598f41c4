import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { createMetric, createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kinds = [
  { base: '/api/sources', create: createSource, extra: {} },
  { base: '/api/metrics', create: createMetric, extra: { unit: 'soldiers' } },
];

describe.each(kinds)('$base names are unique whatever their case', ({ base, create, extra }) => {
  it('refuses a second record with the same name in other case and spacing: 409 at name', async () => {
    const first = await create(t.app, { name: `Korean Central News Agency ${base}` });
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)
      .post(base)
      .send({ name: `  KOREAN central news agency ${base} `, ...extra });
    expectProblem(res, 409, 'name');
    expect(res.body.errors[0].path).toBe('name');
    expect(await databaseSnapshot(t.app)).toEqual(before);
    expect((await request(t.app).get(`${base}/${first.id}`).expect(200)).body.version).toBe(1);
  });

  it('refuses renaming onto another record’s name, and allows recasing a record’s own name', async () => {
    const taken = await create(t.app, { name: `Taken ${base}` });
    const other = await create(t.app, { name: `Other ${base}` });
    const clash = await request(t.app)
      .patch(`${base}/${other.id}`)
      .send({ version: 1, name: `taken ${base}` });
    expectProblem(clash, 409, 'name');
    expect((await request(t.app).get(`${base}/${other.id}`).expect(200)).body).toEqual(other);

    const recased = await request(t.app)
      .patch(`${base}/${taken.id}`)
      .send({ version: 1, name: `TAKEN ${base}` })
      .expect(200);
    expect(recased.body.name).toBe(`TAKEN ${base}`);
  });

  it('keeps a deleted record’s name reserved, so restoring it cannot clash', async () => {
    const gone = await create(t.app, { name: `Deleted ${base}` });
    await request(t.app).delete(`${base}/${gone.id}`).expect(200);
    expectProblem(
      await request(t.app)
        .post(base)
        .send({ name: `deleted ${base}`, ...extra }),
      409,
      'name',
    );
    await request(t.app).post(`${base}/${gone.id}/restore`).expect(200);
  });
});
