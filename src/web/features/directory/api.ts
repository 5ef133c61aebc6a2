import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Kommune, Schule, Sozialraum, kommuneDetailSchema, schoolSorts } from '../../../domain/directory/contracts.js';
import { api } from '../../lib/api.js';

export type KommuneDetail = z.infer<typeof kommuneDetailSchema>;
export type SchoolSort = (typeof schoolSorts)[number];
export type SortDirection = 'asc' | 'desc';

export interface SchoolPage {
  items: Schule[];
  total: number;
  page: number;
  pageSize: number;
  attribution: string;
}

/** What the school list asks the server for (already in the API's vocabulary). */
export interface SchoolQuery {
  kommuneId?: string;
  schulform?: string[];
  sozialindexMin?: number;
  sozialindexMax?: number;
  ohneSozialindex?: boolean;
  startchancen?: boolean;
  sozialraumId?: string;
  q?: string;
  sort: SchoolSort;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

export const directoryKey = ['directory'] as const;
const kommunenKey = [...directoryKey, 'kommunen'] as const;
const schulenKey = [...directoryKey, 'schulen'] as const;

const id = encodeURIComponent;

/** All Kommunen (396 in NRW) with their number of schools; small enough to filter in the browser. */
export function useKommunen() {
  return useQuery({
    queryKey: kommunenKey,
    queryFn: ({ signal }) => api<{ items: Kommune[] }>('/api/directory/kommunen', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useKommune(kommuneId: string | null | undefined) {
  return useQuery({
    queryKey: [...kommunenKey, 'detail', kommuneId],
    queryFn: ({ signal }) => api<KommuneDetail>(`/api/directory/kommunen/${id(kommuneId ?? '')}`, { signal }),
    enabled: Boolean(kommuneId),
    retry: false,
  });
}

export function useSchulformen() {
  return useQuery({
    queryKey: [...directoryKey, 'schulformen'],
    queryFn: ({ signal }) => api<{ items: string[] }>('/api/directory/schulformen', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useSchools(query: SchoolQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...schulenKey, 'list', query],
    queryFn: ({ signal }) =>
      api<SchoolPage>('/api/directory/schulen', {
        signal,
        query: {
          ...query,
          schulform: query.schulform?.length ? query.schulform.join(',') : undefined,
        },
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useSchool(schuleId: string) {
  return useQuery({
    queryKey: [...schulenKey, 'detail', schuleId],
    queryFn: ({ signal }) => api<Schule>(`/api/directory/schulen/${id(schuleId)}`, { signal }),
    retry: false,
  });
}

/** Sozialräume, their school counts and school lists all change together. */
function useRefreshDirectory() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: directoryKey }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useAssignSozialraum(schuleId: string) {
  const refresh = useRefreshDirectory();
  return useMutation({
    mutationFn: (body: { sozialraumId: string | null; version: number }) =>
      api<Schule>(`/api/directory/schulen/${id(schuleId)}/sozialraum`, { method: 'PUT', body }),
    onSettled: () => refresh(),
  });
}

export function useCreateSozialraum(kommuneId: string) {
  const refresh = useRefreshDirectory();
  return useMutation({
    mutationFn: (body: { name: string; beschreibung?: string | null }) =>
      api<Sozialraum>(`/api/directory/kommunen/${id(kommuneId)}/sozialraeume`, { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useUpdateSozialraum() {
  const refresh = useRefreshDirectory();
  return useMutation({
    mutationFn: ({ sozialraumId, ...body }: { sozialraumId: string; name: string; beschreibung?: string | null; version: number }) =>
      api<Sozialraum>(`/api/directory/sozialraeume/${id(sozialraumId)}`, { method: 'PATCH', body }),
    onSettled: () => refresh(),
  });
}

export function useDeleteSozialraum() {
  const refresh = useRefreshDirectory();
  return useMutation({
    mutationFn: (sozialraumId: string) => api<void>(`/api/directory/sozialraeume/${id(sozialraumId)}`, { method: 'DELETE' }),
    onSettled: () => refresh(),
  });
}
