import type { Db } from '../storage/database.js';
import { listActivity } from '../storage/revisions.js';
import { authService, type AuthSettings } from './auth.js';
import { ChangeFeed } from './changes.js';
import { claimsService } from './claims.js';
import { comparisonService } from './comparison.js';
import { extractionService } from './extraction.js';
import { exporterService } from './exporter.js';
import { importerService } from './importer.js';
import { metricsService } from './metrics.js';
import { sourcesService } from './sources.js';

export function createServices(db: Db, authSettings: AuthSettings, feed = new ChangeFeed()) {
  return {
    feed,
    sources: sourcesService(db, feed),
    metrics: metricsService(db, feed),
    claims: claimsService(db, feed),
    comparison: comparisonService(db, feed),
    extraction: extractionService(db),
    exporter: exporterService(db),
    importer: importerService(db, feed),
    auth: authService(db, authSettings),
    /** Recent changes across the dataset, for the Activity page. */
    activity: (opts: { userId?: number | undefined; limit: number }) => listActivity(db, opts),
  };
}
export type Services = ReturnType<typeof createServices>;
