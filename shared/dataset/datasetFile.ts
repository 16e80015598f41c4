import { z } from 'zod';
import { ClaimInput, MetricInput, SourceInput, id } from '../schemas/index.js';

export const datasetFormat = 'triangulate-dataset';
export const datasetVersion = 1;

/**
 * Every record of a dataset file is what a create takes, plus the id that the file's other records
 * use to refer to it (the exporting database's id; an import gives new ones) and whether it is
 * deleted. Versions, timestamps and history are not carried: an import creates the records anew.
 */
const inFile = { id, deleted: z.boolean().default(false) };

export const DatasetSource = SourceInput.extend(inFile);
export const DatasetMetric = MetricInput.extend(inFile);
/** `metricId`, `sourceId` and `repeatsClaimId` name records of the same file. */
export const DatasetClaim = ClaimInput.extend(inFile);

/** The file's frame; each record is checked on its own, so that every bad one can be named. */
export const DatasetEnvelope = z.strictObject({
  format: z.literal(datasetFormat),
  version: z.literal(datasetVersion),
  exportedAt: z.string().optional(),
  sources: z.array(z.unknown()),
  metrics: z.array(z.unknown()),
  claims: z.array(z.unknown()),
});

export const DatasetFile = DatasetEnvelope.extend({
  sources: z.array(DatasetSource),
  metrics: z.array(DatasetMetric),
  claims: z.array(DatasetClaim),
});
export type DatasetFile = z.output<typeof DatasetFile>;
