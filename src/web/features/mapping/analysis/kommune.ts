import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Kommune } from '../../../../domain/directory/contracts.js';
import type { SessionInfo } from '../../../../domain/identity/contracts.js';
import { useCurrentSession } from '../../identity/session.js';
import { useKommunenList } from './api.js';

/**
 * The Kommune a person works in: the first membership whose scope is a Kommune or lies inside one
 * (a school, a network), found through the scope path. Null for people above Kommunen (Land,
 * platform), who choose one.
 */
export function ownKommuneId(session: SessionInfo, kommunen: readonly Kommune[]): string | null {
  const known = new Set(kommunen.map((k) => k.id));
  for (const { scope } of session.user.memberships) {
    const hit = scope.path.split('/').find((segment) => known.has(segment));
    if (hit) return hit;
  }
  return null;
}

export const isId = (value: string | null): value is string => Boolean(value && /^[0-9a-f-]{36}$/i.test(value));

/**
 * The `kommune` parameter of the page address; without one, the person's own Kommune is put in
 * (replacing the history entry), so the address can be shared and reloaded.
 */
export function useKommuneParam() {
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
  return { kommuneId, kommune, kommunen, params, setParams };
}

/**
 * A value kept in the address, shown at once when a control changes it: the router updates the
 * address a moment later, and a controlled checkbox or radio button would jump back until then.
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ from: T; to: T } | null>(null);
  const shown = pending && Object.is(pending.from, value) ? pending.to : value;
  return [shown, (to: T) => setPending({ from: value, to })];
}
