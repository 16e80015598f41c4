import type { ZodError } from 'zod';
import type { FieldError } from '../../shared/schemas/index.js';
import { storageFault } from '../storage/dialect.js';

/** An error a client caused and can act on; the HTTP layer turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly current?: unknown,
  ) {
    super(detail);
  }
}

/** Refused for now: the answer's Retry-After tells a client, or a person, when to try again. */
export class RetryLater extends ProblemError {
  constructor(
    status: 429 | 503,
    title: string,
    detail: string,
    readonly retryAfterSeconds: number,
    errors?: FieldError[],
  ) {
    super(status, title, detail, errors);
  }
}

/** This client has asked too much of the server for now. */
export class TooManyRequests extends RetryLater {
  constructor(title: string, detail: string, retryAfterSeconds: number, errors?: FieldError[]) {
    super(429, title, detail, retryAfterSeconds, errors);
  }
}

/** The server has no room for this request now, through no fault of the client's. */
export class ServiceUnavailable extends RetryLater {
  constructor(title: string, detail: string, retryAfterSeconds: number) {
    super(503, title, detail, retryAfterSeconds);
  }
}

/**
 * A fault of the storage's (a full disk, a read-only or unreachable database) as what it is: the
 * server's trouble for now, not the request's, with nothing written. Undefined for other errors.
 */
export function storageUnavailable(error: unknown): ServiceUnavailable | undefined {
  const cause = storageFault(error);
  if (cause === undefined) return undefined;
  return new ServiceUnavailable('Storage unavailable', `${cause}. Nothing was changed; try again later.`, 30);
}

/** An import refused for its rows: `errors` lists the first of its problems, `errorCount` counts them all. */
export class ImportRefused extends ProblemError {
  constructor(
    detail: string,
    errors: FieldError[],
    readonly errorCount: number,
  ) {
    super(422, 'Import refused', detail, errors);
  }
}

export const notFound = (what: string, id: number | string) =>
  new ProblemError(404, 'Not found', `No ${what} with id ${id}`);

export const invalidField = (path: string, message: string) =>
  new ProblemError(400, 'Invalid request', message, [{ path, message }]);

export const versionConflict = (current: unknown) =>
  new ProblemError(
    409,
    'Version conflict',
    'The record was changed by someone else since you loaded it; nothing was written',
    [{ path: 'version', message: 'Stale version' }],
    current,
  );

export const conflict = (path: string, message: string) =>
  new ProblemError(409, 'Conflict', message, [{ path, message }]);

/** Zod's issues as field errors, each unknown field named on its own. */
export function zodFieldErrors(error: ZodError, prefix?: string): FieldError[] {
  const pathOf = (path: PropertyKey[]) =>
    [prefix, ...path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
  return error.issues.flatMap((issue) =>
    // Zod puts unknown fields on the object that holds them; name each one so a client can point at it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'Not a known field' }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
}
