import type { RequestHandler } from 'express';
import { UserInput, UserPatch } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { ProblemError } from '../../services/errors.js';
import { signedInUser } from '../access.js';
import { parseBody, parseId } from '../parse.js';

export const usersHandlers = (services: Services) => ({
  list: (async (_req, res) => {
    res.json({ items: await services.auth.listUsers() });
  }) satisfies RequestHandler,
  create: (async (req, res) => {
    const input = parseBody(UserInput, req);
    res.status(201).json(await services.auth.createUser(input));
  }) satisfies RequestHandler,
  update: (async (req, res) => {
    const id = parseId(req);
    const patch = parseBody(UserPatch, req);
    // One's own password is changed knowing the current one: a session left open on a shared
    // computer must not be enough to take over an admin's account.
    if (patch.password !== undefined && id === signedInUser(res)?.id) {
      const message = 'Change your own password with POST /api/auth/password, which asks for the current one';
      throw new ProblemError(409, 'Use Change password', message, [{ path: 'password', message }]);
    }
    res.json(await services.auth.updateUser(id, patch));
  }) satisfies RequestHandler,
  revokeSessions: (async (req, res) => {
    await services.auth.revokeSessionsOf(parseId(req));
    res.status(204).end();
  }) satisfies RequestHandler,
});
