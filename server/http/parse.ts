import type { Request } from 'express';
import { z } from 'zod';
import { ProblemError, zodFieldErrors } from '../services/errors.js';

type Part = 'params' | 'query' | 'body';

/** What an error about all of a part names: a body that is an array, say. */
const wholePart: Record<Part, string> = { params: 'path', query: 'query', body: 'body' };

/** A 400 naming each field at fault from within its part: `limit`, not `query.limit`. */
function invalid(issues: z.core.$ZodIssue[], part: Part): ProblemError {
  const within = issues.map((issue) => ({ ...issue, path: issue.path.slice(1) }));
  const errors = zodFieldErrors(new z.ZodError(within)).map((e) => (e.path ? e : { ...e, path: wholePart[part] }));
  return new ProblemError(400, 'Invalid request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

/**
 * A route's inputs, parsed with `schema` (an object of its params, query and body schemas). A
 * request wrong in several parts is told of the first, in the order a reader checks them: the
 * address, the query, the body's type, the body.
 */
export function parseInput<S extends z.ZodType>(schema: S, readsJsonBody: boolean, req: Request): z.output<S> {
  const result = schema.safeParse({ params: req.params, query: req.query, body: req.body });
  if (!result.success) {
    for (const part of ['params', 'query'] as const) {
      const issues = result.error.issues.filter((issue) => issue.path[0] === part);
      if (issues.length > 0) throw invalid(issues, part);
    }
  }
  if (readsJsonBody && !req.is('application/json')) {
    throw new ProblemError(415, 'Unsupported media type', 'Send a JSON body with Content-Type: application/json', [
      { path: 'body', message: 'Expected application/json' },
    ]);
  }
  // Neither the address nor the query was at fault: the body was.
  if (!result.success) throw invalid(result.error.issues, 'body');
  return result.data;
}
