import type { CookieOptions, RequestHandler } from 'express';
import { LoginInput } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { sessionCookie, signedInUser } from '../access.js';
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
    const token = (req.cookies as Record<string, string | undefined>)[sessionCookie];
    if (token) await services.auth.logout(token);
    res.clearCookie(sessionCookie, { path: '/' }).status(204).end();
  };

export const me: RequestHandler = (_req, res) => {
  const user = signedInUser(res);
  if (!user) throw new ProblemError(401, 'Not signed in', 'No session, or it has expired');
  res.json({ user });
};
