import type { MetricInput } from '../schemas/index.js';
import type { EveryField, FieldDefinition } from './fieldDefinition.js';

/** A metric's fields in the order its form lists them; the CSV spells out the ones a sheet needs. */
export const metricFields = [
  { field: 'name', label: 'Name', csv: 'metric', csvCell: 'required' },
  { field: 'aliases', label: 'Also known as' },
  { field: 'unit', label: 'Unit', csv: 'metricUnit', csvCell: 'required' },
  { field: 'topic', label: 'Topic', csv: 'metricTopic' },
  { field: 'description', label: 'Description' },
  { field: 'tolerance', label: 'Tolerance', csv: 'metricTolerance', csvCell: 'number' },
  // Its whole by name, as rows name every metric.
  { field: 'partOfMetricId', label: 'Part of', csv: 'metricPartOf', csvCell: 'name' },
] as const satisfies readonly FieldDefinition<keyof MetricInput>[];

const everyMetricField: EveryField<typeof metricFields, keyof MetricInput> = true;
void everyMetricField;
