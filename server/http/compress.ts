import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import type { CachedJson } from '../services/comparison/answerCache.js';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * API answers compressed for a client that takes gzip or brotli: a page of 500 claims is some
 * 300 KB of JSON and a tenth of that compressed. A client that sends no Accept-Encoding (a script,
 * a load test) skips the middleware, whose wrapping of every response cost a fifth of a cached
 * answer's time.
 */
export function compressAnswers(): RequestHandler {
  // A kept answer goes as sendKeptJson chose: deflating it here would send other bytes under its tag.
  const compress = compression({
    filter: (req, res) => !(res.locals as KeptJsonLocals).keptJson && compression.filter(req, res),
  });
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}

type Encoding = 'br' | 'gzip';

interface KeptJsonLocals {
  keptJson?: boolean;
}

const encoders: Record<Encoding, (body: Buffer) => Buffer> = {
  // Quality 4, as the compression middleware uses: most of the gain for a fraction of 11's time.
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => gzipSync(body),
};

const encodedCopies = new WeakMap<Buffer, Partial<Record<Encoding, Buffer>>>();

/** `body` in `encoding`, compressed once per body however often it is sent. */
function encoded(body: Buffer, encoding: Encoding): Buffer {
  let copies = encodedCopies.get(body);
  if (!copies) encodedCopies.set(body, (copies = {}));
  return (copies[encoding] ??= encoders[encoding](body));
}

/**
 * Sends a JSON answer that is kept serialized, with its entity tag: a client that holds it gets a
 * 304, one that takes brotli or gzip gets a copy compressed once for all, under its own tag.
 */
export function sendKeptJson(req: Request, res: Response, { body, etag }: CachedJson): void {
  (res.locals as KeptJsonLocals).keptJson = true;
  res.vary('Accept-Encoding');
  // Brotli when taken at all: browsers list gzip first, though brotli is a fifth smaller.
  const encoding = req.headers['accept-encoding']
    ? (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e)
    : undefined;
  res.set('ETag', encoding ? etag.replace(/"$/, `-${encoding}"`) : etag);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.type('json');
  if (!encoding) {
    res.send(body);
    return;
  }
  res.set('Content-Encoding', encoding);
  res.send(encoded(body, encoding));
}
