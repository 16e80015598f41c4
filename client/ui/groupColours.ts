import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SourceGroup } from '../../shared/schemas/index.js';
import { apiFetch } from '../app/http';
import { groupColourLookup, useColourScheme, type GroupColour } from './colours';

/** Under the sources' key: a source's write, which may give a new group its colour, refetches it. */
export const groupColoursQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'groups'],
    queryFn: ({ signal }) => apiFetch<{ items: SourceGroup[] }>('/api/groups', { signal }).then((r) => r.items),
  });

const noGroups: readonly SourceGroup[] = [];

/** Each group's colour, as the server gave it: the same on every chart, legend, swatch and export. */
export function useGroupColour(): GroupColour {
  const groups = useQuery(groupColoursQueryOptions()).data ?? noGroups;
  const scheme = useColourScheme();
  return useMemo(() => groupColourLookup(groups, scheme), [groups, scheme]);
}
