import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.js';
import { parseQuery } from '../parse.js';

const ActivityQuery = z.strictObject({
  userId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const getActivity =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.json({ items: await services.activity(parseQuery(ActivityQuery, req)) });
  };
