import type { RequestHandler } from 'express';
import { ClaimListQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { parseQuery } from '../parse.js';

export const listClaims =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.json(await services.claims.list(parseQuery(ClaimListQuery, req)));
  };
