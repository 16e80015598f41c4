import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../shared/colours.js';
import { csvDocument } from '../../shared/csv.js';
import { SourceGroup } from '../../shared/schemas/index.js';
import { migrator, openStorage } from '../../server/storage/database.js';
import { createSource, uniqueName } from '../support/records.js';
import { createTestApp, freshDatabase } from '../support/testApp.js';

const coloursOf = async (app: Express): Promise<Map<string, string>> => {
  const { items } = (await request(app).get('/api/groups').expect(200)).body;
  return new Map(
    SourceGroup.array()
      .parse(items)
      .map((g) => [g.name, g.colour]),
  );
};

describe('the colour each group of sources is given', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('keeps the demo groups in the colours they were drawn in before', async () => {
    const colours = await coloursOf(t.app);
    expect(colours.get('North Korea')).toBe('#D55E00');
    expect(colours.get('South Korea')).toBe('#0072B2');
    expect(colours.get('Russia')).toBe('#CC79A7');
  });

  it('gives a new group a colour no group has, and keeps it across requests and a second start', async () => {
    const before = await coloursOf(t.app);
    await createSource(t.app, { group: 'Think tank' });
    const after = await coloursOf(t.app);
    const colour = after.get('Think tank');
    const free = palette.map((p) => p.light).filter((c) => ![...before.values()].includes(c));
    expect(colour).toBe(free[0]);

    // Another source of the group, an edit to it, and a second server on the same database change nothing.
    const other = await createSource(t.app, { group: 'Think tank' });
    await request(t.app).patch(`/api/sources/${other.id}`).send({ version: 1, notes: 'edited' }).expect(200);
    expect((await coloursOf(t.app)).get('Think tank')).toBe(colour);
    const again = await createTestApp({ joinDatabase: t.databaseUrl });
    try {
      expect(await coloursOf(again.app)).toEqual(await coloursOf(t.app));
    } finally {
      await again.close();
    }
  });

  it('gives a group its colour when a source is edited into it, or imported with it', async () => {
    const source = await createSource(t.app);
    const edited = uniqueName('Edited group');
    await request(t.app).patch(`/api/sources/${source.id}`).send({ version: 1, group: edited }).expect(200);
    const imported = uniqueName('Imported group');
    const csv = csvDocument(
      ['source', 'sourceGroup', 'metric', 'metricUnit', 'valueKind'],
      [[uniqueName('Imported source'), imported, uniqueName('Metric'), 'soldiers', 'statement']],
    );
    await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    const colours = await coloursOf(t.app);
    expect(colours.get(edited)).toBeDefined();
    expect(colours.get(imported)).toBeDefined();
  });

  it('never gives two groups one colour while the palette lasts, even written at once', async () => {
    const groups = Array.from({ length: 3 }, () => uniqueName('Concurrent group'));
    await Promise.all(groups.map((group) => createSource(t.app, { group })));
    const colours = [...(await coloursOf(t.app)).values()];
    expect(colours.length).toBeLessThanOrEqual(palette.length);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('the migration that stores group colours', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-groups-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(join(dir, 'groups.db'));
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the server give the groups sources already had their colours, the demo ones theirs', async () => {
    const storage = await openStorage(database.url);
    try {
      expect((await migrator(storage.db).migrateTo('20261203T0200-claims-by-metric')).error).toBeUndefined();
      const at = '2025-01-01T00:00:00.000Z';
      await storage.db
        .insertInto('sources')
        .values(
          ['Think tank', 'Ukraine'].map((group, n) => ({
            version: 1,
            created_at: at,
            updated_at: at,
            deleted_at: null,
            name: `S${n}`,
            name_key: `s${n}`,
            kind: 'other',
            reliability: 'F',
            group_label: group,
          })),
        )
        .execute();
    } finally {
      await storage.close();
    }
    const given = { Ukraine: '#BF8400', 'Think tank': '#0072B2' };
    // Started, stopped and started again on the same database: the colours given stay as given.
    for (let start = 0; start < 2; start++) {
      const started = await createTestApp({ joinDatabase: database.url });
      try {
        expect(Object.fromEntries(await coloursOf(started.app))).toEqual(given);
      } finally {
        await started.close();
      }
    }
    const reopened = await openStorage(database.url);
    try {
      const { error } = await migrator(reopened.db).migrateTo('20261203T0200-claims-by-metric');
      expect(error).toBeUndefined();
    } finally {
      await reopened.close();
    }
  });
});
