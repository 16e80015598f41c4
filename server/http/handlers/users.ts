import type { RequestHandler } from 'express';
import { UserInput, UserPatch } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
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
    res.json(await services.auth.updateUser(id, parseBody(UserPatch, req)));
  }) satisfies RequestHandler,
  revokeSessions: (async (req, res) => {
    await services.auth.revokeSessionsOf(parseId(req));
    res.status(204).end();
  }) satisfies RequestHandler,
  liftSignInLock: (async (req, res) => {
    await services.auth.liftSignInLock(parseId(req));
    res.status(204).end();
  }) satisfies RequestHandler,
});
