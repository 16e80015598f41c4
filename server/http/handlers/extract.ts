import type { z } from 'zod';
import type { ExtractRequest } from '../../../shared/schemas/index.js';
import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';
import { whileConnected } from '../clientGone.js';

/** `{text, publishedOn?, reportedBy?, citationUrl?}` → `{candidates, total}`; stores nothing. */
export const extractClaims =
  (services: Services): Handler<{ body: z.output<typeof ExtractRequest> }> =>
  async ({ body }, _req, res) => {
    const json = await services.extraction.extractJson(body, whileConnected(res));
    // Not res.send: its entity tag would hash every byte of what can be megabytes, on the thread the
    // extraction was moved off, for an answer to a POST that nothing caches.
    res.type('json').end(json);
  };
