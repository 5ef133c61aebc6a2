import type { EintragStatus, ListenArt, Seite } from '../../../domain/transitions/round-contracts.js';
import type { DbOrTx } from '../../core/db.js';
import { countRound, type RundenStatistik } from './statistics.js';
import { entryKey } from './transitions-access.js';
import { eintraegeOfRunde, entscheidungenOfRunde, faelleOfRunde, paareOfRunde, type EintragRow, type FallRow, type PaarRow, type RundeRow } from './transitions.repository.js';

export type RoundEntry = EintragRow & { schuleId: string; art: ListenArt };
export type PaarStatus = 'offen' | 'bestaetigt' | 'abgelehnt';

/** Everything a round's pages derive from: entries, pairs with what people decided, cases. */
export interface RoundState {
  entries: RoundEntry[];
  byId: Map<string, RoundEntry>;
  byKey: Map<string, RoundEntry>;
  paare: (PaarRow & { status: PaarStatus | null; entschiedenAm: Date | null })[];
  faelle: FallRow[];
}

export async function loadRoundState(db: DbOrTx, rundeId: string): Promise<RoundState> {
  const [entries, paare, decisions, faelle] = await Promise.all([eintraegeOfRunde(db, rundeId), paareOfRunde(db, rundeId), entscheidungenOfRunde(db, rundeId), faelleOfRunde(db, rundeId)]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byKey = new Map(entries.map((e) => [entryKey(e), e]));
  const decided = new Map(decisions.map((d) => [`${d.abgangSchluessel}|${d.anmeldungSchluessel}`, d]));
  return {
    entries,
    byId,
    byKey,
    faelle,
    paare: paare.map((p) => {
      if (p.vorschlag === 'match') return { ...p, status: null, entschiedenAm: null };
      const a = byId.get(p.abgangId);
      const r = byId.get(p.anmeldungId);
      const d = a && r ? decided.get(`${entryKey(a)}|${entryKey(r)}`) : undefined;
      return { ...p, status: (d?.entscheidung as PaarStatus | undefined) ?? 'offen', entschiedenAm: d?.entschiedenAm ?? null };
    }),
  };
}

/** Pairs that count as the same child: certain matches and confirmed reviews. */
export const foundPairs = (s: RoundState) => s.paare.filter((p) => p.vorschlag === 'match' || p.status === 'bestaetigt');
export const pendingPairs = (s: RoundState) => s.paare.filter((p) => p.status === 'offen');

export function statisticsOf(s: RoundState, schulen: { id: string; seite: Seite }[]): RundenStatistik {
  return countRound({
    eintraege: s.entries,
    found: foundPairs(s),
    pending: pendingPairs(s),
    faelle: s.faelle,
    schulen: schulen.map((x) => ({ schuleId: x.id, seite: x.seite })),
  });
}

/** The status a school sees of each child on its own list. */
export function entryStatuses(s: RoundState, runde: RundeRow, listUploadedAt: Date | null): (e: RoundEntry) => EintragStatus {
  const stale = !runde.abgleichAm || (listUploadedAt !== null && listUploadedAt > runde.abgleichAm);
  const found = foundPairs(s);
  const foundCount = new Map<string, number>();
  for (const p of found) {
    foundCount.set(p.abgangId, (foundCount.get(p.abgangId) ?? 0) + 1);
    foundCount.set(p.anmeldungId, (foundCount.get(p.anmeldungId) ?? 0) + 1);
  }
  const pending = new Set(pendingPairs(s).flatMap((p) => [p.abgangId, p.anmeldungId]));
  const caseOf = new Map<string, FallRow>();
  for (const f of s.faelle) {
    if (f.status === 'entfallen') continue;
    for (const k of f.eintraege) if (!caseOf.has(k) || f.status === 'offen') caseOf.set(k, f);
  }
  return (e) => {
    if (stale) return 'nicht-abgeglichen';
    const n = foundCount.get(e.id) ?? 0;
    const fall = caseOf.get(entryKey(e));
    if (fall?.status === 'erledigt' && n === 0) return 'geklaert';
    if (e.art === 'abgang' && (n > 1 || fall?.art === 'mehrfach')) return 'mehrfach';
    if (n > 0) return e.art === 'abgang' ? 'angemeldet' : 'zugeordnet';
    if (pending.has(e.id)) return 'in-pruefung';
    return e.art === 'abgang' ? 'unversorgt' : 'ohne-abgang';
  };
}

