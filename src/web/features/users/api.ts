import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Membership, UserWithMemberships, User, inviteBody, oneTimeLinkSchema } from '../../../domain/identity/contracts.js';
import type { Role } from '../../../domain/identity/roles.js';
import { api } from '../../lib/api.js';
import { sessionKey } from '../identity/session.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type InviteBody = z.infer<typeof inviteBody>;
export type OneTimeLink = z.infer<typeof oneTimeLinkSchema>;
export interface RoleOption {
  role: Role;
  label: string;
  grantable: boolean;
}

export interface UserListParams {
  page: number;
  pageSize: number;
  q?: string;
  scopeId?: string;
}

export const usersKey = ['users'] as const;

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) => api<Page<UserWithMemberships>>('/api/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: ({ signal }) => api<UserWithMemberships>(`/api/users/${encodeURIComponent(id)}`, { signal }),
    retry: false,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => api<{ items: RoleOption[] }>('/api/roles'),
    staleTime: 5 * 60_000,
  });
}

/** Invalidates user lists, details and the own session (memberships may have changed). */
function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersKey }),
      queryClient.invalidateQueries({ queryKey: sessionKey }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useInvite() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: InviteBody) => api<OneTimeLink>('/api/users/invitations', { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useGrantMembership(userId: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: { scopeId: string; role: Role }) =>
      api<Membership>(`/api/users/${encodeURIComponent(userId)}/memberships`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useRevokeMembership() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (membershipId: string) => api<void>(`/api/memberships/${encodeURIComponent(membershipId)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(),
  });
}

export function useSetActive(userId: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (active: boolean) =>
      api<User>(`/api/users/${encodeURIComponent(userId)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }),
    onSuccess: () => refresh(),
  });
}

export function useCreateResetLink(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<OneTimeLink>(`/api/users/${encodeURIComponent(userId)}/password-reset`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}
