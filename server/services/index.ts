import type { Db } from '../storage/database.js';
import { ChangeFeed } from './changes.js';
import { claimsService } from './claims.js';
import { comparisonService } from './comparison.js';
import { metricsService } from './metrics.js';
import { sourcesService } from './sources.js';

export function createServices(db: Db, feed = new ChangeFeed()) {
  return {
    feed,
    sources: sourcesService(db, feed),
    metrics: metricsService(db, feed),
    claims: claimsService(db, feed),
    comparison: comparisonService(db, feed),
  };
}
export type Services = ReturnType<typeof createServices>;
