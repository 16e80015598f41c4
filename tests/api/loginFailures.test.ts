import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrator } from '../../server/storage/database.js';
import { countLoginAttempt } from '../../server/storage/users.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/** The failure counts kept under keys that start with `prefix`. */
async function countsUnder(t: TestApp, prefix: string) {
  return t.storage.db
    .selectFrom('login_failures')
    .select(['key', 'failures'])
    .where('key', 'like', `${prefix}%`)
    .orderBy('key')
    .execute();
}

describe('failed sign-ins with a new email each time, from one address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '10' } });
  });
  afterAll(() => t.close());

  it('keep no more account counts than the address limit, one row per key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await request(t.anonymous)
        .post('/api/auth/login')
        .send({ email: `guess-${String(i).padStart(2, '0')}@flood.example`, password: 'wrong-guess' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(30).fill(429)]);
    const accounts = await countsUnder(t, 'email:guess-');
    expect(accounts.map((c) => c.key)).toEqual(
      Array.from({ length: 10 }, (_, i) => `email:guess-${String(i).padStart(2, '0')}@flood.example`),
    );
    expect(accounts.every((c) => c.failures === 1)).toBe(true);
    // Attempts the address's limit refused still count against it, under its one key.
    expect(await countsUnder(t, 'ip:')).toContainEqual({ key: expect.any(String), failures: 40 });
  });
});

describe('failure counts whose window has passed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are deleted by the sign-ins that follow, a batch at a time, while counts in the window stay', async () => {
    for (let i = 0; i < 250; i++) {
      await countLoginAttempt(t.storage.db, `email:stale-${i}@old.example`, hoursAgo(2), hoursAgo(3));
    }
    await countLoginAttempt(t.storage.db, 'email:recent@old.example', hoursAgo(0.1), hoursAgo(1));
    expect(await countsUnder(t, 'email:stale-')).toHaveLength(250);

    const failSignIn = (i: number) =>
      request(t.anonymous)
        .post('/api/auth/login')
        .send({ email: `new-${i}@old.example`, password: 'wrong-guess' });
    await failSignIn(0).expect(401);
    expect(await countsUnder(t, 'email:stale-')).toHaveLength(150);
    await failSignIn(1).expect(401);
    await failSignIn(2).expect(401);
    expect(await countsUnder(t, 'email:stale-')).toEqual([]);
    expect(await countsUnder(t, 'email:recent@')).toEqual([{ key: 'email:recent@old.example', failures: 1 }]);
    expect(await countsUnder(t, 'email:new-')).toHaveLength(3);
  });

  it('are found through an index whose migration goes down and up again', async () => {
    expect((await migrator(t.storage.db).migrateTo('20261127T0000-folded-name-keys')).error).toBeUndefined();
    expect((await migrator(t.storage.db).migrateToLatest()).error).toBeUndefined();
  });
});
