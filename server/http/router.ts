import { Router, type RequestHandler } from 'express';
import { accessCheck, checkSameOrigin } from './access.js';
import type { ApiRoute } from './apiRoute.js';
import { sendProblem } from './problems.js';

/**
 * The methods each path takes, as `Allow` lists them: in the table's order, with the HEAD that
 * Express answers with a GET route, and OPTIONS, answered here for every path.
 */
export function allowedMethods(routes: readonly ApiRoute[]): Map<string, string[]> {
  const methods = new Map<string, string[]>();
  for (const { path, method } of routes) methods.set(path, [...(methods.get(path) ?? []), method.toUpperCase()]);
  for (const [path, taken] of methods) {
    methods.set(path, [...taken, ...(taken.includes('GET') ? ['HEAD'] : []), 'OPTIONS']);
  }
  return methods;
}

/** A known address asked with a method it does not take: 405 and the methods it does take, not a 404. */
const otherMethods =
  (allow: string): RequestHandler =>
  (req, res) => {
    res.set('Allow', allow);
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    const message = `${req.method} is not taken here; ${allow} are`;
    sendProblem(res, {
      status: 405,
      title: 'Method not allowed',
      detail: message,
      errors: [{ path: 'method', message }],
    });
  };

/** The Express router for `routes`: each behind its access check, in the table's order. */
export function routerFor(routes: readonly ApiRoute[], { publicRead }: { publicRead: boolean }): Router {
  const router = Router().use(checkSameOrigin);
  for (const { method, path, access, handlers } of routes) {
    router[method](path, ...accessCheck(access, publicRead), ...handlers);
  }
  // After every route, so that these answer only the methods no route took.
  for (const [path, allow] of allowedMethods(routes)) router.all(path, otherMethods(allow.join(', ')));
  return router;
}
