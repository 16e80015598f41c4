import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { ProblemError } from '../services/errors.js';

const notUtf8 = 'The request body holds bytes that are not UTF-8: send JSON as UTF-8';

/**
 * body-parser's `verify` for JSON: a body in UTF-8 whose bytes are not UTF-8 is refused, where
 * decoding would store each stray byte as U+FFFD, another text than the one sent. UTF-16 and
 * UTF-32, which JSON also allows, are decoded by body-parser, and their unpaired surrogates refused
 * by the schemas' `plainText`.
 */
export function refuseNonUtf8(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string): void {
  if (encoding === 'utf-8' && !isUtf8(body)) {
    throw new ProblemError(400, 'Not UTF-8', notUtf8, [{ path: 'body', message: notUtf8 }]);
  }
}

const isCompressed = (req: Request) => (req.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';

/** The error body-parser raises for a body over its limit, so that each route's answer to it applies. */
const overTheLimit = () =>
  Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });

/**
 * A body parser whose limit also holds for a compressed body's bytes as they arrive, before any
 * inflating. body-parser counts a compressed body only once inflated, and reads it whole whatever
 * its size on the wire: gzip members that inflate to nothing, one after another, or zeros after
 * the compressed data, where gunzip stops, would keep it reading for as long as a client sends
 * them. One declared longer than the limit is refused unread; one sent in chunks, once its bytes
 * pass the limit, which the route waits for the request's end to be sure of. Either way the
 * connection closes after the answer, so that what the client still sends is not read either.
 */
export function limitedOnTheWire(parse: RequestHandler, limit: number): RequestHandler {
  return (req, res, next) => {
    if (!isCompressed(req)) return parse(req, res, next);
    const refuse = () => {
      res.set('Connection', 'close');
      next(overTheLimit());
    };
    if (Number(req.get('content-length')) > limit) return refuse();
    let received = 0;
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      req.off('data', count);
      then();
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return;
      req.unpipe().pause();
      // The parser's read, cut off from its input, may never end: this is the answer.
      settle(refuse);
    };
    let reading = false;
    parse(req, res, (error?: unknown) => {
      if (!reading || error !== undefined || req.complete) return settle(() => next(error));
      req.once('end', () => settle(() => next()));
    });
    // A body the parser leaves unread, it hands on at once.
    if (settled) return;
    reading = true;
    req.prependListener('data', count);
  };
}
