import type { RequestHandler } from 'express';
import { ExtractRequest } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import { whileConnected } from '../clientGone.js';
import { parseBody } from '../parse.js';

/** POST /api/extract: `{text, publishedOn?, reportedBy?, citationUrl?}` → `{candidates, total}`; stores nothing. */
export const extractClaims =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const json = await services.extraction.extractJson(parseBody(ExtractRequest, req), whileConnected(res));
    // Not res.send: its entity tag would hash every byte of what can be megabytes, on the thread the
    // extraction was moved off, for an answer to a POST that nothing caches.
    res.type('json').end(json);
  };
