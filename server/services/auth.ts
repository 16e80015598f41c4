import { createHash, randomBytes } from 'node:crypto';
import type { PasswordChange, User, UserInput, UserPatch, UserWithLock } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { isUniqueViolation } from '../storage/dialect.js';
import {
  activeAdminIds,
  clearLoginFailures,
  countUsers,
  findSessionUser,
  findUserRow,
  findUserRowByEmail,
  insertSession,
  insertUser,
  listUsers,
  countLoginAttempt,
  deleteExpiredLoginFailures,
  findLoginFailures,
  uncountLoginAttempt,
  revokeSessions,
  updateUser,
} from '../storage/users.js';
import { currentUserId } from './actor.js';
import type { Clock } from './clock.js';
import { conflict, notFound, ProblemError, TooManyRequests } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface AuthSettings {
  sessionHours: number;
  /** Failed sign-ins allowed per account, and per address, within the window. */
  maxFailures: number;
  maxFailuresPerAddress: number;
  failureWindowMinutes: number;
}

/**
 * Each sign-in adds at most two counts (its address and its account) and deletes up to this many
 * expired ones, so expired counts never pile up, however many attempts come, and no sign-in pays
 * for clearing out the whole table.
 */
const expiredCountsDeletedPerSignIn = 100;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * The count is kept per account whether the wrong passwords came at sign-in or at a password
 * change; Retry-After gives the whole window, the longest a client may have to wait.
 */
const tooManyWrongPasswords = (title: string, minutes: number, field?: string) => {
  const detail = `Too many wrong passwords; try again in ${minutes} minutes`;
  return new TooManyRequests(
    title,
    detail,
    Math.ceil(minutes * 60),
    field ? [{ path: field, message: detail }] : undefined,
  );
};
const tooManyAttempts = (minutes: number) => tooManyWrongPasswords('Too many sign-in attempts', minutes);
const tooManyPasswordGuesses = (minutes: number) =>
  tooManyWrongPasswords('Too many attempts', minutes, 'currentPassword');

const ownPasswordByPatch = () => {
  const message = 'Change your own password with POST /api/auth/password, which asks for the current one';
  return new ProblemError(403, 'Use Change password', message, [{ path: 'password', message }]);
};

// Not 401: that would say the session ended, and the dashboard would ask to sign in again.
const wrongCurrentPassword = () =>
  new ProblemError(400, 'Wrong password', 'The current password is wrong; nothing was changed', [
    { path: 'currentPassword', message: 'Wrong password' },
  ]);

const sessionEnded = () => new ProblemError(401, 'Sign-in required', 'Your session ended; sign in again');

const lastAdmin = (field: 'role' | 'disabled') =>
  new ProblemError(409, 'Last admin', 'Someone must stay an admin: make another user an admin first', [
    { path: field, message: 'This is the last admin who can sign in' },
  ]);

const badCredentials = () =>
  new ProblemError(401, 'Sign-in failed', 'Wrong email or password', [
    { path: 'password', message: 'Wrong email or password' },
  ]);

// Verifying against a real hash when the account does not exist keeps the answer's timing from
// telling a guesser which emails have accounts.
const decoyHash = hashPassword(randomBytes(16).toString('hex'));

/** Sessions expire, and wrong passwords are counted in their window, by the time `now` gives. */
export function authService(db: Db, settings: AuthSettings, now: Clock) {
  const minutesAgo = (minutes: number) => new Date(now().getTime() - minutes * 60_000).toISOString();
  const accountThrottle = (email: string) => ({ key: `email:${email.toLowerCase()}`, limit: settings.maxFailures });
  /** An account is locked once its next attempt would be counted past the limit, until its window ends. */
  const lockedUntil = (count: { failures: number; windowStartedAt: string } | undefined) => {
    const window = settings.failureWindowMinutes;
    if (!count || count.failures < settings.maxFailures || count.windowStartedAt <= minutesAgo(window)) return null;
    return new Date(Date.parse(count.windowStartedAt) + window * 60_000).toISOString();
  };
  const throttles = (email: string, address: string) =>
    [accountThrottle(email), { key: `ip:${address}`, limit: settings.maxFailuresPerAddress }] as const;

  return {
    async login(email: string, password: string, address: string): Promise<{ token: string; user: User }> {
      const windowStart = minutesAgo(settings.failureWindowMinutes);
      const [account, addressLimit] = throttles(email, address);
      await deleteExpiredLoginFailures(db, windowStart, expiredCountsDeletedPerSignIn);
      // Every attempt is counted before the password is checked, as a failure until it succeeds:
      // counting only after the slow check let parallel guesses all pass the limit together.
      const attemptedAt = now().toISOString();
      // The address first, and an address over its limit goes no further: trying a new email each
      // time, it would otherwise add a count for every one of them.
      if ((await countLoginAttempt(db, addressLimit.key, attemptedAt, windowStart)) > addressLimit.limit) {
        throw tooManyAttempts(settings.failureWindowMinutes);
      }
      if ((await countLoginAttempt(db, account.key, attemptedAt, windowStart)) > account.limit) {
        // No password was tried, so the address has not guessed: colleagues behind it must not
        // be locked out by someone retrying a locked account.
        await uncountLoginAttempt(db, addressLimit.key);
        throw tooManyAttempts(settings.failureWindowMinutes);
      }
      const row = await findUserRowByEmail(db, email);
      const valid = await verifyPassword(password, row?.password_hash ?? (await decoyHash));
      if (!row || !valid || row.disabled_at) throw badCredentials();
      await clearLoginFailures(db, account.key);
      await uncountLoginAttempt(db, addressLimit.key);
      const token = randomBytes(32).toString('base64url');
      const signedInAt = now();
      await insertSession(db, {
        tokenHash: hashToken(token),
        userId: row.id,
        now: signedInAt.toISOString(),
        expiresAt: new Date(signedInAt.getTime() + settings.sessionHours * 3600_000).toISOString(),
      });
      return { token, user: (await findSessionUser(db, hashToken(token), signedInAt.toISOString()))! };
    },

    logout: (token: string) => revokeSessions(db, { tokenHash: hashToken(token) }, now().toISOString()),

    userForSession: (token: string) => findSessionUser(db, hashToken(token), now().toISOString()),

    async listUsers(): Promise<UserWithLock[]> {
      const users = await listUsers(db);
      const keys = users.map((user) => accountThrottle(user.email).key);
      const counts = new Map((await findLoginFailures(db, keys)).map((count) => [count.key, count]));
      return users.map((user, i) => ({ ...user, signInLockedUntil: lockedUntil(counts.get(keys[i]!)) }));
    },

    /**
     * Forgets the account's wrong passwords, so that it signs in again at once. The count of the
     * address they came from stays: lifting one account's lock must not let that address go on guessing.
     */
    async liftSignInLock(id: number): Promise<void> {
      const row = await findUserRow(db, id);
      if (!row) throw notFound('user', id);
      await clearLoginFailures(db, accountThrottle(row.email).key);
    },

    async createUser(input: Required<UserInput>): Promise<User> {
      try {
        return await insertUser(
          db,
          { ...input, passwordHash: await hashPassword(input.password) },
          now().toISOString(),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('email', `A user with email ${input.email} already exists`);
        throw error;
      }
    },

    /** Changing a password or disabling an account ends its sessions: an old cookie must not outlive either. */
    async updateUser(id: number, patch: UserPatch): Promise<User> {
      // One's own password is changed knowing the current one: a session left open on a shared
      // computer must not be enough to take over an admin's account.
      if (patch.password !== undefined && id === currentUserId()) throw ownPasswordByPatch();
      // Hashed before the transaction, which would otherwise hold the database through it.
      const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
      return db.transaction().execute(async (tx) => {
        const row = await findUserRow(tx, id);
        if (!row) throw notFound('user', id);
        const demoted = patch.role !== undefined && patch.role !== 'admin';
        if ((demoted || patch.disabled) && !(await activeAdminIds(tx)).some((admin) => admin !== id)) {
          throw lastAdmin(demoted ? 'role' : 'disabled');
        }
        const updatedAt = now().toISOString();
        const updated = await updateUser(
          tx,
          id,
          {
            ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
            ...(patch.role !== undefined ? { role: patch.role } : {}),
            ...(passwordHash !== undefined ? { passwordHash } : {}),
            ...(patch.disabled !== undefined ? { disabledAt: patch.disabled ? updatedAt : null } : {}),
          },
          updatedAt,
        );
        if (passwordHash !== undefined || patch.disabled) await revokeSessions(tx, { userId: id }, updatedAt);
        return updated!;
      });
    },

    /**
     * Guesses count against the same per-account limit as sign-ins, so that a stolen session
     * cannot try passwords until one works. Every other session of the user ends; this one stays.
     */
    async changePassword(user: User, sessionToken: string, change: PasswordChange): Promise<void> {
      const account = accountThrottle(user.email);
      const windowStart = minutesAgo(settings.failureWindowMinutes);
      // Counted before the check and cleared on success, as sign-ins are, for the same reason.
      const attempts = await countLoginAttempt(db, account.key, now().toISOString(), windowStart);
      if (attempts > account.limit) throw tooManyPasswordGuesses(settings.failureWindowMinutes);
      const row = await findUserRow(db, user.id);
      if (!row || !(await verifyPassword(change.currentPassword, row.password_hash))) throw wrongCurrentPassword();
      // Hashed before the transaction, which would otherwise hold the database through it.
      const passwordHash = await hashPassword(change.newPassword);
      const tokenHash = hashToken(sessionToken);
      await db.transaction().execute(async (tx) => {
        const changedAt = now().toISOString();
        await updateUser(tx, user.id, { passwordHash }, changedAt);
        // Checked after the update has locked the user's row: an admin who reset the password or
        // disabled the account meanwhile ended this session, and their change must stand.
        if (!(await findSessionUser(tx, tokenHash, changedAt))) throw sessionEnded();
        await revokeSessions(tx, { userId: user.id, exceptTokenHash: tokenHash }, changedAt);
      });
      // Only a change that went through clears the count: one refused above still counted as a guess.
      await clearLoginFailures(db, account.key);
    },

    revokeSessionsOf: (userId: number) => revokeSessions(db, { userId }, now().toISOString()),

    countUsers: () => countUsers(db),
  };
}
export type AuthService = ReturnType<typeof authService>;
