import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is making the current request. Set once per request by the auth middleware, read where
 * revisions are written, so every service records its author without passing it through every call.
 */
const actor = new AsyncLocalStorage<{ userId: number }>();

export const runAs = <T>(userId: number, work: () => T): T => actor.run({ userId }, work);
export const currentUserId = (): number | null => actor.getStore()?.userId ?? null;
