import type { RequestHandler } from 'express';
import { z } from 'zod';
import { idText, pageLimit } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { parseQuery } from '../parse.js';

const ActivityQuery = z.strictObject({
  userId: idText.optional(),
  limit: pageLimit,
});

export const getActivity =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.json({ items: await services.activity(parseQuery(ActivityQuery, req)) });
  };
