import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  acceptInvitationBody,
  changePasswordBody,
  invitationInfoSchema,
  loginBody,
  setupBody,
  updateProfileBody,
  SessionInfo,
  User,
} from '../../../domain/identity/contracts.js';
import { api } from '../../lib/api.js';
import { applySession, sessionKey, setupStatusKey, useApplySession } from './session.js';

export type LoginBody = z.infer<typeof loginBody>;
export type SetupBody = z.infer<typeof setupBody>;
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

/** Mutations whose 401 means "wrong input", not "session expired". */
const authFlow = { authFlow: true } as const;

export function useLogin() {
  const apply = useApplySession();
  return useMutation({
    mutationFn: (body: LoginBody) => api<SessionInfo>('/api/auth/login', { method: 'POST', body }),
    onSuccess: apply,
    meta: authFlow,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      queryClient.clear();
      applySession(queryClient, null);
      queryClient.setQueryData(setupStatusKey, { needsSetup: false });
    },
    meta: authFlow,
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetupBody) => api<SessionInfo>('/api/setup', { method: 'POST', body }),
    onSuccess: (session) => {
      applySession(queryClient, session);
      queryClient.setQueryData(setupStatusKey, { needsSetup: false });
    },
    meta: authFlow,
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationInfo>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const apply = useApplySession();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      api<SessionInfo>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body }),
    onSuccess: apply,
    meta: authFlow,
  });
}

export function useResetInfo(token: string) {
  return useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => api<{ email: string }>(`/api/password-reset/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useResetPassword(token: string) {
  return useMutation({
    mutationFn: (body: { password: string }) =>
      api<void>(`/api/password-reset/${encodeURIComponent(token)}`, { method: 'POST', body }),
    meta: authFlow,
  });
}

/** Merges the updated user into the cached session (memberships stay). */
function useStoreUser() {
  const queryClient = useQueryClient();
  return (user: User) =>
    queryClient.setQueryData<SessionInfo | null>(sessionKey, (session) =>
      session ? { ...session, user: { ...session.user, ...user } } : session,
    );
}

export function useUpdateProfile() {
  const storeUser = useStoreUser();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => api<User>('/api/me', { method: 'PATCH', body }),
    onSuccess: storeUser,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api<void>('/api/me/password', { method: 'POST', body }),
  });
}
