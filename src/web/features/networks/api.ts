import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  eingangSchema,
  kalenderAboNeuSchema,
  kalenderAboSchema,
  Mitglied,
  netzwerkKommuneSchema,
  Netzwerk,
  NetzwerkInput,
  Reihe,
  ReiheInput,
  ReihePruefung,
  TreffenInput,
  TreffenKurz,
  vorlageSchema,
} from '../../../domain/networks/contracts.js';
import type { NetzwerkRolle } from '../../../domain/networks/vocabulary.js';
import { api } from '../../lib/api.js';

export type Vorlage = z.infer<typeof vorlageSchema>;
export type Eingang = z.infer<typeof eingangSchema>;
export type KalenderAbo = z.infer<typeof kalenderAboSchema>;
export type KalenderAboNeu = z.infer<typeof kalenderAboNeuSchema>;

const id = encodeURIComponent;

/** Everything of the networks pages starts with this key (the meeting pages read it too). */
export const networksKey = ['networks'] as const;

/** After a change: lists, details and the audit log show what it did. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: networksKey }),
      queryClient.invalidateQueries({ queryKey: ['meetings'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** The caller's networks; archived ones only when asked for. */
export function useNetzwerke(archiviert: boolean) {
  return useQuery({
    queryKey: [...networksKey, 'list', { archiviert }],
    queryFn: ({ signal }) => api<{ items: Netzwerk[] }>('/api/netzwerke', { signal, query: { archiviert: archiviert ? 'true' : undefined } }),
    retry: false,
  });
}

export function useNetzwerk(netzwerkId: string) {
  return useQuery({
    queryKey: [...networksKey, 'detail', netzwerkId],
    queryFn: ({ signal }) => api<Netzwerk>(`/api/netzwerke/${id(netzwerkId)}`, { signal }),
    retry: false,
    // The edit form keeps its own copy; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

export function useCreateNetzwerk() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NetzwerkInput) => api<Netzwerk>('/api/netzwerke', { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useUpdateNetzwerk(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NetzwerkInput & { version: number }) => api<Netzwerk>(`/api/netzwerke/${id(netzwerkId)}`, { method: 'PUT', body }),
    onSuccess: () => void refresh(),
  });
}

export function useSetNetzwerkArchived(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api<Netzwerk>(`/api/netzwerke/${id(netzwerkId)}/${archived ? 'archivieren' : 'wiederherstellen'}`, { method: 'POST', body: { version } }),
    onSuccess: () => void refresh(),
  });
}

export function useMitglieder(netzwerkId: string, enabled = true) {
  return useQuery({
    queryKey: [...networksKey, 'detail', netzwerkId, 'mitglieder'],
    queryFn: ({ signal }) => api<{ items: Mitglied[] }>(`/api/netzwerke/${id(netzwerkId)}/mitglieder`, { signal }),
    enabled,
    retry: false,
  });
}

export function useAddMitglied(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { email: string; rolle: NetzwerkRolle }) => api<Mitglied>(`/api/netzwerke/${id(netzwerkId)}/mitglieder`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useChangeRolle(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ userId, rolle }: { userId: string; rolle: NetzwerkRolle }) =>
      api<Mitglied>(`/api/netzwerke/${id(netzwerkId)}/mitglieder/${id(userId)}`, { method: 'PUT', body: { rolle } }),
    onSuccess: () => void refresh(),
  });
}

export function useRemoveMitglied(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (userId: string) => api<void>(`/api/netzwerke/${id(netzwerkId)}/mitglieder/${id(userId)}`, { method: 'DELETE' }),
    onSuccess: () => void refresh(),
  });
}

/** Formats of the sources (templates), for the series form. */
export function useVorlagen() {
  return useQuery({
    queryKey: [...networksKey, 'vorlagen'],
    queryFn: ({ signal }) => api<{ items: Vorlage[] }>('/api/netzwerke/vorlagen', { signal }),
    staleTime: 60 * 60_000,
    retry: false,
  });
}

export function useReihen(netzwerkId: string, enabled = true) {
  return useQuery({
    queryKey: [...networksKey, 'detail', netzwerkId, 'reihen'],
    queryFn: ({ signal }) => api<{ items: Reihe[] }>(`/api/netzwerke/${id(netzwerkId)}/reihen`, { signal }),
    enabled,
    retry: false,
  });
}

export function usePruefeReihe(netzwerkId: string) {
  return useMutation({
    mutationFn: (body: Pick<ReiheInput, 'regel' | 'beginn' | 'dauerMinuten'>) => api<ReihePruefung>(`/api/netzwerke/${id(netzwerkId)}/reihen/pruefen`, { method: 'POST', body }),
  });
}

export function useCreateReihe(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReiheInput) => api<Reihe>(`/api/netzwerke/${id(netzwerkId)}/reihen`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

/** Meetings of a network between two days (inclusive, "YYYY-MM-DD"); either end may be open. */
export function useNetzwerkTreffen(netzwerkId: string, range: { von?: string; bis?: string }) {
  return useQuery({
    queryKey: [...networksKey, 'detail', netzwerkId, 'treffen', range],
    queryFn: ({ signal }) => api<{ items: TreffenKurz[] }>(`/api/netzwerke/${id(netzwerkId)}/treffen`, { signal, query: range }),
    retry: false,
  });
}

export function useCreateTreffen(netzwerkId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TreffenInput) => api<TreffenKurz>(`/api/netzwerke/${id(netzwerkId)}/treffen`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

/** Results other networks passed to this one. */
export function useEingang(netzwerkId: string, enabled = true) {
  return useQuery({
    queryKey: [...networksKey, 'detail', netzwerkId, 'eingang'],
    queryFn: ({ signal }) => api<Eingang>(`/api/netzwerke/${id(netzwerkId)}/eingang`, { signal }),
    enabled,
    retry: false,
  });
}

export function useAcknowledge() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (weitergabeId: string) => api<unknown>(`/api/weitergaben/${id(weitergabeId)}/empfangen`, { method: 'POST' }),
    onSuccess: () => void refresh(),
  });
}

/** The caller's calendar subscriptions (all networks; the page picks this network's). */
export function useKalenderAbos() {
  return useQuery({
    queryKey: ['calendar', 'abos'],
    queryFn: ({ signal }) => api<{ items: KalenderAbo[] }>('/api/kalender-abos', { signal }),
    retry: false,
  });
}

export function useCreateKalenderAbo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { bezeichnung: string; netzwerkId: string | null }) => api<KalenderAboNeu>('/api/kalender-abos', { method: 'POST', body }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['calendar'] }), queryClient.invalidateQueries({ queryKey: ['audit'] })]),
  });
}

export function useRevokeKalenderAbo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (aboId: string) => api<void>(`/api/kalender-abos/${id(aboId)}`, { method: 'DELETE' }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['calendar'] }), queryClient.invalidateQueries({ queryKey: ['audit'] })]),
  });
}

export type NetzwerkKommune = z.infer<typeof netzwerkKommuneSchema>;

/** The Kommunen the caller may involve in a network (coordinators), each with its state when known. */
export function useTraegerKommunen(enabled = true) {
  return useQuery({
    queryKey: [...networksKey, 'kommunen'],
    queryFn: ({ signal }) => api<{ items: NetzwerkKommune[] }>('/api/netzwerke/kommunen', { signal }),
    enabled,
    staleTime: 10 * 60_000,
    retry: false,
  });
}
