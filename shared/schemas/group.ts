import { z } from 'zod';

/** A group of sources and the colour it was given, the same on every chart, legend and export. */
export const SourceGroup = z.object({ name: z.string(), colour: z.string() });
export type SourceGroup = z.infer<typeof SourceGroup>;
