import type { z } from 'zod';
import type { ComparisonQuery, DivergenceQuery, EstimateQuery } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';
import { sendKeptJson } from '../compress.js';

export const getComparison =
  (services: Services): Handler<{ params: { id: number }; query: z.output<typeof ComparisonQuery> }> =>
  async ({ params, query }, req, res) => {
    sendKeptJson(req, res, await services.comparison.comparisonJson(params.id, query));
  };

export const getDivergence =
  (services: Services): Handler<{ query: DivergenceQuery }> =>
  async ({ query }, req, res) => {
    sendKeptJson(req, res, await services.comparison.divergenceJson(query));
  };

export const getEstimate =
  (services: Services): Handler<{ params: { id: number }; query: EstimateQuery }> =>
  async ({ params, query }, req, res) => {
    sendKeptJson(req, res, await services.comparison.estimateJson(params.id, query));
  };

export const getEstimateHistory =
  (services: Services): Handler<{ params: { id: number }; query: EstimateQuery }> =>
  async ({ params, query }, req, res) => {
    sendKeptJson(req, res, await services.comparison.estimateHistoryJson(params.id, query));
  };
