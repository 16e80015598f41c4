import type { Request, RequestHandler, Response } from 'express';
import { ComparisonQuery, DivergenceQuery } from '../../../shared/schemas/index.js';
import type { CachedJson } from '../../services/comparison.js';
import type { Services } from '../../services/index.js';
import { parseId, parseQuery } from '../parse.js';

export const getComparison =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const id = parseId(req);
    sendCached(req, res, await services.comparison.comparisonJson(id, parseQuery(ComparisonQuery, req)));
  };

export const getDivergence =
  (services: Services): RequestHandler =>
  async (req, res) => {
    sendCached(req, res, await services.comparison.divergenceJson(parseQuery(DivergenceQuery, req)));
  };

/** A dashboard that already holds this answer gets a 304 and no body. */
function sendCached(req: Request, res: Response, { body, etag }: CachedJson): void {
  res.set('ETag', etag);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.type('json').send(body);
}
