import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Bereich,
  freigabeNeuSchema,
  freigabeSchema,
  geteiltSchema,
  ModellInput,
  SchulErklaerung,
  Szenario,
  SzenarioKopf,
  szenarioVersionSchema,
  Vergleich,
  versionEintragSchema,
  vorschauSchema,
} from '../../../domain/allocation/contracts.js';
import { api, buildUrl } from '../../lib/api.js';

const id = encodeURIComponent;

export type Freigabe = z.infer<typeof freigabeSchema>;
export type FreigabeNeu = z.infer<typeof freigabeNeuSchema>;
export type Geteilt = z.infer<typeof geteiltSchema>;
export type VersionEintrag = z.infer<typeof versionEintragSchema>;
export type SzenarioVersion = z.infer<typeof szenarioVersionSchema>;
export type Vorschau = z.infer<typeof vorschauSchema>;
export type { Bereich, SchulErklaerung, Szenario, SzenarioKopf, Vergleich };

/** Everything of the allocation pages starts with this key. */
export const allocationKey = ['allocation'] as const;
const szenarioKey = (szenarioId: string) => [...allocationKey, 'szenario', szenarioId] as const;

/** After a change: lists, the scenario, its versions and share links, comparisons and the audit log. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: allocationKey }), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
}

/** Kommunen and Länder where the caller may create scenarios (empty: may only read). */
export function useBereiche() {
  return useQuery({
    queryKey: [...allocationKey, 'bereiche'],
    queryFn: ({ signal }) => api<{ items: Bereich[] }>('/api/verteilung/bereiche', { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export type ArchivFilter = 'false' | 'true' | 'alle';

/** Scenario headers the caller may read, optionally of one scope. */
export function useSzenarien(filter: { archiviert: ArchivFilter; scopeId?: string }) {
  return useQuery({
    queryKey: [...allocationKey, 'list', filter],
    queryFn: ({ signal }) => api<{ items: SzenarioKopf[] }>('/api/verteilung/szenarien', { signal, query: { archiviert: filter.archiviert, scopeId: filter.scopeId } }),
    retry: false,
  });
}

/** A scenario with its current model and result per school. */
export function useSzenario(szenarioId: string) {
  return useQuery({
    queryKey: szenarioKey(szenarioId),
    queryFn: ({ signal }) => api<Szenario>(`/api/verteilung/szenarien/${id(szenarioId)}`, { signal }),
    retry: false,
    // The edit form keeps its own copy; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

export interface SzenarioBody {
  scopeId: string;
  name: string;
  beschreibung: string | null;
  modell: ModellInput;
}

export function useCreateSzenario() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SzenarioBody) => api<Szenario>('/api/verteilung/szenarien', { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useUpdateSzenario(szenarioId: string) {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<SzenarioBody, 'scopeId'> & { version: number }) => api<Szenario>(`/api/verteilung/szenarien/${id(szenarioId)}`, { method: 'PUT', body }),
    onSuccess: (data) => {
      queryClient.setQueryData(szenarioKey(szenarioId), data);
      void refresh();
    },
  });
}

export function useSetSzenarioArchived(szenarioId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api<SzenarioKopf>(`/api/verteilung/szenarien/${id(szenarioId)}/${archived ? 'archivieren' : 'wiederherstellen'}`, { method: 'POST', body: { version } }),
    onSuccess: () => void refresh(),
  });
}

export function useVersionen(szenarioId: string) {
  return useQuery({
    queryKey: [...szenarioKey(szenarioId), 'versionen'],
    queryFn: ({ signal }) => api<{ items: VersionEintrag[] }>(`/api/verteilung/szenarien/${id(szenarioId)}/versionen`, { signal }),
    retry: false,
  });
}

/** A saved version with its result exactly as computed then. */
export function useVersion(szenarioId: string, nummer: number | null) {
  return useQuery({
    queryKey: [...szenarioKey(szenarioId), 'version', nummer],
    queryFn: ({ signal }) => api<SzenarioVersion>(`/api/verteilung/szenarien/${id(szenarioId)}/versionen/${nummer}`, { signal }),
    enabled: nummer !== null,
    retry: false,
  });
}

/** Why a school gets what it gets; `version` null: the current version. */
export function useSchulErklaerung(szenarioId: string, schuleId: string, version: number | null = null) {
  return useQuery({
    queryKey: [...szenarioKey(szenarioId), 'schule', schuleId, version],
    queryFn: ({ signal }) => api<SchulErklaerung>(`/api/verteilung/szenarien/${id(szenarioId)}/schulen/${id(schuleId)}`, { signal, query: { version: version ?? undefined } }),
    retry: false,
  });
}

/** Download addresses of a scenario's result (current version unless one is given). */
export const exportUrl = (szenarioId: string, format: 'csv' | 'xlsx', version?: number) => buildUrl(`/api/verteilung/szenarien/${id(szenarioId)}/export.${format}`, { version });

/**
 * The model computed without saving, for the form. `modell` null: nothing to compute yet. The last
 * answer stays on screen while the next one is computed, so the preview does not flicker.
 */
export function useVorschau(scopeId: string | null, modell: ModellInput | null) {
  return useQuery({
    queryKey: [...allocationKey, 'vorschau', scopeId, modell],
    queryFn: ({ signal }) => api<Vorschau>('/api/verteilung/vorschau', { method: 'POST', body: { scopeId, modell }, signal }),
    enabled: scopeId !== null && modell !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

/** Two to five scenarios side by side; each entry is an id, or "id:3" for version 3. */
export function useVergleich(ids: string[]) {
  return useQuery({
    queryKey: [...allocationKey, 'vergleich', ids],
    queryFn: ({ signal }) => api<Vergleich>('/api/verteilung/vergleich', { signal, query: { ids: ids.join(',') } }),
    enabled: ids.length >= 2,
    retry: false,
  });
}

// ---- Share links for the steering group

export function useFreigaben(szenarioId: string, enabled = true) {
  return useQuery({
    queryKey: [...szenarioKey(szenarioId), 'freigaben'],
    queryFn: ({ signal }) => api<{ items: Freigabe[] }>(`/api/verteilung/szenarien/${id(szenarioId)}/freigaben`, { signal }),
    enabled,
    retry: false,
  });
}

/** The answer carries the address once; afterwards only its name is shown. */
export function useCreateFreigabe(szenarioId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (bezeichnung: string) => api<FreigabeNeu>(`/api/verteilung/szenarien/${id(szenarioId)}/freigaben`, { method: 'POST', body: { bezeichnung } }),
    onSuccess: () => void refresh(),
  });
}

export function useRevokeFreigabe(szenarioId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (freigabeId: string) => api<void>(`/api/verteilung/szenarien/${id(szenarioId)}/freigaben/${id(freigabeId)}`, { method: 'DELETE' }),
    onSuccess: () => void refresh(),
  });
}

/** The shared scenario, read without a session: the token in the address is the key. */
export function useGeteilt(token: string) {
  return useQuery({
    queryKey: [...allocationKey, 'geteilt', token],
    queryFn: ({ signal }) => api<Geteilt>(`/api/verteilung/geteilt/${id(token)}`, { signal }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useGeteilteSchule(token: string, schuleId: string) {
  return useQuery({
    queryKey: [...allocationKey, 'geteilt', token, 'schule', schuleId],
    queryFn: ({ signal }) => api<SchulErklaerung>(`/api/verteilung/geteilt/${id(token)}/schulen/${id(schuleId)}`, { signal }),
    retry: false,
  });
}
