import type { FieldErrors, Resolver } from 'react-hook-form';
import { aliasError, aliasesFromLines, aliasLines } from '../../shared/aliasLines.js';
import { defaultTolerance, toleranceInWords } from '../../shared/analysis/tolerance.js';
import { maxTolerance, MetricInput, type Metric } from '../../shared/schemas/index.js';
import type { ConflictRow } from '../ui/ConflictDialog';
import { ownFieldOf, sameFieldRows } from '../ui/useRecordForm';

/** What the metric form holds: text as typed, the tolerance in percent, the whole's id or ''. */
export interface MetricFormValues {
  name: string;
  /** One a line. */
  aliases: string;
  unit: string;
  topic: string;
  description: string;
  tolerance: string;
  partOfMetricId: string;
}

export type MetricFormField = keyof MetricFormValues;

/** A share as the percentage an analyst types: 0.1 is "10", 0.025 "2.5". */
const percentText = (share: number) => String(Number((share * 100).toPrecision(6)));

export const metricToFormValues = (metric?: Metric): MetricFormValues => ({
  name: metric?.name ?? '',
  aliases: aliasLines(metric?.aliases ?? []),
  unit: metric?.unit ?? '',
  topic: metric?.topic ?? '',
  description: metric?.description ?? '',
  tolerance: metric?.tolerance === null || metric?.tolerance === undefined ? '' : percentText(metric.tolerance),
  partOfMetricId: metric?.partOfMetricId ? String(metric.partOfMetricId) : '',
});

/** The schema speaks of shares; the form takes percent, so its message does too. */
export const tolerancePercentMessage = `Must be a percentage from 0 to ${percentText(maxTolerance)}, or blank for the default ${toleranceInWords(defaultTolerance)}`;

const ownField = ownFieldOf(metricToFormValues());

/** The server names an alias by its place in the list ("aliases.2"); the form has one box for them all. */
export const metricFormFieldOf = (path: string) => ownField(path.split('.')[0]!);

/**
 * Both versions of a metric in a conflict, as the analyst reads them: the tolerance in percent,
 * the whole by name.
 */
export function metricConflictRows(theirs: Metric, yours: MetricInput, nameOf: (id: number) => string): ConflictRow[] {
  const shown = (m: MetricInput) => ({
    ...m,
    aliases: aliasLines(m.aliases ?? []),
    tolerance: m.tolerance === null || m.tolerance === undefined ? null : toleranceInWords(m.tolerance),
    partOfMetricId: m.partOfMetricId ? nameOf(m.partOfMetricId) : null,
  });
  const { name, aliases, unit, topic, description, tolerance, partOfMetricId } = theirs;
  return sameFieldRows(
    'metric',
    shown({ name, aliases, unit, topic, description, tolerance, partOfMetricId }),
    shown(yours),
  );
}

/** Validates the metric form with the shared metric schema and hands the API's input to submit. */
export const metricResolver: Resolver<MetricFormValues, unknown, MetricInput> = async (values) => {
  const percent = values.tolerance.trim();
  const tolerance = percent === '' ? null : /^\d+(\.\d+)?$/.test(percent) ? Number(percent) / 100 : NaN;
  // Every field of the metric, or the compiler says which: one left out would be dropped from every save.
  const aliases = aliasesFromLines(values.aliases);
  const candidate = {
    name: values.name,
    aliases,
    unit: values.unit,
    topic: values.topic,
    description: values.description,
    tolerance,
    partOfMetricId: values.partOfMetricId === '' ? null : Number(values.partOfMetricId),
  } satisfies Record<keyof MetricInput, unknown>;
  const parsed = MetricInput.safeParse(candidate);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: FieldErrors<MetricFormValues> = {};
  for (const issue of parsed.error.issues) {
    const field = metricFormFieldOf(String(issue.path[0] ?? ''));
    const message =
      field === 'tolerance'
        ? tolerancePercentMessage
        : field === 'aliases'
          ? aliasError(aliases, issue.path[1], issue.message)
          : issue.message;
    // A form-wide error goes under a key of its own, as react-hook-form keeps them: root.schema.
    if (field === 'root') errors.root ??= { schema: { type: 'validate', message } };
    else errors[field] ??= { type: 'validate', message };
  }
  return { values: {}, errors };
};
