import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Problem } from '../../shared/schemas/index.js';
import { ImportRefused, ProblemError, RetryLater, storageUnavailable } from '../services/errors.js';
import { ClientGone } from './clientGone.js';

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type('application/problem+json').json(problem);
}

/** Errors the JSON body parser raises, by their `type`, and what they mean to a client. */
const bodyParserProblems: Record<string, { status: number; title: string; detail: string }> = {
  'entity.too.large': { status: 413, title: 'Request body too large', detail: 'JSON bodies are limited to 1 MB' },
  'entity.parse.failed': { status: 400, title: 'Malformed JSON', detail: 'The request body is not valid JSON' },
  'encoding.unsupported': { status: 415, title: 'Unsupported encoding', detail: 'Send the body uncompressed' },
  'charset.unsupported': { status: 415, title: 'Unsupported charset', detail: 'Send the body as UTF-8' },
};

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, {
    status: 404,
    title: 'Not found',
    detail: `No route for ${req.method} ${req.originalUrl.split('?')[0]}`,
  });
};

/** The 4xx status an error from a library (http-errors style) carries, if it carries one. */
function clientErrorStatus(err: unknown): number | undefined {
  const { status, statusCode } = (err ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = status ?? statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : undefined;
}

/** The one place errors become responses: known errors say what was wrong, anything else is a bare 500. */
export function errorHandler(log: { error(obj: object, msg: string): void }): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    // Nobody is left to read an answer, and the request log has said that the client went away.
    if (err instanceof ClientGone) return;
    const storageFault = storageUnavailable(err);
    if (storageFault) log.error({ err }, 'Storage fault');
    err = storageFault ?? err;
    if (err instanceof ProblemError) {
      if (err instanceof RetryLater) res.set('Retry-After', String(err.retryAfterSeconds));
      return sendProblem(res, {
        status: err.status,
        title: err.title,
        detail: err.message,
        ...(err.errors ? { errors: err.errors } : {}),
        ...(err.current !== undefined ? { current: err.current } : {}),
        ...(err instanceof ImportRefused ? { errorCount: err.errorCount } : {}),
      });
    }
    const type = (err as { type?: unknown })?.type;
    const bodyProblem = typeof type === 'string' ? bodyParserProblems[type] : undefined;
    if (bodyProblem) {
      return sendProblem(res, { ...bodyProblem, errors: [{ path: 'body', message: bodyProblem.detail }] });
    }
    const clientError = clientErrorStatus(err);
    if (clientError !== undefined) {
      // Raised by Express's own parts (a body that will not inflate, a path that will not decode):
      // the request is at fault, and only a message marked safe to show is shown.
      const title = STATUS_CODES[clientError] ?? 'Bad request';
      const detail = (err as { expose?: unknown }).expose === true ? (err as Error).message : title;
      return sendProblem(res, {
        status: clientError,
        title,
        detail,
        // The router raises URIError for a path that will not decode; the rest come from reading the body.
        errors: [{ path: err instanceof URIError ? 'path' : 'body', message: detail }],
      });
    }
    log.error({ err }, 'Unhandled error');
    sendProblem(res, { status: 500, title: 'Internal server error', detail: 'Something went wrong on our side' });
  };
}
