import { useMemo } from 'react';
import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import type { Source } from '../../shared/schemas/index.js';

/** Sources by id; a claim whose source is missing from the list still shows, under its number. */
export function useSourceLookup(sources: readonly Source[]): (id: number) => SourceRef {
  return useMemo(() => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    return (id: number) =>
      byId.get(id) ?? { id, name: `Source #${id}`, shortName: null, group: null, reliability: 'F' };
  }, [sources]);
}
