import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';

export const getActivity =
  (services: Services): Handler<{ query: { userId?: number | undefined; limit: number } }> =>
  async ({ query }, _req, res) => {
    res.json({ items: await services.activity(query) });
  };
