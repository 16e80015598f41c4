import { csvLine } from '../../shared/csv.js';
import { claimCsvCells, csvHeader } from '../../shared/dataset/csvColumns.js';
import { datasetFormat, datasetVersion } from '../../shared/dataset/datasetFile.js';
import type { DatasetFormat, ExportFilters } from '../../shared/dataset/transfer.js';
import type { Claim, Metric, Source } from '../../shared/schemas/index.js';
import { listClaims } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import { fieldsOf } from '../storage/rows.js';

/** Claims are read in pages by id, each one short query, so a large export never holds the database for long. */
const pageSize = 10_000;
/** Rows per chunk written to the response: big enough to write quickly, small enough to start soon. */
const chunkRows = 2_000;

export interface ExportFile {
  filename: string;
  contentType: string;
  chunks: Iterable<string>;
}

interface Dataset {
  claims: Claim[];
  sources: Source[];
  metrics: Metric[];
  exportedAt: string;
}

const isFiltered = (f: ExportFilters) =>
  [f.metricId, f.sourceId, f.kind, f.from, f.to, f.q].some((v) => v !== undefined && v !== '');

async function load(db: Db, filters: ExportFilters): Promise<Dataset> {
  const exportedAt = new Date().toISOString();
  const claims: Claim[] = [];
  let cursor: string | undefined;
  do {
    const page = await listClaims(db, { ...filters, limit: pageSize, cursor });
    claims.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  // Read after the claims: records are never removed, so every source and metric they name is there.
  const [sources, metrics] = await Promise.all([
    recordStore(db, 'source').list({ includeDeleted: true }),
    recordStore(db, 'metric').list({ includeDeleted: true }),
  ]);
  const referenced = (key: 'sourceId' | 'metricId') => new Set(claims.map((c) => c[key]));
  // A filtered export holds what its claims need; an unfiltered one every source and metric, used or not.
  const keep = (ids: Set<number>) => (r: Source | Metric) =>
    isFiltered(filters) ? ids.has(r.id) : filters.includeDeleted || r.deletedAt === null;
  return {
    exportedAt,
    claims,
    sources: sources.filter(keep(referenced('sourceId'))),
    metrics: metrics.filter(keep(referenced('metricId'))),
  };
}

function* inChunks<T>(items: readonly T[], line: (item: T, index: number) => string): Generator<string> {
  for (let start = 0; start < items.length; start += chunkRows) {
    yield items
      .slice(start, start + chunkRows)
      .map((item, i) => line(item, start + i))
      .join('');
  }
}

/** Excel reads UTF-8 only after a byte-order mark; LibreOffice and CSV libraries take it either way. */
const utf8Bom = '\ufeff';

function* csvChunks({ claims, sources, metrics }: Dataset): Generator<string> {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  yield utf8Bom + csvLine(csvHeader);
  yield* inChunks(claims, (c) => csvLine(claimCsvCells(c, sourceById.get(c.sourceId)!, metricById.get(c.metricId)!)));
}

/** The file's own form of a record: its id, its fields, and whether it is deleted. */
const inFile = <T extends Source | Metric | Claim>(record: T) =>
  // Object.assign rather than spreads: see rows.ts on what `{...record, more}` costs.
  Object.assign({ id: record.id }, fieldsOf(record), { deleted: record.deletedAt !== null });

function* collection<T>(name: string, records: readonly T[], inFile: (record: T) => object): Generator<string> {
  yield `,\n"${name}":[`;
  yield* inChunks(records, (r, i) => (i === 0 ? '\n' : ',\n') + JSON.stringify(inFile(r)));
  yield '\n]';
}

/** One record per line: a large file stays readable, diffs well, and is written as it goes. */
function* jsonChunks({ claims, sources, metrics, exportedAt }: Dataset): Generator<string> {
  const envelope = { format: datasetFormat, version: datasetVersion, exportedAt };
  // The envelope without its closing brace: the collections follow it.
  yield JSON.stringify(envelope).slice(0, -1);
  yield* collection('sources', sources, inFile);
  yield* collection('metrics', metrics, inFile);
  const exported = new Set(claims.map((c) => c.id));
  yield* collection('claims', claims, (claim) => {
    const record = inFile(claim);
    // A repeat of a claim that is not in the file can't be pointed at: the file says none.
    if (record.repeatsClaimId !== null && !exported.has(record.repeatsClaimId)) record.repeatsClaimId = null;
    return record;
  });
  yield '}\n';
}

/** The claims that match the claims list's filters, with their sources and metrics, as a file to download. */
export function exporterService(db: Db) {
  return {
    async export(format: DatasetFormat, filters: ExportFilters): Promise<ExportFile> {
      const dataset = await load(db, filters);
      const day = dataset.exportedAt.slice(0, 10);
      return format === 'csv'
        ? {
            filename: `triangulate-claims-${day}.csv`,
            contentType: 'text/csv; charset=utf-8',
            chunks: csvChunks(dataset),
          }
        : {
            filename: `triangulate-dataset-${day}.json`,
            contentType: 'application/json; charset=utf-8',
            chunks: jsonChunks(dataset),
          };
    },
  };
}
