import type { RequestHandler } from 'express';
import { ExtractRequest } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { parseBody } from '../parse.js';

/** POST /api/extract: `{text, publishedOn?, reportedBy?, citationUrl?}` → `{candidates}`; stores nothing. */
export const extractClaims =
  (services: Services): RequestHandler =>
  async (req, res) => {
    res.json(await services.extraction.extract(parseBody(ExtractRequest, req)));
  };
