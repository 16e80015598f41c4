import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type RequestHandler } from 'express';
import { ExportQuery, ImportQuery, maxImportBytes, type DatasetFormat } from '../../../shared/dataset/transfer.js';
import { ProblemError } from '../../services/errors.js';
import type { Services } from '../../services/index.js';
import { parseQuery } from '../parse.js';

export const exportDataset =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const { format, ...filters } = parseQuery(ExportQuery, req);
    const file = await services.exporter.export(format, filters);
    res.attachment(file.filename).type(file.contentType);
    await pipeline(Readable.from(file.chunks), res).catch((error: { code?: string }) => {
      // Someone who cancels a download has ended nothing that needs telling.
      if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    });
  };

const importLimit = `${maxImportBytes / 1024 / 1024} MB`;
const rawText = express.text({ type: () => true, limit: maxImportBytes });

/**
 * Reads the file to import as text, whatever its type: the import parses CSV and JSON itself.
 * The app-wide JSON parser skips this route, whose bodies may be 50 times its 1 MB limit.
 */
export const importBody: RequestHandler = (req, res, next) =>
  rawText(req, res, (error?: unknown) => {
    if ((error as { type?: unknown } | undefined)?.type !== 'entity.too.large') return next(error);
    const message = `An import file may be at most ${importLimit}; split it into smaller files`;
    next(new ProblemError(413, 'Import file too large', message, [{ path: 'body', message }]));
  });

function formatOf(req: Request, asked: DatasetFormat | undefined): DatasetFormat {
  if (asked) return asked;
  if (req.is('text/csv')) return 'csv';
  if (req.is('application/json')) return 'json';
  const message = 'Say format=csv or format=json, or send the file as text/csv or application/json';
  throw new ProblemError(415, 'Unsupported media type', message, [{ path: 'format', message }]);
}

export const importDataset =
  (services: Services): RequestHandler =>
  async (req, res) => {
    const { dryRun, format } = parseQuery(ImportQuery, req);
    const chosen = formatOf(req, format);
    if (typeof req.body !== 'string' || req.body === '') {
      const message = 'Send the file to import as the request body';
      throw new ProblemError(400, 'No file', message, [{ path: 'body', message }]);
    }
    const result = await services.importer.run(chosen, req.body, { dryRun });
    res.status(dryRun ? 200 : 201).json(result);
  };
