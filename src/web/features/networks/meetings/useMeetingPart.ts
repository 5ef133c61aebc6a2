import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Treffen } from '../../../../domain/networks/contracts.js';
import { api } from '../../../lib/api.js';
import { treffenKey } from './api.js';
import { isConflict } from './parts.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saving one part of a meeting (agenda, attendance, minutes) while the meeting has a single version.
 * A version bumped by a change to another part (a registration, the agenda) must not reject the
 * minutes, but a change to the same part by someone else must: the part as it was when editing
 * began is the baseline, and only when the stored part still equals it is the newest version used.
 */
export function useMeetingPart<P>(treffen: Treffen, select: (t: Treffen) => P) {
  const queryClient = useQueryClient();
  const baseline = useRef<P>(select(treffen));
  const [conflict, setConflict] = useState<P | null>(null);

  const latest = useCallback(
    () => queryClient.getQueryData<Treffen>(treffenKey(treffen.id)) ?? treffen,
    [queryClient, treffen],
  );

  const fresh = useCallback(
    () => queryClient.fetchQuery({ queryKey: treffenKey(treffen.id), queryFn: () => api<Treffen>(`/api/treffen/${encodeURIComponent(treffen.id)}`), staleTime: 0 }),
    [queryClient, treffen.id],
  );

  /** Runs `send` with a version that fits; resolves false when someone else changed this part. */
  const save = useCallback(
    async (send: (version: number) => Promise<unknown>): Promise<boolean> => {
      let current = latest();
      if (!same(select(current), baseline.current)) {
        setConflict(select(current));
        return false;
      }
      try {
        await send(current.version);
      } catch (error) {
        if (!isConflict(error)) throw error;
        current = await fresh();
        if (!same(select(current), baseline.current)) {
          setConflict(select(current));
          return false;
        }
        await send(current.version);
      }
      setConflict(null);
      // The server's own view of what was saved (ids, trimmed text) is the next baseline.
      baseline.current = select(await fresh());
      return true;
    },
    [latest, fresh, select],
  );

  return {
    save,
    /** What someone else stored meanwhile; null while there is no conflict. */
    conflict,
    /** The person keeps their input: the stored part becomes the baseline, the next save overwrites it. */
    keepMine: () => {
      if (conflict !== null) baseline.current = conflict;
      setConflict(null);
    },
    /** The person takes the stored part (the caller resets its input to it). */
    takeTheirs: () => {
      const stored = select(latest());
      baseline.current = stored;
      setConflict(null);
      return stored;
    },
    /** When the editor is not dirty it follows the stored part. */
    rebase: (t: Treffen) => {
      baseline.current = select(t);
    },
  };
}
