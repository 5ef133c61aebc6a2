import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Kommune } from '../../../../domain/directory/contracts.js';
import type { SessionInfo } from '../../../../domain/identity/contracts.js';
import { api } from '../../../lib/api.js';
import { useCurrentSession } from '../../identity/session.js';

/** All Kommunen (the list the directory loads as well). */
export function useKommunenList() {
  return useQuery({
    queryKey: ['directory', 'kommunen'],
    queryFn: ({ signal }) => api<{ items: Kommune[] }>('/api/directory/kommunen', { signal }),
    staleTime: 10 * 60_000,
  });
}

export const isId = (value: string | null | undefined): value is string => Boolean(value && /^[0-9a-f-]{36}$/i.test(value));

/**
 * The Kommune a person works in: a membership at a Kommune, or the Kommune its school or network
 * lies in (found in the scope path). Null for people above the Kommunen, who pick one.
 */
export function ownKommuneId(session: SessionInfo, kommunen: readonly Kommune[]): string | null {
  const known = new Set(kommunen.map((k) => k.id));
  for (const { scope } of session.user.memberships) {
    if (known.has(scope.id)) return scope.id;
    const hit = scope.path.split('/').find((segment) => known.has(segment));
    if (hit) return hit;
  }
  return null;
}

/**
 * The `kommune` parameter of a mapping page. Without one the person's own Kommune is put into the
 * address (replacing the history entry), so it can be shared and reloaded.
 */
export function useMappingKommune() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const kommunen = useKommunenList();
  const raw = params.get('kommune');
  const kommuneId = isId(raw) ? raw : null;
  const fallback = kommunen.data ? ownKommuneId(session, kommunen.data.items) : null;

  useEffect(() => {
    if (kommuneId || !fallback) return;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('kommune', fallback);
        return next;
      },
      { replace: true },
    );
  }, [kommuneId, fallback, setParams]);

  const kommune = kommuneId ? kommunen.data?.items.find((k) => k.id === kommuneId) : undefined;
  /** Another Kommune: the filters of the previous one make no sense there. */
  const choose = (next: string | null) => setParams(next ? new URLSearchParams({ kommune: next }) : new URLSearchParams());
  return { session, kommuneId, kommune, kommunen, params, setParams, choose, waiting: !kommuneId && (kommunen.isPending || Boolean(fallback)) };
}
