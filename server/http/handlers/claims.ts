import type { z } from 'zod';
import type { ClaimBatch, ClaimListQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';

export const listClaims =
  (services: Services): Handler<{ query: ClaimListQuery }> =>
  async ({ query }, _req, res) => {
    res.json(await services.claims.list(query));
  };

export const saveClaimBatch =
  (services: Services): Handler<{ body: z.output<typeof ClaimBatch> }> =>
  async ({ body }, _req, res) => {
    res.status(201).json({ items: await services.saveClaimBatch(body) });
  };
