import type { Request } from 'express';
import { z } from 'zod';
import { idText } from '../../shared/schemas/index.js';
import { ProblemError, zodFieldErrors } from '../services/errors.js';

/** `whole` names the input in an error about all of it: a body that is an array, an id that is no number. */
function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, whole: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = zodFieldErrors(result.error).map((e) => (e.path ? e : { ...e, path: whole }));
  throw new ProblemError(400, 'Invalid request', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  if (!req.is('application/json')) {
    throw new ProblemError(415, 'Unsupported media type', 'Send a JSON body with Content-Type: application/json', [
      { path: 'body', message: 'Expected application/json' },
    ]);
  }
  return parseOrThrow(schema, req.body, 'body');
}

export const parseQuery = <S extends z.ZodType>(schema: S, req: Request): z.output<S> =>
  parseOrThrow(schema, req.query, 'query');

export const parseId = (req: Request): number => parseOrThrow(idText, req.params.id, 'id');
