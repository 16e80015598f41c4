import { extractCandidates } from '../../shared/extract/index.js';
import type { ExtractParams, ExtractResult } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';

/**
 * "Paste an article, get its claims": finds the figures in the text and matches what they count and
 * who said them against the sources and metrics that exist (deleted ones aside). Writes nothing.
 */
export function extractionService(db: Db) {
  return {
    async extract(params: ExtractParams): Promise<ExtractResult> {
      const [sources, metrics] = await Promise.all([
        recordStore(db, 'source').list({ includeDeleted: false }),
        recordStore(db, 'metric').list({ includeDeleted: false }),
      ]);
      const candidates = extractCandidates(params.text, { publishedOn: params.publishedOn, sources, metrics });
      // Every claim made from the article shares its outlet and address.
      return {
        candidates: candidates.map((c) => ({ ...c, reportedBy: params.reportedBy, citationUrl: params.citationUrl })),
      };
    },
  };
}
