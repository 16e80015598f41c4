import type { RequestHandler } from 'express';
import type { Services } from '../../services/index.js';

export const listGroups =
  (services: Services): RequestHandler =>
  async (_req, res) => {
    res.json({ items: await services.groupColours.list() });
  };
