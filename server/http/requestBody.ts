import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
