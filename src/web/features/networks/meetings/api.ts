import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  Ergebnis,
  MeineArbeit,
  Treffen,
} from '../../../../domain/networks/contracts.js';
import type { VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { api, isApiError } from '../../../lib/api.js';

const id = encodeURIComponent;

export interface NetzwerkRef {
  id: string;
  name: string;
}

/** Lists come as `{ items }` (the network pages cache the same answers under the same keys). */
function itemsOf<T>(data: { items: T[] }): T[] {
  return data.items;
}

/** Meeting pages and "my work" share the key the network pages refresh after their changes. */
export const meetingsKey = ['meetings'] as const;
export const treffenKey = (treffenId: string) => [...meetingsKey, 'treffen', treffenId] as const;
export const meineArbeitKey = [...meetingsKey, 'meine-arbeit'] as const;

/**
 * A change to a meeting shows on the meeting page, in "my work", in the network pages (next
 * meeting, incoming items, meeting lists) and in the audit log.
 */
export function refreshAfterChange(queryClient: QueryClient, treffenId?: string) {
  return Promise.all([
    treffenId ? queryClient.invalidateQueries({ queryKey: treffenKey(treffenId) }) : queryClient.invalidateQueries({ queryKey: meetingsKey }),
    queryClient.invalidateQueries({ queryKey: meineArbeitKey }),
    queryClient.invalidateQueries({ queryKey: ['networks'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

export function useTreffen(treffenId: string) {
  return useQuery({
    queryKey: treffenKey(treffenId),
    queryFn: ({ signal }) => api<Treffen>(`/api/treffen/${id(treffenId)}`, { signal }),
    retry: false,
    // Editors keep their own copy; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}



/** Networks the caller may pass a result to. */
export function useEmpfaenger(netzwerkId: string, enabled = true) {
  return useQuery({
    queryKey: ['networks', 'detail', netzwerkId, 'empfaenger'],
    queryFn: ({ signal }) => api<{ items: NetzwerkRef[] }>(`/api/netzwerke/${id(netzwerkId)}/empfaenger`, { signal }),
    select: itemsOf<NetzwerkRef>,
    enabled,
    retry: false,
    staleTime: 60_000,
  });
}

/** A mutation on one meeting; the answer (the updated meeting, when it is one) goes straight into the cache. */
function useTreffenMutation<V>(treffenId: string, request: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    // Awaited, so callers continue with the stored state (e.g. focus after a removed entry).
    onSuccess: async (data) => {
      if (isTreffen(data) && data.id === treffenId) queryClient.setQueryData(treffenKey(treffenId), data);
      await refreshAfterChange(queryClient, treffenId);
    },
    // Someone else changed the meeting: load the stored version, so the next try can build on it.
    onError: (error) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404)) void queryClient.invalidateQueries({ queryKey: treffenKey(treffenId) });
    },
  });
}

function isTreffen(data: unknown): data is Treffen {
  return typeof data === 'object' && data !== null && 'tagesordnung' in data && 'id' in data;
}

export interface TreffenEdit {
  titel: string;
  beginn: string;
  dauerMinuten: number;
  ort: string | null;
  onlineLink: string | null;
  kapazitaet: number | null;
  version: number;
}

export function useUpdateTreffen(treffenId: string) {
  return useTreffenMutation(treffenId, (body: TreffenEdit) => api<Treffen>(`/api/treffen/${id(treffenId)}`, { method: 'PUT', body }));
}

export function useCancelTreffen(treffenId: string) {
  return useTreffenMutation(treffenId, (body: { grund: string | null; version: number }) => api<Treffen>(`/api/treffen/${id(treffenId)}/absagen`, { method: 'POST', body }));
}

export function useRestoreTreffen(treffenId: string) {
  return useTreffenMutation(treffenId, (body: { version: number }) => api<Treffen>(`/api/treffen/${id(treffenId)}/wiederherstellen`, { method: 'POST', body }));
}

export interface AgendaItemBody {
  art: string;
  titel: string;
  referent: string | null;
  dauerMinuten: number | null;
  weitergabeId: string | null;
  notiz: string | null;
}

export function useSaveAgenda(treffenId: string) {
  return useTreffenMutation(treffenId, (body: { punkte: AgendaItemBody[]; version: number }) => api<unknown>(`/api/treffen/${id(treffenId)}/tagesordnung`, { method: 'PUT', body }));
}

export function useRegistration(treffenId: string) {
  return useTreffenMutation(treffenId, (register: boolean) => api<unknown>(`/api/treffen/${id(treffenId)}/anmeldung`, { method: register ? 'POST' : 'DELETE' }));
}

export function useSaveAttendance(treffenId: string) {
  return useTreffenMutation(treffenId, (body: { anwesend: string[]; version: number }) => api<unknown>(`/api/treffen/${id(treffenId)}/anwesenheit`, { method: 'PUT', body }));
}

export function useSaveMinutes(treffenId: string) {
  return useTreffenMutation(treffenId, (body: { protokoll: string; version: number }) => api<unknown>(`/api/treffen/${id(treffenId)}/protokoll`, { method: 'PUT', body }));
}

export interface ErgebnisBody {
  art: string;
  text: string;
  verantwortlichId: string | null;
  faelligAm: string | null;
}

export function useCreateErgebnis(treffenId: string) {
  return useTreffenMutation(treffenId, (body: ErgebnisBody) => api<Ergebnis>(`/api/treffen/${id(treffenId)}/ergebnisse`, { method: 'POST', body }));
}

export function useUpdateErgebnis(treffenId: string) {
  return useTreffenMutation(treffenId, ({ ergebnisId, body }: { ergebnisId: string; body: ErgebnisBody & { status?: VereinbarungStatus | null; version: number } }) =>
    api<Ergebnis>(`/api/ergebnisse/${id(ergebnisId)}`, { method: 'PUT', body }),
  );
}

export function useDeleteErgebnis(treffenId: string) {
  return useTreffenMutation(treffenId, ({ ergebnisId, version }: { ergebnisId: string; version: number }) =>
    api<unknown>(`/api/ergebnisse/${id(ergebnisId)}`, { method: 'DELETE', body: { version } }),
  );
}

export function usePassOn(treffenId: string) {
  return useTreffenMutation(treffenId, ({ ergebnisId, anNetzwerkId, notiz }: { ergebnisId: string; anNetzwerkId: string; notiz: string | null }) =>
    api<unknown>(`/api/ergebnisse/${id(ergebnisId)}/weitergaben`, { method: 'POST', body: { anNetzwerkId, notiz } }),
  );
}

/** Status of an agreement (its owner or the moderation); used on the meeting page and in "my work". */
export function useSetErgebnisStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ergebnis, status }: { ergebnis: Ergebnis; status: VereinbarungStatus }) =>
      api<Ergebnis>(`/api/ergebnisse/${id(ergebnis.id)}/status`, { method: 'PUT', body: { status, version: ergebnis.version } }),
    onSuccess: (_data, { ergebnis }) => void refreshAfterChange(queryClient, ergebnis.treffenId),
  });
}

export function useMeineArbeit() {
  return useQuery({
    queryKey: meineArbeitKey,
    queryFn: ({ signal }) => api<MeineArbeit>('/api/meine-arbeit', { signal }),
    retry: false,
  });
}




