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
import type { DatasetReader, ExistingNames, PlanChunk, Ref } from './importPlan.js';
import { readJsonDataset } from './jsonImport.js';

const readers: Record<DatasetFormat, (text: string) => DatasetReader> = { csv: readCsvDataset, json: readJsonDataset };

/** The sources and metrics in the database that the file names, looked up before its rows are planned. */
async function existingNames(db: Db, reader: DatasetReader): Promise<ExistingNames> {
  const [sources, metrics] = await Promise.all([
    findByNames(db, 'source', reader.sourceNames),
    findByNames(db, 'metric', reader.metricNames),
  ]);
  return { sources, metrics };
}

/** What a file's chunks add up to: the records they create and every issue found. */
function tally() {
  const created = { sources: 0, metrics: 0, claims: 0 };
  const issues: ImportIssue[] = [];
  return {
    created,
    issues,
    add(chunk: PlanChunk) {
      created.sources += chunk.sources.length;
      created.metrics += chunk.metrics.length;
      created.claims += chunk.claims.length;
      for (const issue of chunk.issues) issues.push(issue);
    },
  };
}

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
 * Writes a checked plan chunk by chunk: every record with its revisions, each batch of records
 * followed by its revisions. A claim that repeats another gets its revision once the one it repeats
 * has an id, which may come later in the file.
 */
function importWriter(tx: Db) {
  const now = new Date().toISOString();
  const userId = currentUserId();
  const changes: Change[] = [];
  const ids = { source: [] as number[], metric: [] as number[], claim: [] as number[] };
  /** Claims that repeat another, with the import-wide index of the one they repeat. */
  const repeating: { claim: Claim; repeats: number }[] = [];

  const writeRevisions = async <E extends EntityType>(entity: E, records: readonly RecordOf<E>[]) => {
    const revisions = records.flatMap((record) => revisionsOf(entity, record, userId));
    await insertRevisions(tx, revisions);
    for (const r of revisions) changes.push({ type: entity, id: r.entityId, action: r.action, version: r.version });
  };
  /** Inserts the records and the revisions of those `revisionNow` says, and keeps their ids. */
  const create = async <E extends EntityType>(
    entity: E,
    records: readonly NewRecord<RecordOf<E>>[],
    revisionNow: (record: RecordOf<E>, index: number) => boolean = () => true,
  ) => {
    let written = 0;
    for await (const stored of insertRecords(tx, entity, records, now)) {
      await writeRevisions(
        entity,
        stored.filter((record, i) => revisionNow(record, written + i)),
      );
      for (const record of stored) ids[entity].push(record.id);
      written += stored.length;
    }
  };
  const idOf = (ref: Ref, created: readonly number[]) => ('id' in ref ? ref.id : created[ref.created]!);

  return {
    async write(chunk: PlanChunk): Promise<void> {
      await create('source', chunk.sources);
      await create('metric', chunk.metrics);
      await create(
        'claim',
        chunk.claims.map(({ fields, source, metric, deleted }) => ({
          fields: {
            sourceId: idOf(source, ids.source),
            metricId: idOf(metric, ids.metric),
            repeatsClaimId: null,
            ...fields,
          },
          deleted,
        })),
        (claim, i) => {
          const { repeats } = chunk.claims[i]!;
          if (repeats === null) return true;
          repeating.push({ claim, repeats });
          return false;
        },
      );
    },
    /** Points the claims that repeat others at them, and returns every change written. */
    async finish(): Promise<Change[]> {
      const repeats = repeating.map(({ claim, repeats }) =>
        Object.assign(claim, { repeatsClaimId: ids.claim[repeats]! }),
      );
      await setRepeatedClaims(
        tx,
        repeats.map((claim) => [claim.id, claim.repeatsClaimId!]),
      );
      await writeRevisions('claim', repeats);
      return changes;
    },
  };
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
      const found = tally();
      if (opts.dryRun) {
        for (const chunk of reader.plan(await existingNames(db, reader))) found.add(chunk);
        return { dryRun: true, rows: reader.rows, created: found.created, errors: found.issues };
      }
      let changes: Change[];
      try {
        changes = await db.transaction().execute(async (tx) => {
          const writer = importWriter(tx);
          // Names are looked up inside the transaction, so that what it found still holds when it writes.
          for (const chunk of reader.plan(await existingNames(tx, reader))) {
            found.add(chunk);
            // After a bad row nothing more is written, but every row is still checked, for the answer to list them all.
            if (found.issues.length === 0) await writer.write(chunk);
          }
          if (found.issues.length > 0) throw refused(found.issues);
          return writer.finish();
        });
      } catch (error) {
        // On PostgreSQL another instance can create a source or metric of the same name meanwhile.
        if (isUniqueViolation(error))
          throw conflict('name', 'A source or metric of a name in this file was created meanwhile; import again');
        throw error;
      }
      await feed.publish(changes);
      return { rows: reader.rows, created: found.created };
    },
  };
}
