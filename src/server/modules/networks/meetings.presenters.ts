import type { Ergebnis, Treffen } from '../../../domain/networks/contracts.js';
import type { AnmeldeStatus, ErgebnisArt, NetzwerkRolle, TagesordnungsArt, VereinbarungStatus } from '../../../domain/networks/vocabulary.js';
import { localDay } from '../../../domain/networks/recurrence.js';
import type { AgendaItem, AnmeldungItem, ErgebnisItem, WeitergabeItem } from './meetings.repository.js';
import type { NetzwerkRow, TreffenRow } from './networks-access.js';
import { presentTreffenKurz } from './treffen.presenter.js';

/** Today's calendar day in Germany: what "overdue" is measured against. */
export const todayInBerlin = (now = new Date()) => localDay(now);

export function presentWeitergabe(w: WeitergabeItem) {
  return {
    id: w.id,
    von: { id: w.vonNetzwerkId, name: w.vonName },
    an: { id: w.anNetzwerkId, name: w.anName },
    notiz: w.notiz,
    weitergegebenAm: w.weitergegebenAm.toISOString(),
    empfangenAm: w.empfangenAm?.toISOString() ?? null,
  };
}

export function isUeberfaellig(e: { art: string; status: string | null; faelligAm: string | null }, today: string): boolean {
  return e.art === 'vereinbarung' && e.status !== 'erledigt' && e.faelligAm !== null && e.faelligAm < today;
}

export function presentErgebnis(e: ErgebnisItem, weitergaben: WeitergabeItem[], today: string): Ergebnis {
  return {
    id: e.id,
    treffenId: e.treffenId,
    netzwerk: { id: e.netzwerkId, name: e.netzwerkName },
    art: e.art as ErgebnisArt,
    text: e.text,
    verantwortlich: e.verantwortlichId ? { id: e.verantwortlichId, name: e.verantwortlichName ?? '' } : null,
    faelligAm: e.faelligAm,
    status: e.status as VereinbarungStatus | null,
    ueberfaellig: isUeberfaellig(e, today),
    weitergaben: weitergaben.filter((w) => w.ergebnisId === e.id).map(presentWeitergabe),
    version: e.version,
  };
}

export function presentTreffen(
  row: TreffenRow,
  netzwerk: NetzwerkRow,
  rolle: NetzwerkRolle,
  parts: { agenda: AgendaItem[]; anmeldungen: AnmeldungItem[]; meineAnmeldung: AnmeldeStatus | null; ergebnisse: Ergebnis[] | null },
): Treffen {
  const liest = rolle !== 'gast';
  return {
    ...presentTreffenKurz(row, netzwerk, { meineAnmeldung: parts.meineAnmeldung }),
    kapazitaet: row.kapazitaet,
    reiheTermin: row.reiheTermin,
    meineRolle: rolle,
    tagesordnung: parts.agenda.map((p) => ({
      id: p.id,
      art: p.art as TagesordnungsArt,
      titel: p.titel,
      referent: p.referent,
      dauerMinuten: p.dauerMinuten,
      // The passed-on result itself is for members; guests see the item and its title only.
      weitergabe: liest && p.weitergabeId && p.vonNetzwerkId ? { id: p.weitergabeId, vonNetzwerk: { id: p.vonNetzwerkId, name: p.vonName ?? '' }, text: p.ergebnisText ?? '' } : null,
      notiz: p.notiz,
    })),
    angemeldet: parts.anmeldungen.filter((a) => a.status === 'angemeldet').length,
    warteliste: parts.anmeldungen.filter((a) => a.status === 'warteliste').length,
    anmeldungen: liest
      ? parts.anmeldungen.map((a) => ({ person: { id: a.userId, name: a.name }, status: a.status as AnmeldeStatus, angemeldetAm: a.angemeldetAm.toISOString(), anwesend: a.anwesend }))
      : null,
    protokoll: liest ? row.protokoll : null,
    ergebnisse: liest ? parts.ergebnisse : null,
    version: row.version,
  };
}

/** What the audit keeps of a meeting: no free text that might name people. */
export const auditTreffen = (row: TreffenRow) => ({
  beginn: row.beginn.toISOString(),
  ende: row.ende.toISOString(),
  status: row.status,
  verschoben: row.verschoben,
  kapazitaet: row.kapazitaet,
  sequenz: row.sequenz,
  version: row.version,
});

export const auditErgebnis = (row: { art: string; verantwortlichId: string | null; faelligAm: string | null; status: string | null; version: number; treffenId: string }) => ({
  treffenId: row.treffenId,
  art: row.art,
  verantwortlichId: row.verantwortlichId,
  faelligAm: row.faelligAm,
  status: row.status,
  version: row.version,
});
