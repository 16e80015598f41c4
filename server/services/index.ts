import type { Storage } from '../storage/database.js';
import { listActivity } from '../storage/revisions.js';
import { authService, type AuthSettings } from './auth.js';
import { ChangeFeed } from './changes.js';
import type { Clock } from './clock.js';
import { claimBatchService } from './claimBatch.js';
import { claimsService } from './claims.js';
import { comparisonService } from './comparison/index.js';
import { groupColoursService } from './groupColours.js';
import { extractionService, type ExtractionLimits } from './extraction.js';
import { exporterService } from './exporter.js';
import { importerService } from './import/index.js';
import { metricsService } from './metrics.js';
import { sourcesService } from './sources.js';

export function createServices(
  storage: Storage,
  authSettings: AuthSettings,
  extractionLimits: ExtractionLimits,
  now: Clock,
  feed = new ChangeFeed(),
) {
  const { db } = storage;
  const sources = sourcesService(db, feed);
  const claims = claimsService(db, feed);
  return {
    feed,
    sources,
    groupColours: groupColoursService(db),
    metrics: metricsService(db, feed),
    claims,
    saveClaimBatch: claimBatchService(db, feed, { sources, claims }),
    comparison: comparisonService(storage, feed),
    extraction: extractionService(db, extractionLimits),
    exporter: exporterService(storage),
    importer: importerService(db, feed),
    auth: authService(db, authSettings, now),
    /** Recent changes across the dataset, for the Activity page. */
    activity: (opts: { userId?: number | undefined; limit: number }) => listActivity(db, opts),
  };
}
export type Services = ReturnType<typeof createServices>;
