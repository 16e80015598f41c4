import { z } from 'zod';
import { id, nameText, optionalText, recordMeta, requiredText } from './fields.js';

const metricFields = {
  name: nameText(200),
  unit: requiredText(50),
  topic: optionalText(200),
  description: optionalText(5000),
};

export const MetricInput = z.strictObject(metricFields);
export type MetricInput = z.input<typeof MetricInput>;

export const MetricPatch = MetricInput.partial().extend({ version: z.number().int().positive() });
export type MetricPatch = z.input<typeof MetricPatch>;

export const Metric = z.object({
  id,
  name: z.string(),
  unit: z.string(),
  topic: z.string().nullable(),
  description: z.string().nullable(),
  ...recordMeta,
});
export type Metric = z.infer<typeof Metric>;
