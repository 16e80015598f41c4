import type { z } from 'zod';
import { DatasetClaim, DatasetEnvelope, DatasetMetric, DatasetSource } from '../../../shared/dataset/datasetFile.js';
import { maxListedImportErrors, type DatasetCollection } from '../../../shared/dataset/transfer.js';
import type { Metric, Source } from '../../../shared/schemas/index.js';
import { nameKey, type Fields } from '../../storage/rows.js';
import { ProblemError, zodFieldErrors } from '../errors.js';
import {
  checkRowCount,
  deletedReference,
  echoed,
  issueCollector,
  namedRecords,
  noIssues,
  validate,
  type DatasetReader,
  type NamedRecords,
  type PlanChunk,
  type PlannedClaim,
  type Ref,
  type Validated,
} from './plan.js';

type Report = (field: string, message: string) => void;

function parseJson(text: string): z.output<typeof DatasetEnvelope> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const message = 'The request body is not valid JSON';
    throw new ProblemError(400, 'Malformed JSON', message, [{ path: 'body', message }]);
  }
  const envelope = DatasetEnvelope.safeParse(body);
  if (!envelope.success) {
    throw new ProblemError(
      400,
      'Not a Triangulate dataset',
      'Expected an object with format "triangulate-dataset", version 1, and sources, metrics and claims arrays',
      // A file may hold any number of unknown keys, of any length.
      zodFieldErrors(envelope.error)
        .slice(0, maxListedImportErrors)
        .map(({ path, message }) => ({ path: echoed(path), message })),
    );
  }
  return envelope.data;
}

interface FileEntry<T> {
  /** The id the record gives itself, even when the rest of it is invalid. */
  id: number | undefined;
  parsed: Validated<T>;
}

const entries = <S extends z.ZodType<{ id: number }>>(schema: S, raws: unknown[]): FileEntry<z.output<S>>[] =>
  raws.map((raw) => {
    const parsed = validate(schema, raw);
    const id = parsed.data?.id ?? (raw as { id?: unknown } | null)?.id;
    return { id: typeof id === 'number' ? id : undefined, parsed };
  });

/** A source or metric as claims find it by file id: found or created, or null when it is itself invalid. */
type FileRecord = { ref: Ref; deleted: boolean; name: string } | null;

/** The file's sources (or metrics) by file id, each matched by name with the database's or planned anew. */
function fileRecords<T extends Source | Metric>(
  entries: readonly FileEntry<Fields<T> & { id: number; deleted: boolean }>[],
  what: 'source' | 'metric',
  named: NamedRecords<T>,
  reportAt: (index: number) => Report,
): Map<number, FileRecord> {
  const byId = new Map<number, FileRecord>();
  const names = new Set<string>();
  entries.forEach(({ id, parsed }, index) => {
    const report = reportAt(index);
    if (id !== undefined && byId.has(id)) return report('id', `Another ${what} in this file has id ${id}`);
    if (parsed.errors) {
      parsed.errors.forEach((e) => report(e.path, e.message));
      if (id !== undefined) byId.set(id, null);
      return;
    }
    const { id: _id, deleted, ...rest } = parsed.data;
    const fields = rest as unknown as Fields<T>;
    if (names.has(nameKey(fields.name)))
      return report('name', `Another ${what} in this file is named "${fields.name}"`);
    names.add(nameKey(fields.name));
    // One already in the database is used as it stands: an import never changes a record.
    const found = named.find(fields.name) ?? named.create(fields.name, { fields, deleted });
    byId.set(parsed.data.id, { ...found, name: fields.name });
  });
  return byId;
}

/** What a reference resolves to: the record, an error message, or null when the record has errors of its own. */
function resolve(record: FileRecord | undefined, what: 'source' | 'metric', id: number, fromDeleted: boolean) {
  if (record === undefined) return `No ${what} with id ${id} in this file`;
  if (record?.deleted && !fromDeleted) return deletedReference(what, record.name);
  return record;
}

/**
 * The file indexes of records that a chain of references leads back to: claims that repeat each
 * other, metrics each part of the next. The API never makes such a loop, in which no claim is the
 * original and no metric the whole; once stored, every record in it could no longer be edited
 * without first breaking the loop.
 */
function referenceLoops(count: number, repeatsAt: (index: number) => number | undefined): Set<number> {
  const inLoop = new Set<number>();
  const unseen = 0;
  const onPath = 1;
  const settled = 2;
  const state = new Uint8Array(count);
  for (let start = 0; start < count; start++) {
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === unseen) {
      state[at] = onPath;
      path.push(at);
      at = repeatsAt(at);
    }
    if (at !== undefined && state[at] === onPath) for (const index of path.slice(path.indexOf(at))) inLoop.add(index);
    for (const index of path) state[index] = settled;
  }
  return inLoop;
}

/**
 * The wholes of the metrics the import creates, each a metric of the same file: not itself, not in
 * a loop of wholes, and not deleted unless the part is too. A metric already in the database is
 * used as it stands, its whole included.
 */
function planWholes(
  metrics: readonly FileEntry<{ id: number; deleted: boolean; partOfMetricId: number | null }>[],
  fileMetrics: Map<number, FileRecord>,
  reportAt: (index: number) => Report,
): PlanChunk['metricWholes'] {
  const indexById = new Map<number, number>();
  metrics.forEach(({ id }, index) => {
    if (id !== undefined && !indexById.has(id)) indexById.set(id, index);
  });
  const loops = referenceLoops(metrics.length, (index) => {
    const metric = metrics[index]!.parsed.data;
    if (!metric || metric.partOfMetricId === null || metric.partOfMetricId === metric.id) return undefined;
    return indexById.get(metric.partOfMetricId);
  });
  const wholes: PlanChunk['metricWholes'] = [];
  metrics.forEach(({ parsed }, index) => {
    const metric = parsed.data;
    if (!metric || metric.partOfMetricId === null || indexById.get(metric.id) !== index) return;
    const report = reportAt(index);
    const { id, partOfMetricId, deleted } = metric;
    if (partOfMetricId === id) return report('partOfMetricId', 'A metric cannot be part of itself');
    if (loops.has(index)) {
      return report(
        'partOfMetricId',
        `Metric ${partOfMetricId} is itself part of this metric, directly or through others`,
      );
    }
    const whole = fileMetrics.get(partOfMetricId);
    if (whole === undefined) return report('partOfMetricId', `No metric with id ${partOfMetricId} in this file`);
    if (whole?.deleted && !deleted) {
      return report('partOfMetricId', `The metric "${whole.name}" is deleted, so no live metric can be part of it`);
    }
    const part = fileMetrics.get(id);
    if (whole && part && 'created' in part.ref) wholes.push([part.ref.created, whole.ref]);
  });
  return wholes;
}

/**
 * Reads a dataset file as the JSON export writes it (see README). Records refer to each other by
 * the ids they carry in the file; sources and metrics are matched with the database's by name.
 */
export function readJsonDataset(text: string): DatasetReader {
  const file = parseJson(text);
  // Sources and metrics cost as much to check and write as claims: a file of them alone counts too.
  checkRowCount(file.sources.length + file.metrics.length + file.claims.length, 'records');
  const sources = entries(DatasetSource, file.sources);
  const metrics = entries(DatasetMetric, file.metrics);
  // Metrics are matched or planned without their wholes, which are linked once every metric has its place.
  const standalone = metrics.map(({ id, parsed }) =>
    parsed.data ? { id, parsed: { data: { ...parsed.data, partOfMetricId: null } } } : { id, parsed },
  );
  const claims = entries(DatasetClaim, file.claims);
  return {
    plan(existing, take) {
      const plannedSources = namedRecords<Source>(existing.sources);
      const plannedMetrics = namedRecords<Metric>(existing.metrics);
      const plannedClaims: PlannedClaim[] = [];
      // Reported in file order, a record's issues together: sources, then metrics, then claims.
      const issues = issueCollector();
      const reportAt =
        (collection: DatasetCollection) =>
        (index: number): Report =>
        (field, message) =>
          issues.add({ collection, index }, field, message);

      const fileSources = fileRecords(sources, 'source', plannedSources, reportAt('sources'));
      const fileMetrics = fileRecords(standalone, 'metric', plannedMetrics, reportAt('metrics'));
      const metricWholes = planWholes(metrics, fileMetrics, reportAt('metrics'));

      const claimReport = reportAt('claims');
      const indexById = new Map<number, number>();
      claims.forEach(({ id }, index) => {
        if (id !== undefined && !indexById.has(id)) indexById.set(id, index);
      });

      const loops = referenceLoops(claims.length, (index) => {
        const claim = claims[index]!.parsed.data;
        // A claim that repeats itself, or shares its id, is refused on that account.
        if (!claim || claim.repeatsClaimId === claim.id || indexById.get(claim.id) !== index) return undefined;
        return claim.repeatsClaimId === null ? undefined : indexById.get(claim.repeatsClaimId);
      });

      /** For each planned claim, the file index of the claim it repeats. */
      const repeatsAt: (number | null)[] = [];
      const plannedAt = new Map<number, number>();
      claims.forEach(({ id: fileId, parsed }, index) => {
        const report = claimReport(index);
        if (fileId !== undefined && indexById.get(fileId) !== index) {
          report('id', `Another claim in this file has id ${fileId}`);
        }
        if (!parsed.data) return parsed.errors.forEach((e) => report(e.path, e.message));
        const { id, deleted, metricId, sourceId, repeatsClaimId, ...fields } = parsed.data;
        if (indexById.get(id) !== index) return;
        const source = resolve(fileSources.get(sourceId), 'source', sourceId, deleted);
        const metric = resolve(fileMetrics.get(metricId), 'metric', metricId, deleted);
        const repeats =
          repeatsClaimId === null
            ? null
            : repeatsClaimId === id
              ? 'A claim cannot repeat itself'
              : loops.has(index)
                ? `Claim ${repeatsClaimId}'s chain of repeats leads back to this claim`
                : (indexById.get(repeatsClaimId) ?? `No claim with id ${repeatsClaimId} in this file`);
        if (typeof source === 'string') report('sourceId', source);
        if (typeof metric === 'string') report('metricId', metric);
        if (typeof repeats === 'string') report('repeatsClaimId', repeats);
        if (!source || typeof source === 'string' || !metric || typeof metric === 'string') return;
        if (typeof repeats === 'string') return;
        plannedAt.set(index, plannedClaims.length);
        repeatsAt.push(repeats);
        plannedClaims.push({ fields, source: source.ref, metric: metric.ref, repeats: null, deleted });
      });
      // Once every claim has its place in the plan: a claim may repeat one further down the file.
      plannedClaims.forEach((claim, i) => {
        const target = repeatsAt[i];
        claim.repeats = target === null || target === undefined ? null : (plannedAt.get(target) ?? null);
      });

      // Claims may refer to any source or metric in the file, and repeat any claim: one chunk holds them all.
      take({
        rows: claims.length,
        sources: plannedSources.takeCreated(),
        metrics: plannedMetrics.takeCreated(),
        metricWholes,
        // One chunk holds every metric, each whole with them.
        metricsAwaitingWholes: [],
        claims: plannedClaims,
        issues: issues.take(),
        warnings: noIssues(),
      });
    },
  };
}
