import type { Router } from 'express';
import { sendProblem } from './problems.js';

/**
 * A known address asked with a method it does not take gets 405 and the methods it does take, in
 * `Allow`, rather than the 404 of an address that does not exist. Call it once every route is on
 * `router`: it reads their methods from it.
 */
export function refuseOtherMethods(router: Router): Router {
  const allowed = new Map<string, Set<string>>();
  for (const { route } of router.stack) {
    if (!route) continue;
    const methods = allowed.get(route.path) ?? new Set<string>();
    for (const { method } of route.stack) if (method) methods.add(method.toUpperCase());
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    // Express answers HEAD with a GET route, and OPTIONS for every route it knows.
    const allow = [...methods, ...(methods.has('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    router.all(path, (req, res) => {
      res.set('Allow', allow);
      if (req.method === 'OPTIONS') return void res.sendStatus(204);
      const message = `${req.method} is not taken here; ${allow} are`;
      sendProblem(res, {
        status: 405,
        title: 'Method not allowed',
        detail: message,
        errors: [{ path: 'method', message }],
      });
    });
  }
  return router;
}
