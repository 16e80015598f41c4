import type { DismissDuplicate, PossibleDuplicate } from '../../../shared/schemas/index.js';
import type { Handler } from '../apiRoute.js';

interface DuplicatesService {
  duplicates(query: { limit: number }): Promise<PossibleDuplicate[]>;
  dismissDuplicate(pair: DismissDuplicate): Promise<void>;
}

/** The sources that may be one under two names, and dismissing a pair that is not. */
export function duplicatesHandlers(service: DuplicatesService) {
  const list: Handler<{ query: { limit: number } }> = async ({ query }, _req, res) => {
    res.json({ items: await service.duplicates(query) });
  };
  const dismiss: Handler<{ body: DismissDuplicate }> = async ({ body }, _req, res) => {
    await service.dismissDuplicate(body);
    res.status(204).end();
  };
  return { list, dismiss };
}
