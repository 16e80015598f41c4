import type { RequestHandler } from 'express';
import { z } from 'zod';
import { queryBoolean, VersionQuery, type Revision } from '../../../shared/schemas/index.js';
import { parseBody, parseId, parseQuery } from '../parse.js';

interface RecordService<T, Fields, Patch> {
  get(id: number): Promise<T>;
  create(fields: Fields): Promise<T>;
  update(id: number, patch: Patch): Promise<T>;
  remove(id: number, expectedVersion?: number): Promise<T>;
  restore(id: number, expectedVersion?: number): Promise<T>;
  history(id: number): Promise<Revision[]>;
}

const ListQuery = z.strictObject({ includeDeleted: queryBoolean });

export const listRecords =
  <T>(service: { list(opts: { includeDeleted: boolean }): Promise<T[]> }): RequestHandler =>
  async (req, res) => {
    res.json({ items: await service.list(parseQuery(ListQuery, req)) });
  };

/** The handlers every record kind shares: sources, metrics and claims speaks the same REST dialect. */
export function recordHandlers<T extends { id: number }, IS extends z.ZodType, PS extends z.ZodType>(
  basePath: string,
  service: RecordService<T, z.output<IS>, z.output<PS>>,
  schemas: { input: IS; patch: PS },
) {
  return {
    get: (async (req, res) => {
      res.json(await service.get(parseId(req)));
    }) satisfies RequestHandler,
    create: (async (req, res) => {
      const created = await service.create(parseBody(schemas.input, req));
      res.status(201).location(`${basePath}/${created.id}`).json(created);
    }) satisfies RequestHandler,
    update: (async (req, res) => {
      const id = parseId(req);
      res.json(await service.update(id, parseBody(schemas.patch, req)));
    }) satisfies RequestHandler,
    remove: (async (req, res) => {
      res.json(await service.remove(parseId(req), parseQuery(VersionQuery, req).version));
    }) satisfies RequestHandler,
    restore: (async (req, res) => {
      res.json(await service.restore(parseId(req), parseQuery(VersionQuery, req).version));
    }) satisfies RequestHandler,
    history: (async (req, res) => {
      res.json({ items: await service.history(parseId(req)) });
    }) satisfies RequestHandler,
  };
}
