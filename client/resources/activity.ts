import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Revision } from '../../shared/schemas/index.js';
import { apiFetch, queryString } from './http';

/** Recent changes across the dataset, by one user or (with '') by everyone. */
export const activityQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: ['activity', 'list', { userId }],
    queryFn: ({ signal }) =>
      apiFetch<{ items: Revision[] }>(`/api/activity${queryString({ userId, limit: 200 })}`, { signal }).then(
        (r) => r.items,
      ),
  });

export const useActivity = (userId: string) => useQuery(activityQueryOptions(userId));
