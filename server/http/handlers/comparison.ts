import type { RequestHandler } from 'express';
import { ComparisonQuery, DivergenceQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { parseId, parseQuery } from '../parse.js';

export const getComparison =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const id = parseId(req);
    res.type('json').send(await services.comparison.comparisonJson(id, parseQuery(ComparisonQuery, req)));
  };

export const getDivergence =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.type('json').send(await services.comparison.divergenceJson(parseQuery(DivergenceQuery, req)));
  };
