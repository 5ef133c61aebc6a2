import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionInfo } from '../../../domain/identity/contracts.js';
import { api, isApiError, setCsrfToken } from '../../lib/api.js';

export const sessionKey = ['session'] as const;
export const setupStatusKey = ['setup-status'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api<SessionInfo>('/api/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The logged-in user with CSRF token and abilities, or null when nobody is logged in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The session of a page behind RequireAuth (never null there). */
export function useCurrentSession(): SessionInfo {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession outside of RequireAuth');
  return data;
}

export function hasAbility(session: SessionInfo | null | undefined, ability: string): boolean {
  return Boolean(session?.abilities.includes(ability));
}

/** Stores a new session (after login, setup, accepting an invitation) and drops data of the previous user. */
export function applySession(queryClient: QueryClient, session: SessionInfo | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] && query.queryKey[0] !== setupStatusKey[0] });
  queryClient.setQueryData(sessionKey, session);
}

export function useApplySession() {
  const queryClient = useQueryClient();
  return useCallback((session: SessionInfo | null) => applySession(queryClient, session), [queryClient]);
}

export function useSetupStatus() {
  return useQuery({
    queryKey: setupStatusKey,
    queryFn: () => api<{ needsSetup: boolean }>('/api/setup/status'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
