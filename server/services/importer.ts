import type { Claim } from '../../shared/schemas/index.js';
import type { DatasetFormat, DryRunReport, ImportIssue, ImportSummary } from '../../shared/dataset/transfer.js';
import { insertRecords, insertRevisions, setRepeatedClaims, type NewRecord } from '../storage/bulkInsert.js';
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
function revisionsOf<E extends EntityType>(entity: E, record: RecordOf<E>, userId: number | null): NewRevision[] {
  const revision = (action: NewRevision['action'], version: number, snapshot: object): NewRevision => ({
    entityType: entity,
    entityId: record.id,
    action,
    version,
    snapshot,
    createdAt: record.updatedAt,
    userId,
  });
  if (!record.deletedAt) return [revision('create', 1, record)];
  return [
    revision('create', 1, Object.assign({}, record, { version: 1, deletedAt: null })),
    revision('delete', record.version, record),
  ];
}

/**
 * Writes a checked plan: every record with its revisions, in multi-row statements, each batch of
 * records followed by its revisions. A claim that repeats another gets its revision once the one
 * it repeats has an id, which may come later in the file.
 */
async function write(tx: Db, plan: ImportPlan): Promise<Change[]> {
  const now = new Date().toISOString();
  const userId = currentUserId();
  const changes: Change[] = [];
  const writeRevisions = async <E extends EntityType>(entity: E, records: readonly RecordOf<E>[]) => {
    const revisions = records.flatMap((record) => revisionsOf(entity, record, userId));
    await insertRevisions(tx, revisions);
    for (const r of revisions) changes.push({ type: entity, id: r.entityId, action: r.action, version: r.version });
  };
  /** Inserts the records and the revisions of those `now` says; returns the records' ids. */
  const create = async <E extends EntityType>(
    entity: E,
    records: readonly NewRecord<RecordOf<E>>[],
    revisionNow: (record: RecordOf<E>, index: number) => boolean = () => true,
  ) => {
    const ids: number[] = [];
    for await (const stored of insertRecords(tx, entity, records, now)) {
      await writeRevisions(
        entity,
        stored.filter((record, i) => revisionNow(record, ids.length + i)),
      );
      for (const record of stored) ids.push(record.id);
    }
    return ids;
  };

  const sourceIds = await create('source', plan.sources);
  const metricIds = await create('metric', plan.metrics);
  const idOf = (ref: Ref, created: readonly number[]) => ('id' in ref ? ref.id : created[ref.created]!);
  const repeating = new Map<number, Claim>();
  const claimIds = await create(
    'claim',
    plan.claims.map(({ fields, source, metric, deleted }) => ({
      fields: { sourceId: idOf(source, sourceIds), metricId: idOf(metric, metricIds), repeatsClaimId: null, ...fields },
      deleted,
    })),
    (claim, i) => {
      if (plan.claims[i]!.repeats === null) return true;
      repeating.set(i, claim);
      return false;
    },
  );
  const repeats = [...repeating].map(([i, claim]) =>
    Object.assign(claim, { repeatsClaimId: claimIds[plan.claims[i]!.repeats!]! }),
  );
  await setRepeatedClaims(
    tx,
    repeats.map((claim) => [claim.id, claim.repeatsClaimId!]),
  );
  await writeRevisions('claim', repeats);
  return changes;
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
