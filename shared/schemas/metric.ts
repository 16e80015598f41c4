import { z } from 'zod';
import { aliasList, id, nameText, optionalText, recordMeta, requiredText } from './fields.js';

/**
 * How far "about X" may reach either side of X on one metric, as a share of X. Beyond half, "about
 * 1,000" would take 500 and 1,500 alike and no two approximate figures could disagree.
 */
export const maxTolerance = 0.5;

const toleranceMessage = `Must be a share from 0 to ${maxTolerance} (0.1 for ±10%), or null for the default`;

/** Null, or left out, for the default tolerance of every metric. */
const optionalTolerance = z
  .number({ message: toleranceMessage })
  .min(0, toleranceMessage)
  .max(maxTolerance, toleranceMessage)
  .nullable()
  .optional()
  .transform((t) => t ?? null);

const metricFields = {
  name: nameText(200),
  aliases: aliasList,
  unit: requiredText(50),
  topic: optionalText(200),
  description: optionalText(5000),
  tolerance: optionalTolerance,
  /** The metric this one counts part of (killed, of casualties); null when it stands alone. */
  partOfMetricId: id
    .nullable()
    .optional()
    .transform((m) => m ?? null),
};

export const MetricInput = z.strictObject({ ...metricFields, aliases: aliasList.default([]) });
export type MetricInput = z.input<typeof MetricInput>;

export const MetricPatch = z.strictObject(metricFields).partial().extend({ version: z.number().int().positive() });
export type MetricPatch = z.input<typeof MetricPatch>;

export const Metric = z.object({
  id,
  name: z.string(),
  aliases: z.array(z.string()),
  unit: z.string(),
  topic: z.string().nullable(),
  description: z.string().nullable(),
  tolerance: z.number().nullable(),
  partOfMetricId: id.nullable(),
  ...recordMeta,
});
export type Metric = z.infer<typeof Metric>;
