import type { EntityType } from '../schemas/index.js';
import { claimFields } from './claimFields.js';
import { metricFields } from './metricFields.js';
import { sourceFields } from './sourceFields.js';

export { claimFields, claimFigureColumns, coverageLabels, unknownCoverageLabel } from './claimFields.js';
export { metricFields } from './metricFields.js';
export { sourceFields } from './sourceFields.js';
export * from './fieldDefinition.js';
export * from './figureCells.js';

/** Every record's field definitions, by the kind of record. */
export const recordFields = { claim: claimFields, source: sourceFields, metric: metricFields } as const;

const labels = new Map(
  Object.entries(recordFields).flatMap(([entity, fields]) =>
    fields.map(({ field, label }): [string, string] => [`${entity}.${field}`, label]),
  ),
);

/**
 * A field's label; a field no definition names (one a past version of the app stored in an old
 * revision) reads as its name, capitalised.
 */
export const fieldLabel = (entity: EntityType, field: string): string =>
  labels.get(`${entity}.${field}`) ?? field.charAt(0).toUpperCase() + field.slice(1);
