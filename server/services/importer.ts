import type { DatasetFormat, DryRunReport, ImportIssue, ImportSummary } from '../../shared/dataset/transfer.js';
import { insertRecords, insertRevisions, setRepeatedClaims } from '../storage/bulkInsert.js';
import type { Db } from '../storage/database.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { findByNames, type EntityType, type RecordOf } from '../storage/records.js';
import type { NewRevision } from '../storage/revisions.js';
import { currentUserId } from './actor.js';
import type { Change, ChangeFeed } from './changes.js';
import { readCsvDataset } from './csvImport.js';
import { conflict, ProblemError } from './errors.js';
import type { DatasetReader, ImportPlan, Ref } from './importPlan.js';
import { readJsonDataset } from './jsonImport.js';

const readers: Record<DatasetFormat, (text: string) => DatasetReader> = { csv: readCsvDataset, json: readJsonDataset };

async function planIn(db: Db, reader: DatasetReader) {
  const [sources, metrics] = await Promise.all([
    findByNames(db, 'source', reader.sourceNames),
    findByNames(db, 'metric', reader.metricNames),
  ]);
  return reader.plan({ sources, metrics });
}

const countsOf = (plan: ImportPlan) => ({
  sources: plan.sources.length,
  metrics: plan.metrics.length,
  claims: plan.claims.length,
});

function refused(issues: ImportIssue[]): ProblemError {
  const rows = new Set(issues.map((i) => i.line ?? `${i.collection}.${i.index}`)).size;
  const detail = `${rows === 1 ? '1 row has' : `${rows} rows have`} errors; nothing was imported`;
  return new ProblemError(422, 'Import refused', detail, issues);
}

/** A record's revisions as an import makes them: its create and, for one imported deleted, its delete. */
function revisionsOf<E extends EntityType>(entity: E, records: readonly RecordOf<E>[], userId: number | null) {
  return records.flatMap((record): NewRevision[] => {
    const revision = { entityType: entity, entityId: record.id, createdAt: record.updatedAt, userId };
    if (!record.deletedAt) return [{ ...revision, action: 'create', version: 1, snapshot: record }];
    return [
      { ...revision, action: 'create', version: 1, snapshot: { ...record, version: 1, deletedAt: null } },
      { ...revision, action: 'delete', version: record.version, snapshot: record },
    ];
  });
}

/** Writes a checked plan: every record with its revisions, in multi-row statements. */
async function write(tx: Db, plan: ImportPlan): Promise<Change[]> {
  const now = new Date().toISOString();
  const sources = await insertRecords(tx, 'source', plan.sources, now);
  const metrics = await insertRecords(tx, 'metric', plan.metrics, now);
  const idOf = (ref: Ref, created: readonly { id: number }[]) => ('id' in ref ? ref.id : created[ref.created]!.id);
  const claims = await insertRecords(
    tx,
    'claim',
    plan.claims.map(({ fields, source, metric, deleted }) => ({
      fields: { ...fields, sourceId: idOf(source, sources), metricId: idOf(metric, metrics), repeatsClaimId: null },
      deleted,
    })),
    now,
  );
  // Repeats are set once every claim has its id, since a claim may repeat one later in the file.
  const repeats = plan.claims.flatMap((c, i) => (c.repeats === null ? [] : [[i, c.repeats] as const]));
  await setRepeatedClaims(
    tx,
    repeats.map(([i, target]) => [claims[i]!.id, claims[target]!.id]),
  );
  for (const [i, target] of repeats) claims[i] = { ...claims[i]!, repeatsClaimId: claims[target]!.id };

  const userId = currentUserId();
  const revisions = [
    ...revisionsOf('source', sources, userId),
    ...revisionsOf('metric', metrics, userId),
    ...revisionsOf('claim', claims, userId),
  ];
  await insertRevisions(tx, revisions);
  return revisions.map((r) => ({ type: r.entityType, id: r.entityId, action: r.action, version: r.version }));
}

/**
 * Imports a claims CSV or a dataset JSON file, all or nothing: every row is checked before anything
 * is written, and one bad row refuses the whole file with every error listed. A dry run plans the
 * same way, against the same database, and stops before writing.
 */
export function importerService(db: Db, feed: ChangeFeed) {
  return {
    async run(format: DatasetFormat, text: string, opts: { dryRun: boolean }): Promise<ImportSummary | DryRunReport> {
      const reader = readers[format](text);
      if (opts.dryRun) {
        const { plan, issues } = await planIn(db, reader);
        return { dryRun: true, rows: plan.rows, created: countsOf(plan), errors: issues };
      }
      let changes: Change[];
      let plan: ImportPlan;
      try {
        // Names are looked up inside the transaction, so that what it found still holds when it writes.
        ({ plan, changes } = await db.transaction().execute(async (tx) => {
          const planned = await planIn(tx, reader);
          if (planned.issues.length > 0) throw refused(planned.issues);
          return { plan: planned.plan, changes: await write(tx, planned.plan) };
        }));
      } catch (error) {
        // On PostgreSQL another instance can create a source or metric of the same name meanwhile.
        if (isUniqueViolation(error))
          throw conflict('name', 'A source or metric of a name in this file was created meanwhile; import again');
        throw error;
      }
      await feed.publish(changes);
      return { rows: plan.rows, created: countsOf(plan) };
    },
  };
}
