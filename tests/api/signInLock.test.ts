import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, withCookie } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const password = 'the right password';

let t: TestApp;
let admin: TestApp['app'];
beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '2', LOGIN_MAX_FAILURES_PER_ADDRESS: '100' } });
  admin = withCookie(t.anonymous, `${sessionCookie}=${await t.sessionFor('admin')}`);
});
afterAll(() => t.close());

const signIn = (email: string, pass: string) =>
  request(t.anonymous).post('/api/auth/login').send({ email, password: pass });

/** A new viewer whose sign-ins are locked: two wrong passwords, the account's limit here. */
async function lockedUser() {
  const email = `locked-${Math.random().toString(36).slice(2)}@test.example`;
  const user = await t.services.auth.createUser({ email, displayName: 'Locked', role: 'viewer', password });
  const before = Date.now();
  for (let i = 0; i < 2; i++) await signIn(email, `wrong-${i}`).expect(401);
  const after = Date.now();
  await signIn(email, password).expect(429);
  return { ...user, firstFailure: { before, after } };
}

const lockOf = async (id: number) =>
  (
    (await request(admin).get('/api/users').expect(200)).body.items as { id: number; signInLockedUntil: unknown }[]
  ).find((u) => u.id === id)?.signInLockedUntil;

describe('a user locked out by wrong passwords', () => {
  it('is listed with the end of the window as the lock’s end, and not before the limit', async () => {
    const email = `careful-${Math.random().toString(36).slice(2)}@test.example`;
    const careful = await t.services.auth.createUser({ email, displayName: 'Careful', role: 'viewer', password });
    await signIn(email, 'one-wrong-guess').expect(401);
    expect(await lockOf(careful.id)).toBeNull();

    const user = await lockedUser();
    const until = Date.parse(String(await lockOf(user.id)));
    expect(until).toBeGreaterThanOrEqual(user.firstFailure.before + 15 * 60_000);
    expect(until).toBeLessThanOrEqual(user.firstFailure.after + 15 * 60_000);
  });

  it('signs in at once after an admin lifts the lock', async () => {
    const user = await lockedUser();
    const lifted = await request(admin).post(`/api/users/${user.id}/unlock`).expect(204);
    expect(lifted.text).toBe('');
    expect(await lockOf(user.id)).toBeNull();
    await signIn(user.email, password).expect(200);
  });

  it('stays locked when anyone but an admin asks', async () => {
    const user = await lockedUser();
    expectProblem(await request(t.anonymous).post(`/api/users/${user.id}/unlock`), 401);
    expectProblem(await request(t.app).post(`/api/users/${user.id}/unlock`), 403);
    const viewer = withCookie(t.anonymous, `${sessionCookie}=${await t.sessionFor('viewer')}`);
    expectProblem(await request(viewer).post(`/api/users/${user.id}/unlock`), 403);
    expect(await lockOf(user.id)).not.toBeNull();
    await signIn(user.email, password).expect(429);
  });

  it('answers 404 for a user that does not exist, and 400 naming the id for one that cannot', async () => {
    expectProblem(await request(admin).post('/api/users/999999/unlock'), 404);
    expectProblem(await request(admin).post('/api/users/first/unlock'), 400, 'id');
  });

  it('keeps the count of the address the wrong passwords came from', async () => {
    // A fresh app, so that this address has failed only here: twice, its limit being five.
    const th = await createTestApp({ env: { LOGIN_MAX_FAILURES: '2', LOGIN_MAX_FAILURES_PER_ADDRESS: '5' } });
    try {
      const thAdmin = withCookie(th.anonymous, `${sessionCookie}=${await th.sessionFor('admin')}`);
      const login = (email: string, pass: string) =>
        request(th.anonymous).post('/api/auth/login').send({ email, password: pass });
      const user = await th.services.auth.createUser({
        email: 'lifted@test.example',
        displayName: 'Lifted',
        role: 'viewer',
        password,
      });
      await login(user.email, 'wrong-0').expect(401);
      await login(user.email, 'wrong-1').expect(401);
      await request(thAdmin).post(`/api/users/${user.id}/unlock`).expect(204);
      await login(user.email, password).expect(200);
      for (const email of ['a@test.example', 'b@test.example', 'c@test.example']) await login(email, 'x').expect(401);
      await login('d@test.example', 'x').expect(429);
    } finally {
      await th.close();
    }
  });

  it('is lifted from the command line by the account’s email, for when the only admin is the one locked out', async () => {
    const user = await lockedUser();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/cli/unlockUser.ts', '--email', user.email.toUpperCase()],
      { env: { ...process.env, DATABASE_URL: t.databaseUrl, LOGIN_MAX_FAILURES: '2', LOG_LEVEL: 'warn' } },
    );
    expect(stdout).toContain(`Lifted the sign-in lock of ${user.email}, which would have lasted until `);
    await signIn(user.email, password).expect(200);
  });

  it('is described in the OpenAPI document', async () => {
    const { paths, components } = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(paths['/api/users/{id}/unlock'].post.responses).sort()).toEqual([
      '204',
      '400',
      '401',
      '403',
      '404',
    ]);
    expect(components.schemas.UserWithLock.required).toContain('signInLockedUntil');
  });
});
