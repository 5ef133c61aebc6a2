import { parseGeschlecht, type PupilRecord } from './contracts.js';
import { formatIsoDate, parseBirthDate } from './dates.js';

/**
 * Reading a leaver or registration list from table rows (CSV or spreadsheet, already split into
 * cells): columns found by their header under the names school software uses (Familienname,
 * Rufname, Geb.-Datum …), every row checked, problems reported with row and column.
 */

export type PupilListKind = 'abgang' | 'anmeldung';
export const pupilListLabels: Record<PupilListKind, string> = { abgang: 'Abgangsliste', anmeldung: 'Anmeldeliste' };

/** The fields a list can carry, in the order a column-mapping step offers them. */
export const listColumns = ['id', 'nachname', 'vorname', 'geburtsdatum', 'geschlecht', 'klasse', 'strasse', 'hausnummer', 'plz', 'ort', 'schule', 'zielschule'] as const;
export type ListColumn = (typeof listColumns)[number];
type Column = ListColumn;
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'nachname', 'vorname', 'geburtsdatum'];
const REQUIRED = REQUIRED_COLUMNS;
export const listColumnLabels: Record<Column, string> = {
  id: 'Kennung',
  nachname: 'Nachname',
  vorname: 'Vorname',
  geburtsdatum: 'Geburtsdatum',
  geschlecht: 'Geschlecht',
  klasse: 'Klasse',
  strasse: 'Straße',
  hausnummer: 'Hausnummer',
  plz: 'PLZ',
  ort: 'Ort',
  schule: 'Schule',
  zielschule: 'erwartete aufnehmende Schule',
};
const EXAMPLES: Partial<Record<Column, string>> = {
  id: 'id, Kennung, Schüler-ID',
  nachname: 'Nachname, Familienname, Name',
  vorname: 'Vorname, Rufname',
  geburtsdatum: 'Geburtsdatum, Geb.-Datum, Geburtstag',
};

/** Header → column, compared without case, blanks, dots, hyphens and umlaut dots ("Geb.-Datum" = "gebdatum"). */
const ALIASES: Record<Column, string[]> = {
  id: ['id', 'kennung', 'schuelerid', 'schuelernummer', 'schuelernr', 'identnummer', 'lfdnr', 'nr'],
  nachname: ['nachname', 'familienname', 'name', 'zuname'],
  vorname: ['vorname', 'rufname', 'vornamen'],
  geburtsdatum: ['geburtsdatum', 'gebdatum', 'geburtstag', 'geboren', 'gebam', 'geb'],
  geschlecht: ['geschlecht', 'sex', 'gender'],
  klasse: ['klasse', 'klassenbezeichnung', 'kl', 'lerngruppe'],
  strasse: ['strasse', 'str', 'strassehausnummer', 'strasseundhausnummer', 'anschrift', 'adresse', 'wohnanschrift'],
  hausnummer: ['hausnummer', 'hausnr', 'hnr'],
  plz: ['plz', 'postleitzahl'],
  ort: ['ort', 'wohnort', 'stadt', 'gemeinde'],
  schule: ['schule', 'schulnummer', 'schulnr'],
  zielschule: ['zielschule', 'wunschschule', 'erwarteteschule'],
};
/** Names whose meaning depends on the list: "aufnehmende Schule" is the target in a leaver list, the school itself in a registration list. */
const KIND_ALIASES: Record<PupilListKind, Partial<Record<Column, string[]>>> = {
  abgang: { schule: ['abgebendeschule', 'grundschule', 'herkunftsschule'], zielschule: ['aufnehmendeschule', 'angemeldetan'] },
  anmeldung: { schule: ['aufnehmendeschule', 'anmeldeschule'] },
};

const headerKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

export interface ListRow {
  /** Row number as a spreadsheet shows it (header = 1). */
  row: number;
  cells: string[];
}

export interface ListIssue {
  row: number;
  /** Header text of the column, '' for the row or the file. */
  column: string;
  message: string;
}

/** The field a header is read as, by its name alone. */
export function recognizeColumn(header: string, kind: PupilListKind): Column | null {
  const key = headerKey(header);
  return listColumns.find((c) => ALIASES[c].includes(key) || KIND_ALIASES[kind][c]?.includes(key)) ?? null;
}

export type PupilListResult = { ok: true; records: PupilRecord[] } | { ok: false; issues: ListIssue[] };

/**
 * Reads a list: the first row is the header. All rows are checked; any problem means no records.
 * `mapping` names the field of headers the user assigned by hand ('' ignores a column); other
 * headers are recognised by name.
 */
export function readPupilList(rows: readonly ListRow[], kind: PupilListKind, mapping: Readonly<Record<string, Column | ''>> = {}): PupilListResult {
  const [header, ...body] = rows;
  if (!header) return { ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist leer.' }] };
  const issues: ListIssue[] = [];
  const names = header.cells.map((c) => c.trim());
  const at: Partial<Record<Column, number>> = {};
  names.forEach((name, index) => {
    const column = name in mapping ? mapping[name] || null : recognizeColumn(name, kind);
    if (!column) return;
    if (at[column] !== undefined) issues.push({ row: header.row, column: name, message: `Die Spalten „${names[at[column]!]}“ und „${name}“ meinen beide „${column}“; bitte nur eine davon angeben.` });
    else at[column] = index;
  });
  for (const column of REQUIRED) {
    if (at[column] === undefined) {
      issues.push({ row: header.row, column: '', message: `Die Spalte „${column}“ fehlt in der Kopfzeile (erkannt werden z. B. ${EXAMPLES[column]}; gefunden: ${names.map((n) => `„${n}“`).join(', ')}).` });
    }
  }
  if (issues.length) return { ok: false, issues };

  const cell = (r: ListRow, column: Column) => (at[column] === undefined ? '' : (r.cells[at[column]!] ?? '').trim());
  const headerOf = (column: Column) => names[at[column]!]!;
  const seen = new Map<string, number>();
  const records: PupilRecord[] = [];
  for (const r of body) {
    const problem = (column: Column | '', message: string) => issues.push({ row: r.row, column: column ? headerOf(column) : '', message });
    const id = cell(r, 'id');
    if (!id) problem('id', 'Die Kennung fehlt.');
    else if (seen.has(id)) problem('id', `Die Kennung „${id}“ steht schon in Zeile ${seen.get(id)}; jede Kennung darf nur einmal vorkommen.`);
    else seen.set(id, r.row);
    const nachname = cell(r, 'nachname');
    const vorname = cell(r, 'vorname');
    if (!nachname && !vorname) problem('nachname', 'Nachname und Vorname fehlen beide; mindestens einer wird gebraucht.');
    const date = parseBirthDate(cell(r, 'geburtsdatum'));
    if (!date.ok) problem('geburtsdatum', date.message);
    const geschlecht = parseGeschlecht(cell(r, 'geschlecht'));
    if (geschlecht === undefined) problem('geschlecht', `„${cell(r, 'geschlecht')}“ ist keine Angabe zum Geschlecht; erwartet wird m, w oder d (oder leer).`);
    const strasse = [cell(r, 'strasse'), cell(r, 'hausnummer')].filter(Boolean).join(' ');
    const plz = cell(r, 'plz');
    if (plz && !/^\d{4,5}$/.test(plz.replace(/^D-/i, ''))) problem('plz', `„${plz}“ ist keine Postleitzahl.`);
    records.push({
      id,
      nachname,
      vorname,
      geburtsdatum: date.ok && date.value ? formatIsoDate(date.value) : null,
      geschlecht: geschlecht ?? null,
      strasse: strasse || null,
      plz: plz || null,
      ort: cell(r, 'ort') || null,
      klasse: cell(r, 'klasse') || null,
      schule: cell(r, 'schule') || null,
      zielschule: kind === 'abgang' ? cell(r, 'zielschule') || null : null,
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, records };
}

/** How each header of a list is read, and which required fields no column provides: the column-mapping step shows both. */
export function describeColumns(headers: readonly string[], kind: PupilListKind, mapping: Readonly<Record<string, Column | ''>> = {}): { spalten: { name: string; feld: Column | null }[]; fehlendeFelder: Column[] } {
  const spalten = headers.map((h) => h.trim()).map((name) => ({ name, feld: name in mapping ? mapping[name] || null : recognizeColumn(name, kind) }));
  const found = new Set(spalten.map((s) => s.feld));
  return { spalten, fehlendeFelder: REQUIRED_COLUMNS.filter((c) => !found.has(c)) };
}
