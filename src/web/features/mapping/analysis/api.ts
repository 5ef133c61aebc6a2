import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Kommune, Sozialraum } from '../../../../domain/directory/contracts.js';
import type { Abdeckung, Netzwerk, NetzwerkQuery, Ressourcen } from '../../../../domain/mapping/analysis/contracts.js';
import type { AkteurTyp } from '../../../../domain/mapping/contracts.js';
import { api } from '../../../lib/api.js';

const id = encodeURIComponent;
export const analysisKey = ['mapping', 'analysis'] as const;

/** All Kommunen for the picker (the same list the directory uses). */
export function useKommunenList() {
  return useQuery({
    queryKey: ['directory', 'kommunen'],
    queryFn: ({ signal }) => api<{ items: Kommune[] }>('/api/directory/kommunen', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** The Sozialräume of a Kommune (from the directory's Kommune page data). */
export function useSozialraeume(kommuneId: string | null) {
  return useQuery({
    queryKey: ['directory', 'kommunen', 'detail', kommuneId],
    queryFn: ({ signal }) => api<{ sozialraeume: Sozialraum[] }>(`/api/directory/kommunen/${id(kommuneId ?? '')}`, { signal }),
    enabled: Boolean(kommuneId),
    select: (data) => data.sozialraeume,
    retry: false,
  });
}

export function useAkteurTypen(kommuneId: string | null) {
  return useQuery({
    queryKey: ['mapping', 'akteur-typen', kommuneId],
    queryFn: ({ signal }) => api<{ items: AkteurTyp[] }>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/akteur-typen`, { signal }),
    enabled: Boolean(kommuneId),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useNetzwerk(kommuneId: string | null, filter: NetzwerkQuery) {
  return useQuery({
    queryKey: [...analysisKey, 'netzwerk', kommuneId, filter],
    queryFn: ({ signal }) => api<Netzwerk>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/netzwerk`, { signal, query: { ...filter } }),
    enabled: Boolean(kommuneId),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export type Bereich = { art: 'schule'; id: string } | { art: 'sozialraum'; id: string };

export function useAbdeckung(bereich: Bereich | null) {
  return useQuery({
    queryKey: [...analysisKey, 'abdeckung', bereich],
    queryFn: ({ signal }) =>
      api<Abdeckung>(bereich!.art === 'schule' ? `/api/mapping/standorte/${id(bereich!.id)}/abdeckung` : `/api/mapping/sozialraeume/${id(bereich!.id)}/abdeckung`, { signal }),
    enabled: Boolean(bereich),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Resource figures; its rows are also the school list of the Kommune for the pickers. */
export function useRessourcen(kommuneId: string | null) {
  return useQuery({
    queryKey: [...analysisKey, 'ressourcen', kommuneId],
    queryFn: ({ signal }) => api<Ressourcen>(`/api/mapping/kommunen/${id(kommuneId ?? '')}/ressourcen`, { signal }),
    enabled: Boolean(kommuneId),
    retry: false,
  });
}
