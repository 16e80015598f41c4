import type { MergeInput, UnmergeInput } from '../../../shared/schemas/index.js';
import type { Handler } from '../apiRoute.js';

interface MergeService<Outcome> {
  merge(id: number, input: MergeInput): Promise<Outcome>;
  unmerge(id: number, input: UnmergeInput): Promise<Outcome>;
}

type ById = { params: { id: number } };

/** Merging a source or metric into another, and undoing the latest merge of one. */
export function mergeHandlers<Outcome>(service: MergeService<Outcome>) {
  const merge: Handler<ById & { body: MergeInput }> = async ({ params, body }, _req, res) => {
    res.json(await service.merge(params.id, body));
  };
  const unmerge: Handler<ById & { body: UnmergeInput }> = async ({ params, body }, _req, res) => {
    res.json(await service.unmerge(params.id, body));
  };
  return { merge, unmerge };
}
