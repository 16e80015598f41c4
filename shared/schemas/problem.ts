import { z } from 'zod';

/** RFC 9457 problem details, with the fields that were wrong. */
export const Problem = z.object({
  type: z.string().optional(),
  status: z.number().int(),
  title: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** On a 409 version conflict: the record as it now stands. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof Problem>;
export type FieldError = { path: string; message: string };
