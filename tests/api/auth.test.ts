import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { expectProblem } from '../support/problems.js';
import { createClaim } from '../support/records.js';
import {
  adminEmail,
  adminPassword,
  createTestApp,
  editorEmail,
  editorPassword,
  withCookie,
} from '../support/testApp.js';

const logLines: string[] = [];
const logger = pino(
  { level: 'trace' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

let t: Awaited<ReturnType<typeof createTestApp>>;
let as: Record<'viewer' | 'editor' | 'admin', ReturnType<typeof withCookie>>;
/** The records the writes below act on, whose ids fill their paths. */
let records: { source: number; metric: number; claim: number };
beforeAll(async () => {
  t = await createTestApp({ logger });
  const cookie = (token: string) => `${sessionCookie}=${token}`;
  as = {
    viewer: withCookie(t.anonymous, cookie(await t.sessionFor('viewer'))),
    editor: t.app,
    admin: withCookie(t.anonymous, cookie(await t.sessionFor('admin'))),
  };
  const claim = await createClaim(t.app);
  records = { source: claim.sourceId, metric: claim.metricId, claim: claim.id };
});
afterAll(() => t.close());

type Endpoint = [method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: () => object];

const writes: Endpoint[] = [
  ['post', '/api/sources', () => ({ name: 'Matrix source' })],
  ['patch', '/api/sources/:source', () => ({ version: 1, notes: 'x' })],
  ['delete', '/api/sources/:source'],
  ['post', '/api/sources/:source/restore'],
  ['post', '/api/metrics', () => ({ name: 'Matrix metric', unit: 'x' })],
  ['patch', '/api/metrics/:metric', () => ({ version: 1, topic: 'x' })],
  ['delete', '/api/metrics/:metric'],
  ['post', '/api/metrics/:metric/restore'],
  ['post', '/api/claims', () => ({ metricId: records.metric, sourceId: records.source, value: { kind: 'statement' } })],
  ['patch', '/api/claims/:claim', () => ({ version: 1, notes: 'x' })],
  ['delete', '/api/claims/:claim'],
  ['post', '/api/claims/:claim/restore'],
];
const adminOnly: Endpoint[] = [
  ['get', '/api/users'],
  ['post', '/api/users', () => ({ email: 'new@test.example', displayName: 'New', password: 'long-enough-password' })],
  ['patch', '/api/users/1', () => ({ displayName: 'Renamed admin' })],
  ['post', '/api/users/1/revoke-sessions'],
  ['post', '/api/users/1/unlock'],
];

const withIds = (path: string) =>
  path
    .replace(':source', String(records.source))
    .replace(':metric', String(records.metric))
    .replace(':claim', String(records.claim));

const send = (app: Parameters<typeof request>[0], [method, path, body]: Endpoint) => {
  const req = request(app)[method](withIds(path));
  return body ? req.send(body()) : req;
};

describe('who may do what', () => {
  it.each(writes)('%s %s: 401 signed out, 403 for a viewer, allowed for an editor', async (...endpoint) => {
    const anonymous = await send(t.anonymous, endpoint);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await send(as.viewer, endpoint)).status).toBe(403);
    expect([401, 403]).not.toContain((await send(as.editor, endpoint)).status);
  });

  it.each(adminOnly)('%s %s: admins only', async (...endpoint) => {
    expect((await send(t.anonymous, endpoint)).status).toBe(401);
    expect((await send(as.viewer, endpoint)).status).toBe(403);
    expect((await send(as.editor, endpoint)).status).toBe(403);
    expect([401, 403]).not.toContain((await send(as.admin, endpoint)).status);
  });

  it('lets viewers read, and nobody read signed out unless the server is public', async () => {
    await request(as.viewer).get('/api/claims').expect(200);
    await request(t.anonymous).get('/api/claims').expect(401);
    await request(t.anonymous).get('/api/health').expect(200);
    const open = await createTestApp({ publicRead: true });
    try {
      await request(open.anonymous).get('/api/divergence').expect(200);
      await request(open.anonymous).post('/api/sources').send({ name: 'x' }).expect(401);
    } finally {
      await open.close();
    }
  });

  it('refuses a write whose Origin is another site', async () => {
    const res = await request(t.app)
      .post('/api/sources')
      .set('Origin', 'https://evil.example')
      .send({ name: 'Forged' })
      .expect(403);
    expect(res.body.title).toBe('Cross-site request refused');
    const sources = await request(t.app).get('/api/sources').expect(200);
    expect(sources.body.items.some((s: { name: string }) => s.name === 'Forged')).toBe(false);
  });

  it('refuses a write whose Referer is no URL at all, without failing', async () => {
    const res = await request(t.app)
      .post('/api/sources')
      .set('Referer', 'not a url')
      .send({ name: 'Unreadable referer' })
      .expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const sources = await request(t.app).get('/api/sources').expect(200);
    expect(sources.body.items.some((s: { name: string }) => s.name === 'Unreadable referer')).toBe(false);
  });
});

describe('sessions', () => {
  it('signs in with a cookie that is httpOnly and SameSite, and signs out', async () => {
    const login = await request(t.anonymous)
      .post('/api/auth/login')
      .send({ email: editorEmail, password: editorPassword })
      .expect(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = /triangulate_session=([^;]+)/.exec(cookie)![1]!;
    const agent = withCookie(t.anonymous, `${sessionCookie}=${token}`);
    expect((await request(agent).get('/api/auth/me').expect(200)).body.user.email).toBe(editorEmail);
    await request(agent).post('/api/auth/logout').expect(204);
    await request(agent).get('/api/auth/me').expect(401);
  });

  it('ends every session of a user an admin revokes', async () => {
    const token = await t.sessionFor('editor', 'revoked@test.example');
    const agent = withCookie(t.anonymous, `${sessionCookie}=${token}`);
    const me = (await request(agent).get('/api/auth/me').expect(200)).body.user;
    await request(as.admin).post(`/api/users/${me.id}/revoke-sessions`).expect(204);
    await request(agent).get('/api/auth/me').expect(401);
    await request(agent).post('/api/sources').send({ name: 'After revocation' }).expect(401);
  });

  it("refuses an admin's PATCH of their own password, which must go through Change password", async () => {
    const me = (await request(as.admin).get('/api/auth/me').expect(200)).body.user;
    const res = await request(as.admin).patch(`/api/users/${me.id}`).send({ password: 'a new long passphrase' });
    expectProblem(res, 403, 'password');
    // Nothing changed: the session that asked still stands, and so does the old password.
    await request(as.admin).get('/api/auth/me').expect(200);
    await request(t.anonymous).post('/api/auth/login').send({ email: adminEmail, password: adminPassword }).expect(200);
  });

  it('expires sessions after SESSION_HOURS', async () => {
    let time = Date.parse('2026-03-01T09:00:00Z');
    const hours = (n: number) => n * 3600_000;
    const later = await createTestApp({ env: { SESSION_HOURS: '2' }, now: () => new Date(time) });
    try {
      time += hours(2) - 1000;
      await request(later.app).get('/api/auth/me').expect(200);
      time += 1000;
      await request(later.app).get('/api/auth/me').expect(401);
    } finally {
      await later.close();
    }
  });

  it('throttles failed sign-ins per account and per address', async () => {
    const th = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '6' } });
    const login = (email: string, password: string) =>
      request(th.anonymous).post('/api/auth/login').send({ email, password });
    try {
      for (let i = 0; i < 3; i++) await login(adminEmail, 'wrong-guess').expect(401);
      const blocked = await login(adminEmail, adminPassword).expect(429);
      expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
      // The window's length: the longest a client may have to wait, which the detail says in minutes.
      expect(blocked.headers['retry-after']).toBe('900');
      expect(blocked.body.detail).toBe('Too many wrong passwords; try again in 15 minutes');
      // The address has now failed three times; three more on other accounts reach its limit of six.
      for (const email of ['a@test.example', 'b@test.example', 'c@test.example']) await login(email, 'x').expect(401);
      await login(editorEmail, editorPassword).expect(429);
    } finally {
      await th.close();
    }
  });

  it('gives Retry-After in whole seconds, whatever the window', async () => {
    const th = await createTestApp({ env: { LOGIN_MAX_FAILURES: '1', LOGIN_WINDOW_MINUTES: '0.1' } });
    const login = (password: string) =>
      request(th.anonymous).post('/api/auth/login').send({ email: adminEmail, password });
    try {
      await login('wrong-guess').expect(401);
      expect((await login(adminPassword).expect(429)).headers['retry-after']).toBe('6');
    } finally {
      await th.close();
    }
  });

  it('does not count successful sign-ins against the address', async () => {
    const th = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '2' } });
    const login = (email: string, password: string) =>
      request(th.anonymous).post('/api/auth/login').send({ email, password });
    try {
      for (let i = 0; i < 3; i++) await login(editorEmail, editorPassword).expect(200);
      await login('a@test.example', 'x').expect(401);
      await login('b@test.example', 'x').expect(401);
      await login('c@test.example', 'x').expect(429);
    } finally {
      await th.close();
    }
  });

  it('behind TRUST_PROXY=1, marks the cookie Secure and throttles the client address, not the proxy', async () => {
    const th = await createTestApp({ env: { TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ADDRESS: '2' } });
    const viaProxy = (client: string, email: string, password: string) =>
      request(th.anonymous)
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .set('X-Forwarded-For', client)
        .send({ email, password });
    try {
      const login = await viaProxy('203.0.113.1', editorEmail, editorPassword).expect(200);
      expect(String(login.headers['set-cookie'])).toMatch(/; Secure/);
      await viaProxy('203.0.113.1', 'a@test.example', 'x').expect(401);
      await viaProxy('203.0.113.1', 'b@test.example', 'x').expect(401);
      await viaProxy('203.0.113.1', 'c@test.example', 'x').expect(429);
      // A colleague behind the same proxy is not locked out by that address's failures.
      await viaProxy('203.0.113.2', 'd@test.example', 'x').expect(401);
    } finally {
      await th.close();
    }
  });

  it('counts parallel guesses one by one: no more pass than the limit', async () => {
    const th = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '100' } });
    try {
      const guesses = await Promise.all(
        Array.from({ length: 20 }, () =>
          request(th.anonymous).post('/api/auth/login').send({ email: adminEmail, password: 'wrong-guess' }),
        ),
      );
      const statuses = guesses.map((g) => g.status).sort();
      expect(statuses).toEqual([...Array(3).fill(401), ...Array(17).fill(429)]);
    } finally {
      await th.close();
    }
  });
});

describe('admins', () => {
  it('keeps at least one admin who can sign in, even when two demote each other at once', async () => {
    const th = await createTestApp();
    try {
      const session = async () => withCookie(th.anonymous, `${sessionCookie}=${await th.sessionFor('admin')}`);
      const agents = [await session(), await session()] as const;
      const ids = await Promise.all(
        agents.map(async (agent) => (await request(agent).get('/api/auth/me').expect(200)).body.user.id as number),
      );
      const activeAdmins = async (agent: (typeof agents)[number]) =>
        (await request(agent).get('/api/users').expect(200)).body.items
          .filter((u: { role: string; disabledAt: string | null }) => u.role === 'admin' && u.disabledAt === null)
          .map((u: { id: number }) => u.id);
      // The initial admin steps down, leaving the two made here.
      for (const id of await activeAdmins(agents[0])) {
        if (!ids.includes(id)) await request(agents[0]).patch(`/api/users/${id}`).send({ role: 'editor' }).expect(200);
      }

      const answers = await Promise.all([
        request(agents[0]).patch(`/api/users/${ids[1]}`).send({ role: 'viewer' }),
        request(agents[1]).patch(`/api/users/${ids[0]}`).send({ role: 'viewer' }),
      ]);
      // The loser is refused as the last admin, or, when the winner committed first, as an admin no more.
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 200)).toEqual([expect.toBeOneOf([403, 409])]);
      const survivor = answers[0].status === 200 ? 0 : 1;
      expect(await activeAdmins(agents[survivor])).toEqual([ids[survivor]]);

      const self = `/api/users/${ids[survivor]}`;
      expectProblem(await request(agents[survivor]).patch(self).send({ role: 'editor' }), 409, 'role');
      expectProblem(await request(agents[survivor]).patch(self).send({ disabled: true }), 409, 'disabled');
      expect(await activeAdmins(agents[survivor])).toEqual([ids[survivor]]);
    } finally {
      await th.close();
    }
  });
});

describe('audit', () => {
  it('records who made each change', async () => {
    const created = await request(t.app).post('/api/sources').send({ name: 'Audited source' }).expect(201);
    await request(as.admin)
      .patch(`/api/sources/${created.body.id}`)
      .send({ version: 1, notes: 'checked by admin' })
      .expect(200);
    const history = await request(t.app).get(`/api/sources/${created.body.id}/history`).expect(200);
    expect(history.body.items.map((r: { user: { displayName: string } }) => r.user.displayName)).toEqual([
      'Test editor',
      'Test admin',
    ]);
    const activity = await request(as.viewer).get(`/api/activity?userId=${history.body.items[1].user.id}`).expect(200);
    expect(activity.body.items[0]).toMatchObject({ entityType: 'source', entityId: created.body.id, action: 'update' });
  });

  it('never shows passwords, hashes or session ids in responses or logs', async () => {
    const login = await request(t.anonymous)
      .post('/api/auth/login')
      .send({ email: editorEmail, password: editorPassword })
      .expect(200);
    const token = /triangulate_session=([^;]+)/.exec(String(login.headers['set-cookie']))![1]!;
    const users = await request(as.admin).get('/api/users').expect(200);
    const created = await request(as.admin)
      .post('/api/users')
      .send({ email: 'secretive@test.example', displayName: 'S', password: 'a-very-secret-password' })
      .expect(201);
    const bodies = JSON.stringify([login.body, users.body, created.body]);
    const logs = logLines.join('');
    for (const secret of [editorPassword, 'a-very-secret-password', adminPassword, token, 'scrypt$', 'password_hash']) {
      expect(bodies).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(logs).toContain('/api/auth/login');
  });
});
