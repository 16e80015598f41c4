import type { RequestHandler } from 'express';
import { ComparisonQuery, DivergenceQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { sendKeptJson } from '../compress.js';
import { parseId, parseQuery } from '../parse.js';

export const getComparison =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const id = parseId(req);
    sendKeptJson(req, res, await services.comparison.comparisonJson(id, parseQuery(ComparisonQuery, req)));
  };

export const getDivergence =
  (services: Services): RequestHandler =>
  async (req, res) => {
    sendKeptJson(req, res, await services.comparison.divergenceJson(parseQuery(DivergenceQuery, req)));
  };
