import { Router } from 'express';
import {
  ClaimInput,
  ClaimPatch,
  MetricInput,
  MetricPatch,
  SourceInput,
  SourcePatch,
} from '../../shared/schemas/index.js';
import type { Services } from '../services/index.js';
import type { DatabaseKind } from '../storage/dialect.js';
import { listClaims, saveClaimBatch } from './handlers/claims.js';
import { getComparison, getDivergence } from './handlers/comparison.js';
import { streamEvents } from './handlers/events.js';
import { extractClaims } from './handlers/extract.js';
import { openApiDocument } from './openapi.js';
import { checkSameOrigin, datasetAccess, requireRole } from './access.js';
import { getActivity } from './handlers/activity.js';
import { exportDataset, importBody, importDataset } from './handlers/dataset.js';
import { changePassword, login, logout, me } from './handlers/auth.js';
import { usersHandlers } from './handlers/users.js';
import { listGroups } from './handlers/groups.js';
import { listRecords, recordHandlers } from './handlers/records.js';
import { refuseOtherMethods } from './otherMethods.js';

export interface ApiSettings {
  databaseKind: DatabaseKind;
  publicRead: boolean;
  sessionHours: number;
}

/** Every API route, in one table, grouped by who may use it. */
export function apiRoutes(services: Services, { databaseKind, publicRead, sessionHours }: ApiSettings): Router {
  const sources = recordHandlers('/api/sources', services.sources, { input: SourceInput, patch: SourcePatch });
  const metrics = recordHandlers('/api/metrics', services.metrics, { input: MetricInput, patch: MetricPatch });
  const claims = recordHandlers('/api/claims', services.claims, { input: ClaimInput, patch: ClaimPatch });

  const users = usersHandlers(services);

  return refuseOtherMethods(
    Router()
      .use(checkSameOrigin)

      // Anyone
      .get('/health', (_req, res) => void res.json({ status: 'ok', database: databaseKind }))
      .get('/openapi.json', (_req, res) => void res.json(openApiDocument()))
      .post('/auth/login', login(services, sessionHours))
      .post('/auth/logout', logout(services))
      .get('/auth/me', me)

      // Anyone signed in
      .post('/auth/password', requireRole('viewer'), changePassword(services))

      // Admins
      .get('/users', requireRole('admin'), users.list)
      .post('/users', requireRole('admin'), users.create)
      .patch('/users/:id', requireRole('admin'), users.update)
      .post('/users/:id/revoke-sessions', requireRole('admin'), users.revokeSessions)
      .post('/users/:id/unlock', requireRole('admin'), users.liftSignInLock)

      // Viewers read (everyone, with PUBLIC_READ); editors write
      .use(datasetAccess(publicRead))
      .get('/activity', getActivity(services))

      .get('/sources', listRecords(services.sources))
      .post('/sources', sources.create)
      .get('/sources/:id', sources.get)
      .patch('/sources/:id', sources.update)
      .delete('/sources/:id', sources.remove)
      .post('/sources/:id/restore', sources.restore)
      .get('/sources/:id/history', sources.history)
      .get('/groups', listGroups(services))

      .get('/metrics', listRecords(services.metrics))
      .post('/metrics', metrics.create)
      .get('/metrics/:id', metrics.get)
      .patch('/metrics/:id', metrics.update)
      .delete('/metrics/:id', metrics.remove)
      .post('/metrics/:id/restore', metrics.restore)
      .get('/metrics/:id/history', metrics.history)
      .get('/metrics/:id/comparison', getComparison(services))

      .get('/claims', listClaims(services))
      .post('/claims', claims.create)
      .post('/claims/batch', saveClaimBatch(services))
      .get('/claims/:id', claims.get)
      .patch('/claims/:id', claims.update)
      .delete('/claims/:id', claims.remove)
      .post('/claims/:id/restore', claims.restore)
      .get('/claims/:id/history', claims.history)

      .get('/export', exportDataset(services))
      .post('/import', importBody, importDataset(services))

      // Writes nothing, but only prepares claims, so it is for those who may add them (editors).
      .post('/extract', extractClaims(services))

      .get('/divergence', getDivergence(services))
      .get('/events', streamEvents(services)),
  );
}
