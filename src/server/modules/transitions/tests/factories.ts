import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ListenArt, Seite } from '../../../../domain/transitions/round-contracts.js';
import type { Db } from '../../../core/db.js';
import { runMatching } from '../run-matching.js';
import { insertRunde, insertRundenSchulen, replaceListe, updateRunde } from '../transitions.repository.js';
import { uebergangFaelle, uebergangPaare } from '../transitions.schema.js';
import { and, eq } from 'drizzle-orm';

/** A child as a school list carries it; `geburtsdatum` as YYYY-MM-DD (the CSV helpers write other formats). */
export interface Kind {
  kennung: string;
  nachname: string;
  vorname: string;
  geburtsdatum: string | null;
  geschlecht?: string;
  klasse?: string;
  strasse?: string;
  plz?: string;
  ort?: string;
  /** Leaver lists: the expected receiving school as written (Schulnummer or name). */
  zielschule?: string;
}

const SURNAMES = ['Becker', 'Wagner', 'Hofmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann', 'Schulz', 'Lange', 'Krause', 'Meier'];
const GIVEN = ['Lukas', 'Lea', 'Finn', 'Emilia', 'Noah', 'Ida', 'Elias', 'Mila', 'Paul', 'Clara', 'Theo', 'Lina', 'Emil', 'Greta', 'Jonas', 'Frieda'];

/** Sixteen unrelated children (distinct names, dates and streets) around the children under test, so the lists are not trivially short. */
export function crowd(from = 0, to = 16): Omit<Kind, 'kennung' | 'zielschule'>[] {
  return Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    return {
      nachname: SURNAMES[i]!,
      vorname: GIVEN[(i * 7) % 16]!,
      geburtsdatum: `2014-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`,
      geschlecht: i % 2 ? 'w' : 'm',
      strasse: `Lindenweg ${i + 1}`,
      plz: '50667',
      ort: 'Musterstadt',
    };
  });
}

/**
 * The children under test, each on the lists where the story needs them:
 * - sicher: the same on both lists (a certain match);
 * - pruef: surname, first name, date and postcode all a little off (the review band);
 * - weg: a leaver registered nowhere (unversorgt);
 * - neu: a registration without leaver (ohne-abgang);
 * - zwei: registered at both receiving schools (mehrfach);
 * - anders: expected at the first receiving school, registered at the second (andere-schule).
 */
export const children = {
  sicher: { nachname: 'Sommerfeld', vorname: 'Valentin', geburtsdatum: '2014-06-11', geschlecht: 'm', strasse: 'Ahornallee 4', plz: '50667', ort: 'Musterstadt' },
  pruefAbgang: { nachname: 'Pohlmann', vorname: 'Marie', geburtsdatum: '2014-07-07', geschlecht: 'w', plz: '50667' },
  pruefAnmeldung: { nachname: 'Pohl', vorname: 'Maria', geburtsdatum: '2014-07-17', geschlecht: 'w', plz: '50999' },
  weg: { nachname: 'Oberhuber', vorname: 'Theodora', geburtsdatum: '2014-02-19', geschlecht: 'w', strasse: 'Birkenstraße 9', plz: '50668', ort: 'Musterstadt' },
  neu: { nachname: 'Nachtigall', vorname: 'Severin', geburtsdatum: '2014-09-23', geschlecht: 'm', strasse: 'Kastanienweg 2', plz: '50670', ort: 'Musterstadt' },
  zwei: { nachname: 'Kowalski', vorname: 'Janina', geburtsdatum: '2014-04-30', geschlecht: 'w', strasse: 'Eschenweg 7', plz: '50672', ort: 'Musterstadt' },
  anders: { nachname: 'Lindqvist', vorname: 'Maja', geburtsdatum: '2014-08-05', geschlecht: 'w', strasse: 'Ulmenplatz 1', plz: '50674', ort: 'Musterstadt' },
} satisfies Record<string, Omit<Kind, 'kennung'>>;

export interface RoundLists {
  /** Leavers of the first and second feeder school. */
  abgangA: Kind[];
  abgangB: Kind[];
  /** Registrations of the first and second receiving school. */
  anmeldungX: Kind[];
  anmeldungY: Kind[];
}

/**
 * The lists of a round with two feeder schools (A, B) and two receiving schools (X, Y): `x` and `y`
 * are what the leaver lists write as expected school (Schulnummer or name).
 */
export function roundLists(x: string, y: string): RoundLists {
  const c = crowd();
  const abgangA: Kind[] = c.slice(0, 8).map((k, i) => ({ ...k, kennung: `A-${100 + i}`, klasse: '4a', zielschule: i % 2 ? x : y }));
  const abgangB: Kind[] = c.slice(8).map((k, i) => ({ ...k, kennung: `B-${100 + i}`, klasse: '4b', zielschule: i % 2 ? x : y }));
  const anmeldungX: Kind[] = [];
  const anmeldungY: Kind[] = [];
  [...abgangA, ...abgangB].forEach((k, i) => {
    const { zielschule, klasse: _klasse, kennung: _kennung, ...rest } = k;
    (zielschule === x ? anmeldungX : anmeldungY).push({ ...rest, kennung: `M-${300 + i}` });
  });
  abgangA.push({ ...children.sicher, kennung: 'A-SICHER', klasse: '4a', zielschule: x });
  abgangA.push({ ...children.weg, kennung: 'A-WEG', klasse: '4a', zielschule: x });
  abgangA.push({ ...children.pruefAbgang, kennung: 'A-PRUEF', klasse: '4a', zielschule: x });
  abgangB.push({ ...children.zwei, kennung: 'B-ZWEI', klasse: '4b', zielschule: x });
  abgangB.push({ ...children.anders, kennung: 'B-ANDERS', klasse: '4b', zielschule: x });
  anmeldungX.push({ ...children.sicher, kennung: 'X-SICHER' });
  anmeldungX.push({ ...children.pruefAnmeldung, kennung: 'X-PRUEF' });
  anmeldungX.push({ ...children.zwei, kennung: 'X-ZWEI' });
  anmeldungY.push({ ...children.neu, kennung: 'Y-NEU' });
  anmeldungY.push({ ...children.zwei, kennung: 'Y-ZWEI' });
  anmeldungY.push({ ...children.anders, kennung: 'Y-ANDERS' });
  return { abgangA, abgangB, anmeldungX, anmeldungY };
}

// ---- Files --------------------------------------------------------------------

type DateStyle = 'german' | 'iso' | 'compact';
const dateIn = (iso: string | null, style: DateStyle) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return style === 'german' ? `${d}.${m}.${y}` : style === 'iso' ? iso : `${y}${m}${d}`;
};
const DATE_STYLES: DateStyle[] = ['german', 'iso', 'compact'];

/** Header as school software exports it, in German. */
export const leaverHeader = ['Schüler-ID', 'Familienname', 'Rufname', 'Geb.-Datum', 'Geschlecht', 'Klasse', 'Straße', 'PLZ', 'Wohnort', 'Aufnehmende Schule'];
export const registrationHeader = ['Kennung', 'Nachname', 'Vorname', 'Geburtsdatum', 'Geschlecht', 'Straße', 'PLZ', 'Ort'];

export const leaverRow = (k: Kind, style: DateStyle = 'german') => [k.kennung, k.nachname, k.vorname, dateIn(k.geburtsdatum, style), k.geschlecht ?? '', k.klasse ?? '', k.strasse ?? '', k.plz ?? '', k.ort ?? '', k.zielschule ?? ''];
export const registrationRow = (k: Kind, style: DateStyle = 'iso') => [k.kennung, k.nachname, k.vorname, dateIn(k.geburtsdatum, style), k.geschlecht ?? '', k.strasse ?? '', k.plz ?? '', k.ort ?? ''];

const csvText = (rows: string[][], sep: string) => `${rows.map((r) => r.map((c) => (/[";\n,]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n')}\r\n`;

/** A CSV as German Excel saves it: semicolons, Windows-1252, CRLF; dates rotate through 31.12.2014, 2014-12-31 and 20141231. */
export function windowsCsv(header: string[], rows: string[][]): Buffer {
  return iconv.encode(csvText([header, ...rows], ';'), 'win1252');
}

export function utf8Csv(header: string[], rows: string[][], sep = ';'): Buffer {
  return Buffer.from(csvText([header, ...rows], sep), 'utf8');
}

export const leaverCsv = (kinder: Kind[]) =>
  windowsCsv(
    leaverHeader,
    kinder.map((k, i) => leaverRow(k, DATE_STYLES[i % 3])),
  );
export const registrationCsv = (kinder: Kind[]) =>
  utf8Csv(
    registrationHeader,
    kinder.map((k, i) => registrationRow(k, DATE_STYLES[i % 3])),
  );

/** An XLSX registration list; birth dates as real date cells. */
export async function registrationXlsx(kinder: Kind[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Anmeldungen');
  sheet.addRow(registrationHeader);
  for (const k of kinder) {
    const [y, m, d] = (k.geburtsdatum ?? '').split('-').map(Number);
    sheet.addRow([k.kennung, k.nachname, k.vorname, k.geburtsdatum ? new Date(Date.UTC(y!, m! - 1, d!)) : null, k.geschlecht ?? '', k.strasse ?? '', k.plz ?? '', k.ort ?? '']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const upload = (format: 'csv' | 'xlsx', bytes: Buffer, extra: Record<string, unknown> = {}) => ({ format, content: bytes.toString('base64'), ...extra });

// ---- Stored directly (access matrix) ----------------------------------------------

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A round as the use case stores it, without going through the API. */
export async function buildRunde(db: Db, opts: { kommuneId: string; abgebend: string[]; aufnehmend: string[]; bezeichnung?: string; aufbewahrungTage?: number }) {
  const runde = await insertRunde(db, {
    kommuneId: opts.kommuneId,
    bezeichnung: opts.bezeichnung ?? 'Übergang 4 → 5',
    schuljahr: '2027/28',
    frist: inDays(30),
    aufbewahrungTage: opts.aufbewahrungTage ?? 30,
  });
  const rows = [...opts.abgebend.map((schuleId) => ({ rundeId: runde.id, schuleId, seite: 'abgebend' as Seite })), ...opts.aufnehmend.map((schuleId) => ({ rundeId: runde.id, schuleId, seite: 'aufnehmend' as Seite }))];
  await insertRundenSchulen(db, rows);
  return runde;
}

/** A stored list of a school, as an upload leaves it. */
export async function buildListe(db: Db, rundeId: string, schuleId: string, art: ListenArt, kinder: Kind[], hochgeladenVon: string, zielschuleId: string | null = null) {
  return replaceListe(db, {
    rundeId,
    schuleId,
    art,
    hochgeladenVon,
    eintraege: kinder.map((k, position) => ({
      position,
      kennung: k.kennung,
      nachname: k.nachname,
      vorname: k.vorname,
      geburtsdatum: k.geburtsdatum,
      geschlecht: k.geschlecht ?? null,
      klasse: k.klasse ?? null,
      strasse: k.strasse ?? null,
      plz: k.plz ?? null,
      ort: k.ort ?? null,
      zielschule: art === 'abgang' ? (k.zielschule ?? null) : null,
      zielschuleId: art === 'abgang' ? zielschuleId : null,
    })),
  });
}

/** A case of a round (without running the matching). */
export async function buildFall(db: Db, rundeId: string, opts: { art?: string; eintraege: string[]; zugewiesenAn: string | null; status?: 'offen' | 'erledigt'; grund?: string | null }) {
  const art = opts.art ?? 'unversorgt';
  const [row] = await db
    .insert(uebergangFaelle)
    .values({
      rundeId,
      art,
      schluessel: `${art}|${opts.eintraege.join('|')}`,
      eintraege: opts.eintraege,
      zugewiesenAn: opts.zugewiesenAn,
      status: opts.status ?? 'offen',
      grund: opts.status === 'erledigt' ? (opts.grund ?? 'verzogen') : null,
      erledigtAm: opts.status === 'erledigt' ? new Date() : null,
    })
    .returning();
  return row!;
}

/**
 * A round of one school on both sides (it leaves and receives), with the standard lists stored and
 * matched: returns the round and the id of its pair in the review band.
 */
export async function buildMatchedRunde(db: Db, opts: { kommuneId: string; schuleId: string; hochgeladenVon: string }) {
  const runde = await buildRunde(db, { kommuneId: opts.kommuneId, abgebend: [opts.schuleId], aufnehmend: [opts.schuleId] });
  const lists = roundLists('X', 'X');
  await buildListe(db, runde.id, opts.schuleId, 'abgang', [...lists.abgangA, ...lists.abgangB], opts.hochgeladenVon, opts.schuleId);
  await buildListe(db, runde.id, opts.schuleId, 'anmeldung', [...lists.anmeldungX, ...lists.anmeldungY.filter((k) => k.kennung !== 'Y-ZWEI')], opts.hochgeladenVon);
  await runMatching(db, runde.id);
  await updateRunde(db, runde.id, null, { abgleichAm: new Date() });
  const [paar] = await db
    .select({ id: uebergangPaare.id })
    .from(uebergangPaare)
    .where(and(eq(uebergangPaare.rundeId, runde.id), eq(uebergangPaare.vorschlag, 'review')));
  if (!paar) throw new Error('buildMatchedRunde: the matching proposed no pair for review');
  return { runde, paarId: paar.id };
}
