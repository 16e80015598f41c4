import { csvLine } from '../../shared/csv.js';
import { claimCsvCells, csvHeader } from '../../shared/dataset/csvColumns.js';
import { datasetFormat, datasetVersion } from '../../shared/dataset/datasetFile.js';
import type { DatasetFormat, ExportFilters } from '../../shared/dataset/transfer.js';
import type { Claim, Metric, Source } from '../../shared/schemas/index.js';
import { listClaims, matchingIds, referencedBy } from '../storage/claimQueries.js';
import { openSnapshot, type Db, type Snapshot, type Storage } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import { mergedIds } from '../storage/merges.js';
import { fieldsOf } from '../storage/rows.js';
import { ServiceUnavailable } from './errors.js';

/**
 * Claims read and written per page: each page is one short query, and at most one page of claims
 * is held at a time, however large the export; the file goes out as its pages are read.
 */
const pageSize = 2_000;
/**
 * Exports streaming at once at most. Each holds a snapshot of the database (on PostgreSQL, one of
 * the pool's connections) until its download ends; past this, a new one is refused for a moment.
 */
const maxRunningExports = 4;
const retryAfterSeconds = 10;

export interface ExportFile {
  filename: string;
  contentType: string;
  /** The file's text, read from one snapshot as it is consumed. */
  chunks: AsyncIterable<string>;
  /** Lets the snapshot go; the file cannot be read after. */
  close(): Promise<void>;
}

const isFiltered = (f: ExportFilters) =>
  [f.metricId, f.sourceId, f.kind, f.from, f.to, f.q].some((v) => v !== undefined && v !== '');

/** The claims that match, a page at a time, in id order. */
async function* claimPages(db: Db, filters: ExportFilters): AsyncGenerator<Claim[]> {
  let cursor: string | undefined;
  do {
    const page = await listClaims(db, { ...filters, limit: pageSize, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

interface NamedRecords {
  sources: Source[];
  metrics: Metric[];
  /** Every metric, deleted ones included: a metric's whole may be one the file does not hold. */
  metricById: Map<number, Metric>;
}

/** The sources and metrics a file holds: what its claims need when filtered, else every one. */
async function namedRecords(db: Db, filters: ExportFilters): Promise<NamedRecords> {
  const [allSources, allMetrics, mergedSources, mergedMetrics] = await Promise.all([
    recordStore(db, 'source').list({ includeDeleted: true }),
    recordStore(db, 'metric').list({ includeDeleted: true }),
    mergedIds(db, 'source'),
    mergedIds(db, 'metric'),
  ]);
  const metricById = new Map(allMetrics.map((m) => [m.id, m]));
  // A merged record's claims and names are the other's now: in the file it would only clash with them.
  const sources = allSources.filter((s) => !mergedSources.has(s.id));
  const metrics = allMetrics.filter((m) => !mergedMetrics.has(m.id));
  if (!isFiltered(filters)) {
    const kept = (r: Source | Metric) => filters.includeDeleted || r.deletedAt === null;
    return { sources: sources.filter(kept), metrics: metrics.filter(kept), metricById };
  }
  const { sourceIds, metricIds } = await referencedBy(db, filters);
  const held = withWholes(metricIds, metricById);
  return {
    sources: sources.filter((s) => sourceIds.has(s.id)),
    metrics: metrics.filter((m) => held.has(m.id)),
    metricById,
  };
}

/**
 * These metrics and every metric they are part of, through wholes of wholes: a filtered file that
 * named a whole it did not hold could not be imported anywhere, not even back into its own database.
 */
function withWholes(metricIds: ReadonlySet<number>, metricById: ReadonlyMap<number, Metric>): Set<number> {
  const ids = new Set(metricIds);
  for (const id of ids) {
    const whole = metricById.get(id)?.partOfMetricId;
    if (whole != null) ids.add(whole);
  }
  return ids;
}

/** Excel reads UTF-8 only after a byte-order mark; LibreOffice and CSV libraries take it either way. */
const utf8Bom = '\ufeff';

async function* csvChunks(db: Db, filters: ExportFilters): AsyncGenerator<string> {
  const { sources, metricById } = await namedRecords(db, { ...filters, includeDeleted: true });
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const lineOf = (claim: Claim) => {
    const metric = metricById.get(claim.metricId)!;
    const whole = metric.partOfMetricId === null ? null : metricById.get(metric.partOfMetricId)!;
    return csvLine(claimCsvCells(claim, sourceById.get(claim.sourceId)!, metric, whole));
  };
  yield utf8Bom + csvLine(csvHeader);
  for await (const claims of claimPages(db, filters)) yield claims.map(lineOf).join('');
}

/** The file's own form of a record: its id, its fields, and whether it is deleted. */
const inFile = <T extends Source | Metric | Claim>(record: T) =>
  // Object.assign rather than spreads: see rows.ts on what `{...record, more}` costs.
  Object.assign({ id: record.id }, fieldsOf(record), { deleted: record.deletedAt !== null });

/** One record per line: a large file stays readable, diffs well, and is written as it goes. */
const recordLines = (records: readonly object[], first: boolean) =>
  records.map((r, i) => (first && i === 0 ? '\n' : ',\n') + JSON.stringify(r)).join('');

async function* jsonChunks(db: Db, filters: ExportFilters, exportedAt: string): AsyncGenerator<string> {
  const envelope = { format: datasetFormat, version: datasetVersion, exportedAt };
  // The envelope without its closing brace: the collections follow it.
  yield JSON.stringify(envelope).slice(0, -1);
  const { sources, metrics } = await namedRecords(db, filters);
  yield `,\n"sources":[${recordLines(sources.map(inFile), true)}\n]`;
  yield `,\n"metrics":[${recordLines(metrics.map(inFile), true)}\n]`;
  yield ',\n"claims":[';
  let first = true;
  for await (const claims of claimPages(db, filters)) {
    const repeated = claims.flatMap((c) => (c.repeatsClaimId === null ? [] : [c.repeatsClaimId]));
    const exported = await matchingIds(db, filters, repeated);
    const records = claims.map((claim) => {
      const record = inFile(claim);
      // A repeat of a claim that is not in the file can't be pointed at: the file says none.
      if (record.repeatsClaimId !== null && !exported.has(record.repeatsClaimId)) record.repeatsClaimId = null;
      return record;
    });
    yield recordLines(records, first);
    first = false;
  }
  yield '\n]}\n';
}

/** The claims that match the claims list's filters, with their sources and metrics, as a file to download. */
export function exporterService(storage: Storage) {
  let running = 0;

  return {
    /** The file, read from a snapshot of its own: `close` it once sent, or once the download ends. */
    async export(format: DatasetFormat, filters: ExportFilters): Promise<ExportFile> {
      if (running >= maxRunningExports) {
        throw new ServiceUnavailable(
          'Too many exports',
          `${maxRunningExports} exports are being downloaded already; try again shortly`,
          retryAfterSeconds,
        );
      }
      running++;
      let snapshot: Snapshot;
      try {
        snapshot = await openSnapshot(storage);
      } catch (error) {
        running--;
        throw error;
      }
      let closed: Promise<void> | undefined;
      const close = () =>
        (closed ??= (async () => {
          running--;
          await snapshot.close();
        })());
      const exportedAt = new Date().toISOString();
      const day = exportedAt.slice(0, 10);
      return format === 'csv'
        ? {
            filename: `triangulate-claims-${day}.csv`,
            contentType: 'text/csv; charset=utf-8',
            chunks: csvChunks(snapshot.db, filters),
            close,
          }
        : {
            filename: `triangulate-dataset-${day}.json`,
            contentType: 'application/json; charset=utf-8',
            chunks: jsonChunks(snapshot.db, filters, exportedAt),
            close,
          };
    },
  };
}
