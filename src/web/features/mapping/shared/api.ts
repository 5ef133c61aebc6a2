import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schule } from '../../../../domain/directory/contracts.js';
import type { Akteur, AkteurTyp, Angebot, Kooperation, SiteMapping } from '../../../../domain/mapping/contracts.js';
import { api } from '../../../lib/api.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type Query = Record<string, string | number | boolean | null | undefined>;

const id = encodeURIComponent;

/** Everything of the map (lists, details, site profiles, analyses) starts with this key. */
export const mappingKey = ['mapping'] as const;

export type EntityKind = 'akteure' | 'angebote' | 'kooperationen';
export type EntityOf<K extends EntityKind> = K extends 'akteure' ? Akteur : K extends 'angebote' ? Angebot : Kooperation;

export function useEntityList<K extends EntityKind>(kind: K, kommuneId: string | null, query: Query, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...mappingKey, kind, 'list', kommuneId, query],
    queryFn: ({ signal }) => api<Page<EntityOf<K>>>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/${kind}`, { signal, query }),
    enabled: Boolean(kommuneId) && (options.enabled ?? true),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useEntity<K extends EntityKind>(kind: K, entityId: string | null) {
  return useQuery({
    queryKey: [...mappingKey, kind, 'detail', entityId],
    queryFn: ({ signal }) => api<EntityOf<K>>(`/api/mapping/${kind}/${id(entityId ?? '')}`, { signal }),
    enabled: Boolean(entityId),
    retry: false,
    // The edit form keeps its own copy; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

/** Lists, details, analyses and the audit log all show what a change did. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: mappingKey }), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
}

export function useCreateEntity<K extends EntityKind>(kind: K, kommuneId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: object) => api<EntityOf<K>>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/${kind}`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useUpdateEntity<K extends EntityKind>(kind: K, entityId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: object & { version: number }) => api<EntityOf<K>>(`/api/mapping/${kind}/${id(entityId)}`, { method: 'PATCH', body }),
    onSuccess: () => void refresh(),
  });
}

export function useSetArchived<K extends EntityKind>(kind: K, entityId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api<EntityOf<K>>(`/api/mapping/${kind}/${id(entityId)}/${archived ? 'archivieren' : 'wiederherstellen'}`, { method: 'POST', body: { version } }),
    onSuccess: () => void refresh(),
  });
}

/** Built-in and own actor types of a Kommune (the analysis pages read the same list). */
export function useAkteurTypen(kommuneId: string | null) {
  return useQuery({
    queryKey: [...mappingKey, 'akteur-typen', kommuneId],
    queryFn: ({ signal }) => api<{ items: AkteurTyp[] }>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/akteur-typen`, { signal }),
    enabled: Boolean(kommuneId),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useCreateAkteurTyp(kommuneId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => api<AkteurTyp>(`/api/mapping/kommunen/${id(kommuneId)}/akteur-typen`, { method: 'POST', body: { label } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...mappingKey, 'akteur-typen', kommuneId] }),
  });
}

/** Actors, offers and cooperations at one school (its site profile). */
export function useSiteMapping(schuleId: string) {
  return useQuery({
    queryKey: [...mappingKey, 'standort', schuleId],
    queryFn: ({ signal }) => api<SiteMapping>(`/api/mapping/standorte/${id(schuleId)}`, { signal }),
    retry: false,
  });
}

/** Schools of a Kommune matching a search text, for the site pickers. */
export function useSchoolSearch(kommuneId: string | null, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...mappingKey, 'schulen', kommuneId, q],
    queryFn: ({ signal }) => api<Page<Schule>>('/api/directory/schulen', { signal, query: { kommuneId, q: q || undefined, pageSize: 20 } }),
    enabled: Boolean(kommuneId) && enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}

export function useSchoolName(schuleId: string | null) {
  return useQuery({
    queryKey: ['directory', 'schulen', 'detail', schuleId],
    queryFn: ({ signal }) => api<Schule>(`/api/directory/schulen/${id(schuleId ?? '')}`, { signal }),
    enabled: Boolean(schuleId),
    retry: false,
    select: (schule) => schule.name,
  });
}

/** Actors of a Kommune matching a search text, for the provider and partner pickers. */
export function useAkteurSearch(kommuneId: string | null, q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...mappingKey, 'akteure', 'suche', kommuneId, q],
    queryFn: ({ signal }) => api<Page<Akteur>>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/akteure`, { signal, query: { q: q || undefined, pageSize: 20 } }),
    enabled: Boolean(kommuneId) && enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
