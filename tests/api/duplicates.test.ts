import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PossibleDuplicate } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createSource, databaseSnapshot, uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const duplicates = async (query = '') =>
  (await request(t.app).get(`/api/sources/duplicates${query}`).expect(200)).body.items as PossibleDuplicate[];
const pairsOf = (items: PossibleDuplicate[], ids: number[]) =>
  items
    .filter((p) => ids.includes(p.source.id) || ids.includes(p.into.id))
    .map((p) => [p.source.name, p.into.name, p.reason]);

describe('possible duplicate sources', () => {
  it('proposes spellings, acronyms, speakers and citing clauses, each into the shorter name', async () => {
    const tag = uniqueName('Agency').replace(/\D/g, '');
    const names = {
      short: `NISX${tag}`,
      full: `National Intelligence Service ${tag} (NISX${tag})`,
      speaker: `NISX${tag} (director to parliament committee)`,
      citing: `lawmaker Lee citing NISX${tag}`,
      dotted: `U.S. Department of Defense ${tag}`,
      plain: `US department of defense ${tag}`,
    };
    const created = [];
    for (const name of Object.values(names)) created.push(await createSource(t.app, { name }));
    const ids = created.map((s) => s.id);
    expect(pairsOf(await duplicates('?limit=200'), ids)).toEqual([
      [names.full, names.short, 'acronym'],
      [names.speaker, names.short, 'speaker'],
      [names.citing, names.short, 'citing'],
      [names.plain, names.dotted, 'spelling'],
    ]);
  });

  it('is silent on distinct names and leaves deleted sources out', async () => {
    const tag = uniqueName('').trim();
    const distinct = [
      await createSource(t.app, { name: `Joint Chiefs ${tag}` }),
      await createSource(t.app, { name: `Joint Chiefs of Staff of Ukraine ${tag}x` }),
      await createSource(t.app, { name: `Yonhap citing KCNA${tag}` }),
    ];
    const gone = await createSource(t.app, { name: `KCNA${tag}` });
    await request(t.app).delete(`/api/sources/${gone.id}`).expect(200);
    expect(
      pairsOf(
        await duplicates('?limit=200'),
        [...distinct, gone].map((s) => s.id),
      ),
    ).toEqual([]);
  });

  it('leaves out a pair once dismissed, for good, and dismissing changes no source', async () => {
    const short = await createSource(t.app, { name: uniqueName('DIU') });
    const long = await createSource(t.app, { name: `${short.name} (spokesperson)` });
    expect(pairsOf(await duplicates('?limit=200'), [short.id])).toHaveLength(1);
    const before = await databaseSnapshot(t.app);
    await request(t.app)
      .post('/api/sources/duplicates/dismiss')
      .send({ sourceId: long.id, intoId: short.id })
      .expect(204);
    await request(t.app)
      .post('/api/sources/duplicates/dismiss')
      .send({ sourceId: short.id, intoId: long.id })
      .expect(204);
    expect(pairsOf(await duplicates('?limit=200'), [short.id])).toEqual([]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('lists at most the limit asked', async () => {
    const base = await createSource(t.app, { name: uniqueName('Limit') });
    for (const speaker of ['a', 'b', 'c']) await createSource(t.app, { name: `${base.name} (${speaker})` });
    expect(await duplicates('?limit=2')).toHaveLength(2);
  });

  it.each([
    ['a limit of 0', '?limit=0', 'limit'],
    ['a limit over the most', '?limit=201', 'limit'],
    ['an unknown parameter', '?sort=name', 'sort'],
  ])('refuses %s with a 400 naming it', async (_, query, path) => {
    expectProblem(await request(t.app).get(`/api/sources/duplicates${query}`), 400, path);
  });

  it.each([
    ['the same source twice', (id: number) => ({ sourceId: id, intoId: id }), 'intoId'],
    ['no such source', (id: number) => ({ sourceId: id, intoId: 999_999 }), 'intoId'],
    ['a missing id', (id: number) => ({ sourceId: id }), 'intoId'],
  ])('refuses to dismiss %s with a 400 naming the field, and changes nothing', async (_, bodyOf, path) => {
    const source = await createSource(t.app);
    const before = await databaseSnapshot(t.app);
    expectProblem(await request(t.app).post('/api/sources/duplicates/dismiss').send(bodyOf(source.id)), 400, path);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});
