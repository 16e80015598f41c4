import type { User } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
import type { UserRow } from './tables.js';

export const userRowToUser = (row: UserRow): User => ({
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

export async function revokeSessions(db: Db, where: { tokenHash?: string; userId?: number }, now: string) {
  let query = db.updateTable('sessions').set({ revoked_at: now }).where('revoked_at', 'is', null);
  if (where.tokenHash !== undefined) query = query.where('token_hash', '=', where.tokenHash);
  if (where.userId !== undefined) query = query.where('user_id', '=', where.userId);
  await query.execute();
}

/** Counts a failed sign-in under `key`, starting a new window when the old one has passed; returns the count. */
export async function recordLoginFailure(db: Db, key: string, now: string, windowStart: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('login_failures').selectAll().where('key', '=', key).executeTakeFirst();
    const failures = current && current.window_started_at > windowStart ? current.failures + 1 : 1;
    const started = current && current.window_started_at > windowStart ? current.window_started_at : now;
    if (current) {
      await tx
        .updateTable('login_failures')
        .set({ failures, window_started_at: started })
        .where('key', '=', key)
        .execute();
    } else {
      await tx.insertInto('login_failures').values({ key, failures, window_started_at: started }).execute();
    }
    return failures;
  });
}

export async function loginFailures(db: Db, key: string, windowStart: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .selectAll()
    .where('key', '=', key)
    .where('window_started_at', '>', windowStart)
    .executeTakeFirst();
  return row?.failures ?? 0;
}

export async function clearLoginFailures(db: Db, key: string) {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}
