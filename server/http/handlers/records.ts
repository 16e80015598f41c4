import type { Revision } from '../../../shared/schemas/index.js';
import type { Handler } from '../apiRoute.js';

interface RecordService<T, Fields, Patch> {
  get(id: number): Promise<T>;
  create(fields: Fields): Promise<T>;
  update(id: number, patch: Patch): Promise<T>;
  remove(id: number, expectedVersion?: number): Promise<T>;
  restore(id: number, expectedVersion?: number): Promise<T>;
  history(id: number): Promise<Revision[]>;
}

type ById = { params: { id: number } };
type AtVersion = ById & { query: { version?: number | undefined } };

export const listRecords =
  <T>(service: {
    list(opts: { includeDeleted: boolean }): Promise<T[]>;
  }): Handler<{ query: { includeDeleted: boolean } }> =>
  async ({ query }, _req, res) => {
    res.json({ items: await service.list(query) });
  };

/** The handlers every record kind shares: sources, metrics and claims speak the same REST dialect. */
export function recordHandlers<T extends { id: number }, Fields, Patch>(
  basePath: string,
  service: RecordService<T, Fields, Patch>,
) {
  const get: Handler<ById> = async ({ params }, _req, res) => {
    res.json(await service.get(params.id));
  };
  const create: Handler<{ body: Fields }> = async ({ body }, _req, res) => {
    const created = await service.create(body);
    res.status(201).location(`${basePath}/${created.id}`).json(created);
  };
  const update: Handler<ById & { body: Patch }> = async ({ params, body }, _req, res) => {
    res.json(await service.update(params.id, body));
  };
  const remove: Handler<AtVersion> = async ({ params, query }, _req, res) => {
    res.json(await service.remove(params.id, query.version));
  };
  const restore: Handler<AtVersion> = async ({ params, query }, _req, res) => {
    res.json(await service.restore(params.id, query.version));
  };
  const history: Handler<ById> = async ({ params }, _req, res) => {
    res.json({ items: await service.history(params.id) });
  };
  return { get, create, update, remove, restore, history };
}
