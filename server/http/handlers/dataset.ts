import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type RequestHandler } from 'express';
import type { z } from 'zod';
import { notUtf8Message, utf8FileText, withoutByteOrderMark } from '../../../shared/dataset/fileText.js';
import {
  maxImportBytes,
  type DatasetFormat,
  type ExportQuery,
  type ImportQuery,
} from '../../../shared/dataset/transfer.js';
import { ProblemError } from '../../services/errors.js';
import type { Services } from '../../services/index.js';
import type { Handler } from '../apiRoute.js';
import { limitedOnTheWire } from '../requestBody.js';

export const exportDataset =
  (services: Services): Handler<{ query: ExportQuery }> =>
  async ({ query: { format, ...filters } }, _req, res) => {
    const file = await services.exporter.export(format, filters);
    res.attachment(file.filename).type(file.contentType);
    try {
      // Read as the client takes it: a slow download holds one page, not the whole file.
      await pipeline(Readable.from(file.chunks), res).catch((error: { code?: string }) => {
        // Someone who cancels a download has ended nothing that needs telling.
        if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
      });
    } finally {
      await file.close();
    }
  };

const importLimit = `${maxImportBytes / 1024 / 1024} MB`;
const importTypes = ['text/csv', 'application/json'];
const rawBytes = limitedOnTheWire(express.raw({ type: importTypes, limit: maxImportBytes }), maxImportBytes);

/**
 * Reads the file to import as bytes, sent as CSV or JSON: the import decodes them and parses CSV
 * and JSON itself. Any other type is refused before a byte is read. A page on another site can
 * have the browser post text/plain or a form, with the analyst's cookie and no CORS preflight,
 * and send no Origin; a CSV or JSON type cannot be sent across sites without the preflight, which
 * this server never grants. The app-wide JSON parser skips this route, whose bodies may be 50 times
 * its 1 MB limit.
 */
export const importBody: RequestHandler = (req, res, next) => {
  if (!req.is(importTypes)) {
    const message = 'Send the file as text/csv or application/json';
    return next(new ProblemError(415, 'Unsupported media type', message, [{ path: 'body', message }]));
  }
  rawBytes(req, res, (error?: unknown) => {
    if ((error as { type?: unknown } | undefined)?.type !== 'entity.too.large') return next(error);
    const message = `An import file may be at most ${importLimit}; split it into smaller files`;
    next(new ProblemError(413, 'Import file too large', message, [{ path: 'body', message }]));
  });
};

/** What `format` asks for, else what the Content-Type says, which importBody took only as CSV or JSON. */
const formatOf = (req: Request, asked: DatasetFormat | undefined): DatasetFormat =>
  asked ?? (req.is('text/csv') ? 'csv' : 'json');

/**
 * The file's text: UTF-8 unless its Content-Type names another charset. Bytes that are not UTF-8
 * are refused, not replaced (see utf8FileText); `isUtf8` is native, and tells a 50 MB file in a
 * fraction of the time it takes to look for the line at fault, which only a refused file needs.
 */
function fileText(req: Request, bytes: Buffer): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.get('Content-Type') ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return withoutByteOrderMark(new TextDecoder(charset).decode(bytes));
    } catch {
      const message = `Unknown character set "${charset}": send the file as UTF-8`;
      throw new ProblemError(415, 'Unsupported character set', message, [{ path: 'charset', message }]);
    }
  }
  if (isUtf8(bytes)) return withoutByteOrderMark(bytes.toString('utf8'));
  const read = utf8FileText(bytes);
  if ('text' in read) return read.text;
  const message = notUtf8Message(read.notUtf8Line);
  throw new ProblemError(400, 'Not UTF-8', message, [{ path: 'body', message }]);
}

export const importDataset =
  (services: Services): Handler<{ query: z.output<typeof ImportQuery> }> =>
  async ({ query: { dryRun, format } }, req, res) => {
    const chosen = formatOf(req, format);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      const message = 'Send the file to import as the request body';
      throw new ProblemError(400, 'No file', message, [{ path: 'body', message }]);
    }
    const result = await services.importer.run(chosen, fileText(req, req.body), { dryRun });
    res.status(dryRun ? 200 : 201).json(result);
  };
