import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserInput, UserPatch, UserWithLock } from '../../shared/schemas/index.js';
import { apiFetch } from './http';

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'list'],
    queryFn: ({ signal }) => apiFetch<{ items: UserWithLock[] }>('/api/users', { signal }).then((r) => r.items),
  });

export const useUsers = () => useQuery(usersQueryOptions());

export function useUserWrites() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  return {
    create: useMutation({
      mutationFn: (input: UserInput) => apiFetch<User>('/api/users', { method: 'POST', json: input }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) =>
        apiFetch<User>(`/api/users/${id}`, { method: 'PATCH', json: patch }),
      onSuccess,
    }),
    revokeSessions: useMutation({
      mutationFn: (id: number) => apiFetch<void>(`/api/users/${id}/revoke-sessions`, { method: 'POST' }),
    }),
    liftSignInLock: useMutation({
      mutationFn: (id: number) => apiFetch<void>(`/api/users/${id}/unlock`, { method: 'POST' }),
      onSuccess,
    }),
  };
}
