import type { CookieOptions } from 'express';
import type { z } from 'zod';
import type { LoginInput, PasswordChange } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { sessionCookie, sessionTokenOf, signedInUser } from '../access.js';
import type { Handler } from '../apiRoute.js';
import { ProblemError } from '../../services/errors.js';

const cookieOptions = (secure: boolean, hours: number): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
  maxAge: hours * 3600_000,
});

export const login =
  (services: Services, sessionHours: number): Handler<{ body: z.output<typeof LoginInput> }> =>
  async ({ body: { email, password } }, req, res) => {
    const { token, user } = await services.auth.login(email, password, req.ip ?? 'unknown');
    res.cookie(sessionCookie, token, cookieOptions(req.secure, sessionHours)).json({ user });
  };

export const logout =
  (services: Services): Handler<unknown> =>
  async (_input, req, res) => {
    const token = sessionTokenOf(req);
    if (token) await services.auth.logout(token);
    res.clearCookie(sessionCookie, { path: '/' }).status(204).end();
  };

const notSignedIn = () => new ProblemError(401, 'Not signed in', 'No session, or it has expired');

export const me: Handler<unknown> = (_input, _req, res) => {
  const user = signedInUser(res);
  if (!user) throw notSignedIn();
  res.json({ user });
};

/** The route requires a session, so both the user and the cookie that named them are there. */
export const changePassword =
  (services: Services): Handler<{ body: z.output<typeof PasswordChange> }> =>
  async ({ body: change }, req, res) => {
    const user = signedInUser(res);
    const token = sessionTokenOf(req);
    if (!user || !token) throw notSignedIn();
    await services.auth.changePassword(user, token, change);
    res.status(204).end();
  };
