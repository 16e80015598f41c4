import { z } from 'zod';

/** A merge deletes the record merged into another; undoing it (`unmerge`) restores it. */
const revisionActions = ['create', 'update', 'delete', 'restore', 'merge', 'unmerge'] as const;
export const entityTypes = ['source', 'metric', 'claim'] as const;
export type EntityType = (typeof entityTypes)[number];

export const Revision = z.object({
  id: z.number().int(),
  entityType: z.enum(entityTypes),
  entityId: z.number().int(),
  action: z.enum(revisionActions),
  version: z.number().int(),
  /** The whole record as it stood after this action. */
  snapshot: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  /** Who made the change: null for the demo data and for changes made before sign-in existed. */
  user: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
});
export type Revision = z.infer<typeof Revision>;
