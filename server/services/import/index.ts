import type { DatasetFormat, DryRunReport, ImportSummary } from '../../../shared/dataset/transfer.js';
import { countOf } from '../../../shared/wording.js';
import {
  deletedOnImportVersion,
  insertImportRevisions,
  insertRecords,
  setMetricWholes,
  setRepeatedClaims,
  withImportCache,
  type ImportedRecord,
  type NewRecord,
} from '../../storage/bulkInsert.js';
import type { Db } from '../../storage/database.js';
import { isUniqueViolation } from '../../storage/dialect.js';
import type { Claim, EntityType, Metric } from '../../../shared/schemas/index.js';
import { allNames, metricWholeIds, type RecordOf } from '../../storage/records.js';
import { currentUserId } from '../actor.js';
import type { Change, ChangeFeed } from '../changes.js';
import { giveGroupsColours } from '../groupColours.js';
import { conflict, ImportRefused } from '../errors.js';
import { tally, type ExistingNames, type FoundIssues, type PlanChunk, type Ref } from './plan.js';
import { planOffThread, type PlannedFile } from './planner.js';

/** Every source and metric name in the database, which the file's rows are checked against. */
async function existingNames(db: Db): Promise<ExistingNames> {
  const [sources, metrics, metricWholes] = await Promise.all([
    allNames(db, 'source'),
    allNames(db, 'metric'),
    metricWholeIds(db),
  ]);
  return { sources, metrics, metricWholes };
}

function refused({ listed, count, rows }: FoundIssues): ImportRefused {
  return new ImportRefused(`${countOf(rows, 'row has', 'rows have')} errors; nothing was imported`, listed, count);
}

/**
 * Writes a checked plan chunk by chunk, each chunk's records then their revisions, while the planner
 * checks the next. A claim that repeats another gets its revision at the end, once it points at the
 * one it repeats, which may come later in the file; a metric whose whole comes later gets its
 * revision once linked to it.
 */
function importWriter(tx: Db, changes: Change[]) {
  const now = new Date().toISOString();
  const userId = currentUserId();
  /** The ids of the records created so far, in the plan's order, which its refs count in. */
  const ids = { source: [] as number[], metric: [] as number[], claim: [] as number[] };
  /** Claims that repeat another, with the import-wide index of the one they repeat. */
  const repeating: (ImportedRecord<Claim> & { repeats: number })[] = [];
  /** Metrics whose whole a later chunk creates, by their index in the plan, until they are linked or the file ends. */
  const heldBack = new Map<number, ImportedRecord<Metric>>();

  const create = async <E extends EntityType>(
    entity: E,
    records: readonly NewRecord<RecordOf<E>>[],
  ): Promise<ImportedRecord<RecordOf<E>>[]> => {
    const created = await insertRecords(tx, entity, records, now);
    for (const id of created) ids[entity].push(id);
    return created.map((id, i) => ({ id, fields: records[i]!.fields, deleted: records[i]!.deleted }));
  };
  const writeRevisions = async <E extends EntityType>(entity: E, records: readonly ImportedRecord<RecordOf<E>>[]) => {
    await insertImportRevisions(tx, entity, records, now, userId);
    for (const { id, deleted } of records) {
      changes.push({ type: entity, id, action: 'create', version: 1 });
      if (deleted) changes.push({ type: entity, id, action: 'delete', version: deletedOnImportVersion });
    }
  };
  const idOf = (ref: Ref, entity: 'source' | 'metric') => ('id' in ref ? ref.id : ids[entity][ref.created]!);

  return {
    async write(chunk: PlanChunk): Promise<void> {
      await writeRevisions('source', await create('source', chunk.sources));
      await giveGroupsColours(
        tx,
        chunk.sources.map((s) => s.fields.group),
      );
      const firstMetric = ids.metric.length;
      const metrics = await create('metric', chunk.metrics);
      const awaiting = new Set(chunk.metricsAwaitingWholes);
      const wholeOf = new Map(chunk.metricWholes.map(([part, whole]) => [part, idOf(whole, 'metric')]));
      // Before their revisions, which SQLite reads from the stored rows; PostgreSQL's snapshot these wholes.
      await setMetricWholes(
        tx,
        [...wholeOf].map(([part, whole]) => [ids.metric[part]!, whole]),
      );
      const linked = (index: number, metric: ImportedRecord<Metric>) => {
        const whole = wholeOf.get(index);
        return whole === undefined ? metric : { ...metric, fields: { ...metric.fields, partOfMetricId: whole } };
      };
      const ready = metrics.flatMap((metric, i) => {
        if (!awaiting.has(firstMetric + i)) return [linked(firstMetric + i, metric)];
        heldBack.set(firstMetric + i, metric);
        return [];
      });
      const linkedNow = [...wholeOf.keys()].flatMap((part) => {
        const held = heldBack.get(part);
        heldBack.delete(part);
        return held ? [linked(part, held)] : [];
      });
      await writeRevisions('metric', [...ready, ...linkedNow]);
      const claims = await create(
        'claim',
        chunk.claims.map(({ fields, source, metric, deleted }) => ({
          fields: {
            sourceId: idOf(source, 'source'),
            metricId: idOf(metric, 'metric'),
            repeatsClaimId: null,
            ...fields,
          },
          deleted,
        })),
      );
      await writeRevisions(
        'claim',
        claims.filter((claim, i) => {
          const { repeats } = chunk.claims[i]!;
          if (repeats !== null) repeating.push({ ...claim, repeats });
          return repeats === null;
        }),
      );
    },
    /**
     * Writes the revisions of the parts whose wholes no row created, which stand alone, then points
     * the claims that repeat others at them and writes theirs.
     */
    async finish(): Promise<void> {
      await writeRevisions('metric', [...heldBack.values()]);
      const pairs = repeating.map((claim) => {
        const repeats = ids.claim[claim.repeats]!;
        // The writer built these fields itself, above: its revision snapshots them as now stored.
        claim.fields.repeatsClaimId = repeats;
        return [claim.id, repeats] as const;
      });
      await setRepeatedClaims(tx, pairs);
      await writeRevisions('claim', repeating);
    },
  };
}

/**
 * Imports a claims CSV or a dataset JSON file, all or nothing: every row is checked before anything
 * is written, and one bad row refuses the whole file, its errors counted and the first listed. A
 * dry run plans the same way, against the same database, and stops before writing.
 */
export function importerService(db: Db, feed: ChangeFeed) {
  return {
    async run(format: DatasetFormat, text: string, opts: { dryRun: boolean }): Promise<ImportSummary | DryRunReport> {
      const file = planOffThread(format, text);
      try {
        return await (opts.dryRun ? check(file) : write(file));
      } finally {
        file.close();
      }
    },
  };

  async function check(file: PlannedFile): Promise<DryRunReport> {
    const { rows, created, issues, warnings } = await file.check(await existingNames(db));
    return {
      dryRun: true,
      rows,
      created,
      errors: issues.listed,
      errorCount: issues.count,
      warnings: warnings.listed,
      warningCount: warnings.count,
    };
  }

  async function write(file: PlannedFile): Promise<ImportSummary> {
    const found = tally();
    try {
      await feed.transaction(db, (tx, changes) =>
        withImportCache(tx, async () => {
          const writer = importWriter(tx, changes);
          // Names are looked up inside the transaction, so that what it found still holds when it writes.
          for await (const chunk of file.chunks(await existingNames(tx))) {
            found.add(chunk);
            // After a bad row nothing more is written, but every row is still checked, for the answer to count them all.
            if (found.total.issues.count === 0) await writer.write(chunk);
          }
          if (found.total.issues.count > 0) throw refused(found.total.issues);
          await writer.finish();
        }),
      );
    } catch (error) {
      // On PostgreSQL another instance can create a source or metric of the same name meanwhile.
      if (isUniqueViolation(error))
        throw conflict('name', 'A source or metric of a name in this file was created meanwhile; import again');
      throw error;
    }
    const { rows, created } = found.total;
    return { rows, created };
  }
}
