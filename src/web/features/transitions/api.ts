import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AbgleichErgebnis,
  EigeneListe,
  Fall,
  FallDetail,
  FallListQuery,
  ListeBericht,
  ListenArt,
  Pruefung,
  PruefEntscheidung,
  Runde,
  RundeBody,
  RundeKopf,
  UebergangBereich,
  Uebersicht,
} from '../../../domain/transitions/round-contracts.js';
import type { ListColumn } from '../../../domain/transitions/pupil-list.js';
import { api } from '../../lib/api.js';

export type { AbgleichErgebnis, EigeneListe, Fall, FallDetail, ListeBericht, Pruefung, Runde, RundeKopf, UebergangBereich, Uebersicht };

const id = encodeURIComponent;
const base = '/api/uebergaenge';
const rundeUrl = (rundeId: string) => `${base}/runden/${id(rundeId)}`;

/** Everything of the transition pages starts with this key. */
export const transitionsKey = ['transitions'] as const;
const rundeKey = (rundeId: string) => [...transitionsKey, 'runde', rundeId] as const;

/** After a change in a round: the round, its lists, reviews, cases and counts (and the audit log). */
function useRefreshRunde(rundeId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: rundeKey(rundeId) }),
      queryClient.invalidateQueries({ queryKey: [...transitionsKey, 'runden'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** Kommunen where the caller may open a round, with their schools (empty: may not open rounds). */
export function useBereiche() {
  return useQuery({
    queryKey: [...transitionsKey, 'bereiche'],
    queryFn: ({ signal }) => api<{ items: UebergangBereich[] }>(`${base}/bereiche`, { signal }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useRunden() {
  return useQuery({
    queryKey: [...transitionsKey, 'runden'],
    queryFn: ({ signal }) => api<{ items: RundeKopf[] }>(`${base}/runden`, { signal }),
    retry: false,
  });
}

export function useCreateRunde() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RundeBody) => api<Runde>(`${base}/runden`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: transitionsKey }),
  });
}

export function useRunde(rundeId: string) {
  return useQuery({
    queryKey: rundeKey(rundeId),
    queryFn: ({ signal }) => api<Runde>(rundeUrl(rundeId), { signal }),
    retry: false,
  });
}

// ---- Lists

export interface ListeUpload {
  file: File;
  format: 'csv' | 'xlsx';
  /** Header → field chosen in the column-mapping step ('' = ignore). */
  spalten?: Record<string, ListColumn | ''>;
  dryRun: boolean;
}

/** File bytes → base64, in slices small enough for String.fromCharCode. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const listeUrl = (rundeId: string, schuleId: string, art: ListenArt) => `${rundeUrl(rundeId)}/listen/${id(schuleId)}/${id(art)}`;

export function useEigeneListe(rundeId: string, schuleId: string, art: ListenArt, enabled = true) {
  return useQuery({
    queryKey: [...rundeKey(rundeId), 'liste', schuleId, art],
    queryFn: ({ signal }) => api<EigeneListe>(listeUrl(rundeId, schuleId, art), { signal }),
    enabled,
    retry: false,
  });
}

export function useUploadListe(rundeId: string, schuleId: string, art: ListenArt) {
  const refresh = useRefreshRunde(rundeId);
  return useMutation({
    mutationFn: async ({ file, format, spalten, dryRun }: ListeUpload) =>
      api<ListeBericht>(listeUrl(rundeId, schuleId, art), { method: 'POST', body: { format, content: await fileToBase64(file), spalten, dryRun } }),
    onSuccess: (bericht) => {
      if (bericht.ok && !bericht.dryRun) void refresh();
    },
  });
}

// ---- Matching and review

export function useAbgleich(rundeId: string) {
  const refresh = useRefreshRunde(rundeId);
  return useMutation({
    mutationFn: () => api<AbgleichErgebnis>(`${rundeUrl(rundeId)}/abgleich`, { method: 'POST' }),
    onSuccess: () => void refresh(),
  });
}

export type PruefFilter = 'offen' | 'alle';

export function usePruefungen(rundeId: string, status: PruefFilter, enabled = true) {
  return useQuery({
    queryKey: [...rundeKey(rundeId), 'pruefungen', status],
    queryFn: ({ signal }) => api<{ items: Pruefung[] }>(`${rundeUrl(rundeId)}/pruefungen`, { signal, query: { status } }),
    enabled,
    retry: false,
    // Decided pairs stay on screen until the person reloads or changes the filter.
    refetchOnWindowFocus: false,
  });
}

/**
 * A decision updates the pair where it is shown: it stays in the list (also under "offen") with its
 * new status until the list is loaded again, so the person sees what they decided.
 */
export function useEntscheiden(rundeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ paarId, entscheidung }: { paarId: string; entscheidung: PruefEntscheidung }) =>
      api<Pruefung>(`${rundeUrl(rundeId)}/pruefungen/${id(paarId)}`, { method: 'POST', body: { entscheidung } }),
    onSuccess: (pruefung) => {
      queryClient.setQueriesData<{ items: Pruefung[] }>({ queryKey: [...rundeKey(rundeId), 'pruefungen'] }, (old) =>
        old ? { items: old.items.map((p) => (p.id === pruefung.id ? pruefung : p)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: rundeKey(rundeId), predicate: (q) => q.queryKey[3] !== 'pruefungen' });
      void queryClient.invalidateQueries({ queryKey: [...transitionsKey, 'runden'] });
    },
  });
}

// ---- Cases

export function useFaelle(rundeId: string, query: FallListQuery, enabled = true) {
  return useQuery({
    queryKey: [...rundeKey(rundeId), 'faelle', query],
    queryFn: ({ signal }) => api<{ items: Fall[] }>(`${rundeUrl(rundeId)}/faelle`, { signal, query: { ...query } }),
    enabled,
    retry: false,
  });
}

const fallKey = (rundeId: string, fallId: string) => [...rundeKey(rundeId), 'fall', fallId] as const;
const fallUrl = (rundeId: string, fallId: string) => `${rundeUrl(rundeId)}/faelle/${id(fallId)}`;

export function useFall(rundeId: string, fallId: string) {
  return useQuery({
    queryKey: fallKey(rundeId, fallId),
    queryFn: ({ signal }) => api<FallDetail>(fallUrl(rundeId, fallId), { signal }),
    retry: false,
    // Forms on the page keep their own input; a silent refetch must not look like someone else's change.
    refetchOnWindowFocus: false,
  });
}

type FallAktion = { path: 'zuweisung'; body: { schuleId: string | null; version: number } } | { path: 'kommentare'; body: { text: string } } | { path: 'erledigen'; body: { grund: string; notiz: string | null; version: number } } | { path: 'wiedereroeffnen'; body: { version: number } };

/** Every change of a case answers with the case; it replaces the cached one at once. */
export function useFallAktion(rundeId: string, fallId: string) {
  const refresh = useRefreshRunde(rundeId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: FallAktion) => api<FallDetail>(`${fallUrl(rundeId, fallId)}/${path}`, { method: 'POST', body }),
    onSuccess: (fall) => {
      queryClient.setQueryData(fallKey(rundeId, fallId), fall);
      void refresh();
    },
  });
}

/** After a 409 the stored case is loaded again; the person's input stays in the form. */
export function useReloadFall(rundeId: string, fallId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: fallKey(rundeId, fallId), exact: true });
}

// ---- Overview and closing

export function useUebersicht(rundeId: string) {
  return useQuery({
    queryKey: [...rundeKey(rundeId), 'uebersicht'],
    queryFn: ({ signal }) => api<Uebersicht>(`${rundeUrl(rundeId)}/uebersicht`, { signal }),
    retry: false,
  });
}

export function useAbschliessen(rundeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api<Runde>(`${rundeUrl(rundeId)}/abschliessen`, { method: 'POST', body: { version } }),
    onSuccess: (runde) => {
      queryClient.setQueryData(rundeKey(rundeId), runde);
      // Closing may delete every name of the round: nothing cached of it may stay.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] === transitionsKey[0] && q.queryKey[2] === rundeId && q.queryKey.length > 3 });
      void queryClient.invalidateQueries({ queryKey: transitionsKey });
    },
    // A stale version: the stored round comes in, the dialog shows the server's message.
    onError: () => void queryClient.invalidateQueries({ queryKey: rundeKey(rundeId), exact: true }),
  });
}
