import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';

export const listGroups =
  (services: Services): Handler<object> =>
  async (_input, _req, res) => {
    res.json({ items: await services.groupColours.list() });
  };
