import type { ReactNode } from 'react';
import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import type { Claim } from '../../shared/schemas/index.js';
import { useClaims } from '../resources/claims';
import { useSources } from '../resources/sources';
import { QueryState } from '../ui/QueryState';
import { useSourceLookup } from './useSourceLookup';

/** A metric's claims with their sources, or the loading, error or empty state of either query. */
export function WithMetricClaims({
  metricId,
  includeDeleted = false,
  empty,
  children,
}: {
  metricId: number;
  /** Deleted claims too, so that they can be restored from the table; never on charts. */
  includeDeleted?: boolean;
  empty: ReactNode;
  children: (claims: Claim[], sourceOf: (id: number) => SourceRef) => ReactNode;
}) {
  const claims = useClaims(includeDeleted ? { metricId, includeDeleted } : { metricId });
  const sources = useSources();
  const sourceOf = useSourceLookup(sources.data ?? []);
  return (
    <QueryState query={sources} label="the sources">
      {() => (
        <QueryState query={claims} label="claims" isEmpty={(items) => items.length === 0} empty={empty}>
          {(items) => children(items, sourceOf)}
        </QueryState>
      )}
    </QueryState>
  );
}
