import type { Request, RequestHandler, Response } from 'express';
import type { Role, User } from '../../shared/schemas/index.js';
import { runAs } from '../services/actor.js';
import type { AuthService } from '../services/auth.js';
import type { Access } from './apiRoute.js';
import { ProblemError } from '../services/errors.js';

export const sessionCookie = 'triangulate_session';

export const sessionTokenOf = (req: Request): string | undefined =>
  (req.cookies as Record<string, string | undefined>)[sessionCookie];

export const signedInUser = (res: Response): User | undefined => res.locals.user as User | undefined;

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads the session cookie; the rest of the request runs as that user, so revisions name their author. */
export const authenticate =
  (auth: AuthService): RequestHandler =>
  async (req, res, next) => {
    const token = sessionTokenOf(req);
    const user = token ? await auth.userForSession(token) : undefined;
    if (!user) return next();
    res.locals.user = user;
    runAs(user.id, next);
  };

/** A Referer that is not a URL names no origin we could trust: it counts as another site's. */
const originOf = (referer: string | undefined): string | undefined =>
  !referer ? undefined : URL.canParse(referer) ? new URL(referer).origin : 'null';

/**
 * A state-changing request from a browser carries an Origin (or at least a Referer); one naming
 * another site is a cross-site forgery riding on the analyst's cookie. Non-browser clients send
 * neither and carry no ambient cookie.
 */
export const checkSameOrigin: RequestHandler = (req, _res, next) => {
  if (safeMethods.has(req.method)) return next();
  const claimed = req.get('origin') ?? originOf(req.get('referer'));
  if (claimed !== undefined && claimed !== `${req.protocol}://${req.get('host')}`) {
    return next(new ProblemError(403, 'Cross-site request refused', 'This request came from another site'));
  }
  next();
};

const signInRequired = () => new ProblemError(401, 'Sign-in required', 'Sign in to continue');

/** Reading needs a session unless the server is public; writing needs at least `role`. */
export const requireRole =
  (role: Role, opts: { publicRead?: boolean } = {}): RequestHandler =>
  (req, res, next) => {
    const user = signedInUser(res);
    if (safeMethods.has(req.method) && opts.publicRead) return next();
    if (!user) return next(signInRequired());
    if (rank[user.role] < rank[role]) {
      return next(
        new ProblemError(403, 'Not allowed', `This needs the ${role} role; you are signed in as ${user.role}`),
      );
    }
    next();
  };

/** The check a route's access asks for, if any: reading the dataset is open to anyone when the server is public. */
export function accessCheck(access: Access, publicRead: boolean): RequestHandler[] {
  if (access === 'public') return [];
  return [access === 'reader' ? requireRole('viewer', { publicRead }) : requireRole(access)];
}
