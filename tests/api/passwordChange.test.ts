import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/schemas/index.js';
import { sessionCookie } from '../../server/http/access.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp, withCookie } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newPassword = 'a brand new passphrase';

/** A new user of `role`, signed in twice: as on a laptop and a phone. */
async function newAccount(app: TestApp, role: Role = 'viewer') {
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.example`;
  const session = async () => withCookie(app.anonymous, `${sessionCookie}=${await app.sessionFor(role, email)}`);
  return { email, password: `${role}-password-for-tests`, used: await session(), other: await session() };
}

const changePassword = (agent: TestApp['app'], body: object) => request(agent).post('/api/auth/password').send(body);
const signIn = (app: TestApp, email: string, password: string) =>
  request(app.anonymous).post('/api/auth/login').send({ email, password });

describe('POST /api/auth/password', () => {
  it('changes the password, ends the other sessions and keeps the one used', async () => {
    const account = await newAccount(t);
    const res = await changePassword(account.used, { currentPassword: account.password, newPassword }).expect(204);
    expect(res.text).toBe('');

    await signIn(t, account.email, account.password).expect(401);
    await signIn(t, account.email, newPassword).expect(200);
    await request(account.other).get('/api/auth/me').expect(401);
    expect((await request(account.used).get('/api/auth/me').expect(200)).body.user.email).toBe(account.email);
  });

  it.each(['viewer', 'editor', 'admin'] as const)('is open to a signed-in %s', async (role) => {
    const account = await newAccount(t, role);
    await changePassword(account.used, { currentPassword: account.password, newPassword }).expect(204);
  });

  it('refuses a wrong current password with 400 on currentPassword, not 401, and changes nothing', async () => {
    const account = await newAccount(t);
    const res = await changePassword(account.used, { currentPassword: 'not-my-password', newPassword });
    expectProblem(res, 400, 'currentPassword');

    await signIn(t, account.email, newPassword).expect(401);
    await signIn(t, account.email, account.password).expect(200);
    await request(account.other).get('/api/auth/me').expect(200);
    await request(account.used).get('/api/auth/me').expect(200);
  });

  it.each([
    ['a new password under 12 characters', { newPassword: 'too-short' }, 'newPassword'],
    ['a new password equal to the current one', { newPassword: 'viewer-password-for-tests' }, 'newPassword'],
    ['an unknown field', { newPassword, userId: 1 }, 'userId'],
    ['no current password', { currentPassword: undefined, newPassword }, 'currentPassword'],
    ['no new password', { newPassword: undefined }, 'newPassword'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, body, path) => {
    const account = await newAccount(t);
    expectProblem(await changePassword(account.used, { currentPassword: account.password, ...body }), 400, path);
    await signIn(t, account.email, account.password).expect(200);
    await request(account.other).get('/api/auth/me').expect(200);
  });

  it('needs a session', async () => {
    const account = await newAccount(t);
    const res = await changePassword(t.anonymous, { currentPassword: account.password, newPassword });
    expectProblem(res, 401);
    await signIn(t, account.email, account.password).expect(200);
  });

  it('records no revision: users are not records, and the activity log is about the dataset', async () => {
    const activity = async () => (await request(t.app).get('/api/activity').expect(200)).body;
    const before = await activity();
    const account = await newAccount(t, 'editor');
    await changePassword(account.used, { currentPassword: account.password, newPassword }).expect(204);
    expect(await activity()).toEqual(before);
  });

  it('is described in the OpenAPI document, with its body schema', async () => {
    const { paths, components } = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(paths['/api/auth/password'].post.responses).sort()).toEqual(['204', '400', '401', '429']);
    expect(components.schemas.PasswordChange).toMatchObject({
      required: ['currentPassword', 'newPassword'],
      additionalProperties: false,
    });
  });
});

describe('guessing the current password with a session', () => {
  let th: TestApp;
  beforeAll(async () => {
    th = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '100' } });
  });
  afterAll(() => th.close());

  it('is throttled by the account’s sign-in limit, which it shares with signing in', async () => {
    const account = await newAccount(th);
    for (let i = 0; i < 3; i++) {
      expectProblem(await changePassword(account.used, { currentPassword: `guess-${i}`, newPassword }), 400);
    }
    const blocked = await changePassword(account.used, { currentPassword: account.password, newPassword });
    expectProblem(blocked, 429, 'currentPassword');
    expect(blocked.headers['retry-after']).toBe('900');
    // Nothing changed: the other session lives, and the account's sign-ins wait out the same window.
    await request(account.other).get('/api/auth/me').expect(200);
    await request(account.used).get('/api/auth/me').expect(200);
    expectProblem(await signIn(th, account.email, account.password), 429);
  });

  it('counts parallel guesses one by one: no more pass than the limit', async () => {
    const account = await newAccount(th);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        changePassword(account.used, { currentPassword: `guess-${i}`, newPassword }),
      ),
    );
    expect(guesses.map((g) => g.status).sort()).toEqual([...Array(3).fill(400), ...Array(9).fill(429)]);
  });

  it('starts counting afresh after the right password', async () => {
    const account = await newAccount(th);
    for (let i = 0; i < 2; i++) await changePassword(account.used, { currentPassword: `guess-${i}`, newPassword });
    await changePassword(account.used, { currentPassword: account.password, newPassword }).expect(204);
    for (let i = 0; i < 3; i++) {
      expectProblem(
        await changePassword(account.used, { currentPassword: `guess-${i}`, newPassword: 'x'.repeat(12) }),
        400,
      );
    }
  });
});
