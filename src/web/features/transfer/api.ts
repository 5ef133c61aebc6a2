import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  KontextFrageDto,
  Lernnetzwerk,
  kontextFrageBody,
  kontextFrageUpdateBody,
  Luecke,
  lueckeBody,
  lueckenrasterSchema,
  matchesSchema,
  praxisBody,
  PraxisDetail,
  praxisKopfSchema,
  praxisSeiteSchema,
  transferAnfrageBody,
  TransferDetail,
  transferSchema,
  vorschlaegeSchema,
  Vorschlag,
} from '../../../domain/transfer/contracts.js';
import type { Altersphase, Handlungsfeld } from '../../../domain/shared/vocabularies.js';
import { api } from '../../lib/api.js';

export type { KontextFrageDto, Lernnetzwerk, Luecke, PraxisDetail, TransferDetail, Vorschlag };
export type Lueckenraster = z.infer<typeof lueckenrasterSchema>;
export type Vorschlaege = z.infer<typeof vorschlaegeSchema>;
export type Matches = z.infer<typeof matchesSchema>;
export type PraxisKopf = z.infer<typeof praxisKopfSchema>;
export type PraxisSeite = z.infer<typeof praxisSeiteSchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type LueckeInput = z.input<typeof lueckeBody>;
export type PraxisInput = z.output<typeof praxisBody>;
export type TransferAnfrage = z.output<typeof transferAnfrageBody>;
export type KontextFrageInput = z.output<typeof kontextFrageBody>;
export type KontextFrageUpdate = z.output<typeof kontextFrageUpdateBody>;

const id = encodeURIComponent;
const base = '/api/transfer';

/** Everything of the learning-network pages starts with this key. */
export const transferKey = ['transfer'] as const;

/** After a change: every page of the module shows it (gaps change proposals, transfers change practices), and the audit log. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: transferKey }), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
}

// ---- Learning networks

/** The learning networks of the caller's Kommunen (also when the caller is no member of the network itself). */
export function useLernnetzwerke() {
  return useQuery({
    queryKey: [...transferKey, 'lernnetzwerke'],
    queryFn: ({ signal }) => api<{ items: Lernnetzwerk[] }>(`${base}/lernnetzwerke`, { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

// ---- Context questions

export function useKontextfragen() {
  return useQuery({
    queryKey: [...transferKey, 'kontextfragen'],
    queryFn: ({ signal }) => api<{ items: KontextFrageDto[] }>(`${base}/kontextfragen`, { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useCreateKontextfrage() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: KontextFrageInput) => api<KontextFrageDto>(`${base}/kontextfragen`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useUpdateKontextfrage() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ frageId, body }: { frageId: string; body: KontextFrageUpdate }) => api<KontextFrageDto>(`${base}/kontextfragen/${id(frageId)}`, { method: 'PUT', body }),
    // A stale version also reloads the catalogue, so the next try carries the stored version.
    onSettled: () => void refresh(),
  });
}

// ---- Gap grid

const rasterKey = (kommuneId: string) => [...transferKey, 'raster', kommuneId] as const;

export function useLueckenraster(kommuneId: string | null | undefined) {
  return useQuery({
    queryKey: rasterKey(kommuneId ?? ''),
    queryFn: ({ signal }) => api<Lueckenraster>(`${base}/kommunen/${id(kommuneId ?? '')}/luecken`, { signal }),
    enabled: Boolean(kommuneId),
    retry: false,
    // Forms on the page keep their own input; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

export function useCreateLuecke(kommuneId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: LueckeInput) => api<Luecke>(`${base}/kommunen/${id(kommuneId)}/luecken`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

export function useUpdateLuecke() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ lueckeId, body }: { lueckeId: string; body: LueckeInput & { version: number } }) => api<Luecke>(`${base}/luecken/${id(lueckeId)}`, { method: 'PUT', body }),
    // Also after a 409: the stored gap comes in, the form keeps the person's input.
    onSettled: () => void refresh(),
  });
}

export function useDeleteLuecke() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ lueckeId, version }: { lueckeId: string; version: number }) => api<void>(`${base}/luecken/${id(lueckeId)}`, { method: 'DELETE', body: { version } }),
    onSettled: () => void refresh(),
  });
}

export function useVorschlaege(lueckeId: string, enabled = true) {
  return useQuery({
    queryKey: [...transferKey, 'vorschlaege', lueckeId],
    queryFn: ({ signal }) => api<Vorschlaege>(`${base}/luecken/${id(lueckeId)}/vorschlaege`, { signal }),
    enabled,
    retry: false,
  });
}

export function useMatches(netzwerkId: string) {
  return useQuery({
    queryKey: [...transferKey, 'matches', netzwerkId],
    queryFn: ({ signal }) => api<Matches>(`${base}/netzwerke/${id(netzwerkId)}/matches`, { signal }),
    retry: false,
  });
}

// ---- Practice library

export interface PraxisSuche {
  q?: string;
  handlungsfeld?: Handlungsfeld;
  altersphase?: Altersphase;
  kommuneId?: string;
  netzwerkId?: string;
  page: number;
  pageSize: number;
}

export function usePraxisSuche(query: PraxisSuche) {
  return useQuery({
    queryKey: [...transferKey, 'praxis', 'suche', query],
    queryFn: ({ signal }) => api<PraxisSeite>(`${base}/praxisbeispiele`, { signal, query: { ...query } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

const praxisKey = (praxisId: string) => [...transferKey, 'praxis', 'detail', praxisId] as const;

export function usePraxis(praxisId: string | null | undefined) {
  return useQuery({
    queryKey: praxisKey(praxisId ?? ''),
    queryFn: ({ signal }) => api<PraxisDetail>(`${base}/praxisbeispiele/${id(praxisId ?? '')}`, { signal }),
    enabled: Boolean(praxisId),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useSavePraxis() {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { kommuneId: string; body: PraxisInput } | { praxisId: string; body: PraxisInput & { version: number } }) =>
      'praxisId' in input
        ? api<PraxisDetail>(`${base}/praxisbeispiele/${id(input.praxisId)}`, { method: 'PUT', body: input.body })
        : api<PraxisDetail>(`${base}/kommunen/${id(input.kommuneId)}/praxisbeispiele`, { method: 'POST', body: input.body }),
    onSuccess: (saved) => queryClient.setQueryData(praxisKey(saved.id), saved),
    onSettled: () => void refresh(),
  });
}

// ---- Transfers

export function useTransfers() {
  return useQuery({
    queryKey: [...transferKey, 'transfers'],
    queryFn: ({ signal }) => api<{ items: Transfer[] }>(`${base}/transfers`, { signal }),
    retry: false,
  });
}

export function useCreateTransfer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TransferAnfrage) => api<TransferDetail>(`${base}/transfers`, { method: 'POST', body }),
    onSuccess: () => void refresh(),
  });
}

const transferDetailKey = (transferId: string) => [...transferKey, 'transfer', transferId] as const;

export function useTransfer(transferId: string) {
  return useQuery({
    queryKey: transferDetailKey(transferId),
    queryFn: ({ signal }) => api<TransferDetail>(`${base}/transfers/${id(transferId)}`, { signal }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export type TransferAktion =
  | { path: 'antworten'; body: { antworten: { frageId: string; antwort: string }[]; version: number } }
  | { path: 'austausch'; body: { termin: string; ort: string | null; version: number } }
  | { path: 'nachbereitung'; body: { angepassteUmsetzung: string; erfahrung: string | null; version: number } }
  | { path: 'abbrechen'; body: { version: number } };

/** Every step answers with the transfer; it replaces the cached one at once. A 409 loads the stored one. */
export function useTransferAktion(transferId: string) {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: TransferAktion) => api<TransferDetail>(`${base}/transfers/${id(transferId)}/${path}`, { method: 'POST', body }),
    onSuccess: (transfer) => queryClient.setQueryData(transferDetailKey(transferId), transfer),
    onSettled: () => void refresh(),
  });
}
