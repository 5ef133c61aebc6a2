import { CalendarDateTime, toZoned } from '@internationalized/date';
import type { Ergebnis, Treffen } from '../../../domain/networks/contracts.js';
import type { AnmeldeStatus, ErgebnisArt, NetzwerkRolle, TagesordnungsArt, VereinbarungStatus } from '../../../domain/networks/vocabulary.js';
import { invalid } from '../../core/errors.js';
import type { AgendaItem, AnmeldungItem, ErgebnisItem, WeitergabeItem } from './meetings.repository.js';
import type { NetzwerkRow, TreffenRow } from './networks-access.js';
import { localDay, presentTreffenKurz } from './treffen.presenter.js';

export const ZONE = 'Europe/Berlin';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "YYYY-MM-DDTHH:mm" in Europe/Berlin → instant. Impossible dates (31 April) are refused rather than
 * rolled over; a time in the spring-forward gap lands on the later side, as the series do.
 */
export function localToInstant(local: string, field: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw invalid(field, 'Datum und Uhrzeit im Format JJJJ-MM-TTTHH:MM angeben.');
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59) {
    throw invalid(field, 'Dieses Datum oder diese Uhrzeit gibt es nicht.');
  }
  return toZoned(new CalendarDateTime(y, mo, d, h, mi), ZONE, 'later').toDate();
}

const localParts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Instant → local wall-clock "YYYY-MM-DDTHH:mm" in Europe/Berlin. */
export function instantToLocal(at: Date): string {
  const p = Object.fromEntries(localParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

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
