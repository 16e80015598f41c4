import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, PasswordChange, Role, User } from '../../shared/schemas/index.js';
import { ApiError, apiFetch } from './http';

/** The signed-in user, or null: a 401 here is an answer, not an error. */
export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) =>
      apiFetch<{ user: User }>('/api/auth/me', { signal })
        .then((r) => r.user)
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }),
    staleTime: 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether the signed-in user may act as `role`; edit controls are hidden from those who may not. */
export function useCan(role: Role): boolean {
  const me = useMe();
  return me.data ? rank[me.data.role] >= rank[role] : false;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      apiFetch<{ user: User }>('/api/auth/login', { method: 'POST', json: input }).then((r) => r.user),
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryOptions().queryKey, user);
      // Everything fetched while signed out (or as someone else) is refetched as this user.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/api/auth/logout', { method: 'POST' }),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions().queryKey, null);
    },
  });
}

/** The current session stays signed in; the server ends the user's others. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (change: PasswordChange) => apiFetch<void>('/api/auth/password', { method: 'POST', json: change }),
  });
