import type { z } from 'zod';
import type { UserInput, UserPatch } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';

type ById = { params: { id: number } };

export const usersHandlers = (services: Services) => {
  const list: Handler<unknown> = async (_input, _req, res) => {
    res.json({ items: await services.auth.listUsers() });
  };
  const create: Handler<{ body: z.output<typeof UserInput> }> = async ({ body }, _req, res) => {
    res.status(201).json(await services.auth.createUser(body));
  };
  const update: Handler<ById & { body: z.output<typeof UserPatch> }> = async ({ params, body }, _req, res) => {
    res.json(await services.auth.updateUser(params.id, body));
  };
  const revokeSessions: Handler<ById> = async ({ params }, _req, res) => {
    await services.auth.revokeSessionsOf(params.id);
    res.status(204).end();
  };
  const liftSignInLock: Handler<ById> = async ({ params }, _req, res) => {
    await services.auth.liftSignInLock(params.id);
    res.status(204).end();
  };
  return { list, create, update, revokeSessions, liftSignInLock };
};
