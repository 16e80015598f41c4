import type { RequestHandler } from 'express';
import { ClaimBatch, ClaimListQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { parseBody, parseQuery } from '../parse.js';

export const listClaims =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.json(await services.claims.list(parseQuery(ClaimListQuery, req)));
  };

export const saveClaimBatch =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.status(201).json({ items: await services.saveClaimBatch(parseBody(ClaimBatch, req)) });
  };
