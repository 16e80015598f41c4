import type { CookieOptions, RequestHandler } from 'express';
import { LoginInput, PasswordChange } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { sessionCookie, sessionTokenOf, signedInUser } from '../access.js';
import { parseBody } from '../parse.js';
import { ProblemError } from '../../services/errors.js';

const cookieOptions = (secure: boolean, hours: number): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure,
  path: '/',
  maxAge: hours * 3600_000,
});

export const login =
  (services: Services, sessionHours: number): RequestHandler =>
  async (req, res) => {
    const { email, password } = parseBody(LoginInput, req);
    const { token, user } = await services.auth.login(email, password, req.ip ?? 'unknown');
    res.cookie(sessionCookie, token, cookieOptions(req.secure, sessionHours)).json({ user });
  };

export const logout =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const token = sessionTokenOf(req);
    if (token) await services.auth.logout(token);
    res.clearCookie(sessionCookie, { path: '/' }).status(204).end();
  };

const notSignedIn = () => new ProblemError(401, 'Not signed in', 'No session, or it has expired');

export const me: RequestHandler = (_req, res) => {
  const user = signedInUser(res);
  if (!user) throw notSignedIn();
  res.json({ user });
};

/** The route requires a session, so both the user and the cookie that named them are there. */
export const changePassword =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const change = parseBody(PasswordChange, req);
    const user = signedInUser(res);
    const token = sessionTokenOf(req);
    if (!user || !token) throw notSignedIn();
    await services.auth.changePassword(user, token, change);
    res.status(204).end();
  };
