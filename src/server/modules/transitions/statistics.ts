import type { FallArt, RundenZahlen, Seite } from '../../../domain/transitions/round-contracts.js';

/** What a round keeps after its personal data are deleted: counts only, per round and per school. */
export interface RundenStatistik {
  zahlen: RundenZahlen;
  schulen: { schuleId: string; seite: Seite; eintraege: number; zugeordnet: number; faelle: Partial<Record<FallArt, { offen: number; erledigt: number }>> }[];
}

export const emptyZahlen = (): RundenZahlen => ({
  abgaenge: 0,
  anmeldungen: 0,
  zugeordnet: 0,
  inPruefung: 0,
  faelleOffen: 0,
  faelleErledigt: 0,
  faelleNachArt: {},
  erledigtNachGrund: {},
});

export interface CountInput {
  eintraege: { id: string; art: 'abgang' | 'anmeldung'; schuleId: string }[];
  /** Pairs that count as found (match, or review confirmed). */
  found: { abgangId: string; anmeldungId: string }[];
  /** Review pairs nobody has decided yet. */
  pending: { abgangId: string }[];
  faelle: { art: string; status: string; grund: string | null; zugewiesenAn: string | null; eintraege: string[] }[];
  schulen: { schuleId: string; seite: Seite }[];
}

/** Counts of a round from its entries, found pairs and cases; no name enters. */
export function countRound(input: CountInput): RundenStatistik {
  const zahlen = emptyZahlen();
  const foundIds = new Set(input.found.flatMap((p) => [p.abgangId, p.anmeldungId]));
  const pendingLeavers = new Set(input.pending.map((p) => p.abgangId));
  for (const e of input.eintraege) {
    if (e.art === 'abgang') zahlen.abgaenge++;
    else zahlen.anmeldungen++;
  }
  const foundLeavers = new Set(input.found.map((p) => p.abgangId));
  zahlen.zugeordnet = foundLeavers.size;
  zahlen.inPruefung = [...pendingLeavers].filter((id) => !foundLeavers.has(id)).length;
  for (const f of input.faelle) {
    if (f.status === 'entfallen') continue;
    const perArt = (zahlen.faelleNachArt[f.art] ??= { offen: 0, erledigt: 0 });
    if (f.status === 'offen') {
      zahlen.faelleOffen++;
      perArt.offen++;
    } else {
      zahlen.faelleErledigt++;
      perArt.erledigt++;
      if (f.grund) zahlen.erledigtNachGrund[f.grund] = (zahlen.erledigtNachGrund[f.grund] ?? 0) + 1;
    }
  }
  const schulen = input.schulen.map(({ schuleId, seite }) => {
    const art = seite === 'abgebend' ? 'abgang' : 'anmeldung';
    const own = input.eintraege.filter((e) => e.schuleId === schuleId && e.art === art);
    const faelle: RundenStatistik['schulen'][number]['faelle'] = {};
    for (const f of input.faelle) {
      if (f.status === 'entfallen') continue;
      const concerns = f.zugewiesenAn === schuleId || f.eintraege.some((k) => k.startsWith(`${schuleId}:${art}:`));
      if (!concerns) continue;
      const c = (faelle[f.art as FallArt] ??= { offen: 0, erledigt: 0 });
      if (f.status === 'offen') c.offen++;
      else c.erledigt++;
    }
    return { schuleId, seite, eintraege: own.length, zugeordnet: own.filter((e) => foundIds.has(e.id)).length, faelle };
  });
  return { zahlen, schulen };
}
