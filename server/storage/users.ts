import type { User } from '../../shared/schemas/index.js';
import { sql } from 'kysely';
import type { Db } from './database.js';
import { databaseKind } from './dialect.js';
import type { UserRow } from './tables.js';

const userRowToUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role as User['role'],
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

export const findUserRowByEmail = (db: Db, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

export const findUserRow = (db: Db, id: number) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Ids of the admins who can still sign in, locked until the transaction ends on PostgreSQL, in id
 * order so that two admins demoting each other wait for one another rather than deadlock.
 */
export async function activeAdminIds(db: Db): Promise<number[]> {
  let query = db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('id');
  if (databaseKind(db) === 'postgres') query = query.forUpdate();
  return (await query.execute()).map((row) => row.id);
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(userRowToUser);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Db,
  u: { email: string; displayName: string; role: string; passwordHash: string },
  now: string,
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      email: u.email.toLowerCase(),
      display_name: u.displayName,
      role: u.role,
      password_hash: u.passwordHash,
      created_at: now,
      updated_at: now,
      disabled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return userRowToUser(row);
}

export async function updateUser(
  db: Db,
  id: number,
  change: { displayName?: string; role?: string; passwordHash?: string; disabledAt?: string | null },
  now: string,
): Promise<User | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
      ...(change.disabledAt !== undefined ? { disabled_at: change.disabledAt } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && userRowToUser(row);
}

export async function insertSession(db: Db, s: { tokenHash: string; userId: number; now: string; expiresAt: string }) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.now,
      expires_at: s.expiresAt,
      revoked_at: null,
    })
    .execute();
}

/** The user behind a live session: not revoked, not expired, and the account not disabled. */
export async function findSessionUser(db: Db, tokenHash: string, now: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && userRowToUser(row);
}

/** Ends the sessions `where` names; `exceptTokenHash` spares one of them, the session asking. */
export async function revokeSessions(
  db: Db,
  where: { tokenHash?: string; userId?: number; exceptTokenHash?: string },
  now: string,
) {
  let query = db.updateTable('sessions').set({ revoked_at: now }).where('revoked_at', 'is', null);
  if (where.tokenHash !== undefined) query = query.where('token_hash', '=', where.tokenHash);
  if (where.userId !== undefined) query = query.where('user_id', '=', where.userId);
  if (where.exceptTokenHash !== undefined) query = query.where('token_hash', '!=', where.exceptTokenHash);
  await query.execute();
}

/**
 * Counts a sign-in attempt under `key`, starting a new window when the old one has passed, and
 * returns the count: one statement, so parallel attempts each get a count of their own.
 */
export async function countLoginAttempt(db: Db, key: string, now: string, windowStart: string): Promise<number> {
  const inWindow = sql<boolean>`login_failures.window_started_at > ${windowStart}`;
  const row = await db
    .insertInto('login_failures')
    .values({ key, failures: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${inWindow} then login_failures.failures + 1 else 1 end`,
        window_started_at: sql<string>`case when ${inWindow} then login_failures.window_started_at else ${now} end`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

/** Takes back an attempt counted under `key` that turned out to succeed. */
export async function uncountLoginAttempt(db: Db, key: string) {
  await db
    .updateTable('login_failures')
    .set({ failures: sql<number>`case when failures > 0 then failures - 1 else 0 end` })
    .where('key', '=', key)
    .execute();
}

/**
 * Deletes up to `limit` counts whose window began at or before `windowStart`: such a count no
 * longer refuses anyone, and the next attempt under its key would start afresh anyway. The window
 * is checked again on the row itself, so that a count another attempt has just restarted stays.
 */
export async function deleteExpiredLoginFailures(db: Db, windowStart: string, limit: number) {
  await db
    .deleteFrom('login_failures')
    .where('window_started_at', '<=', windowStart)
    .where('key', 'in', (eb) =>
      eb.selectFrom('login_failures').select('key').where('window_started_at', '<=', windowStart).limit(limit),
    )
    .execute();
}

/** The failure counts kept under `keys`, each with the time its window began. */
export async function findLoginFailures(
  db: Db,
  keys: string[],
): Promise<{ key: string; failures: number; windowStartedAt: string }[]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('login_failures').selectAll().where('key', 'in', keys).execute();
  return rows.map((row) => ({ key: row.key, failures: row.failures, windowStartedAt: row.window_started_at }));
}

export async function clearLoginFailures(db: Db, key: string) {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
