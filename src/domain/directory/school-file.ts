import { parse } from 'csv-parse/sync';
import { kommuneFromBezirk, type KommuneArt } from './vocabulary.js';

/** One school as the NRW open-data file describes it, validated. */
export interface SchoolRecord {
  schulnummer: string;
  schulform: string;
  name: string;
  zusatz: string | null;
  ags: string;
  kommuneName: string;
  kommuneArt: KommuneArt;
  strasse: string | null;
  plz: string | null;
  ort: string | null;
  rechtsstatus: 'oeffentlich' | 'privat';
  schueler: number | null;
  sozialindex: number | null;
  startchancen: boolean;
  lat: number | null;
  lon: number | null;
  schuljahr: string;
}

export interface RowError {
  /** Line number in the file as a spreadsheet shows it (header = 1). */
  row: number;
  column: string;
  message: string;
}

export const schoolFileColumns = {
  schuljahr: 'Schuljahr',
  schulform: 'Schulform',
  ags: 'Amtlicher Gemeindeschlüssel',
  bezirk: 'Verwaltungsbezirk',
  schulnummer: 'Schulnummer',
  name1: 'Amtliche Bezeichnung 1',
  name2: 'Amtliche Bezeichnung 2',
  name3: 'Amtliche Bezeichnung 3',
  strasse: 'Straße und Hausnummer',
  plz: 'Postleitzahl',
  ort: 'Ort',
  rechtsstatus: 'Rechtsstatus',
  anzahl: 'Anzahl',
  sozialindex: 'Sozialindex',
  lat: 'latitude',
  lon: 'longitude',
  startchancen: 'Startchancen-Schule',
} as const;

const required = ['schulform', 'ags', 'bezirk', 'schulnummer', 'name1', 'anzahl', 'sozialindex'] as const;

const text = (v: string | undefined) => {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
};

/** Numbers in the file come as "5.0" or "220"; German "5,0" is accepted too. */
function number(v: string | undefined): number | null | 'invalid' {
  const t = text(v);
  if (t === null) return null;
  // Plain decimals only: Number() would also take "0x10", "1e3" or "Infinity".
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(t)) return 'invalid';
  return Number(t.replace(',', '.'));
}

/** Picks the delimiter of the header line: the open-data file uses commas, Excel exports semicolons. */
function detectDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export interface ParsedSchoolFile {
  records: SchoolRecord[];
  /** Any error means nothing may be written. */
  errors: RowError[];
  /** Rows that are imported with a correction the user should know about. */
  warnings: RowError[];
}

/** A CSV syntax error in German, at the spreadsheet row of the record that could not be read. */
function csvError(err: unknown): RowError {
  const e = err as { code?: string; records?: number; lines?: number; index?: number };
  const row = typeof e.records === 'number' ? e.records + 1 : (e.lines ?? 1);
  const field = typeof e.index === 'number' ? ` im ${e.index + 1}. Feld` : '';
  const quote = 'Felder mit Trennzeichen, Anführungszeichen oder Zeilenumbrüchen müssen ganz in Anführungszeichen stehen, Anführungszeichen darin verdoppelt („""“).';
  const message =
    e.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `Ein Anführungszeichen${field} wird bis zum Ende der Datei nicht geschlossen. ${quote}`
      : e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'INVALID_OPENING_QUOTE' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
        ? `Ein Anführungszeichen${field} steht an einer Stelle, an der es nicht stehen darf. ${quote}`
        : `Die Datei ist kein lesbares CSV${field}.`;
  return { row, column: '', message };
}

/** Parses and validates the whole file; any error means the caller must not write anything. */
export function parseSchoolFile(content: string): ParsedSchoolFile {
  const body = content.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/).find((l) => l.trim()) ?? '';
  if (!firstLine.trim()) return { records: [], errors: [{ row: 1, column: '', message: 'Die Datei ist leer.' }], warnings: [] };
  let rows: string[][];
  try {
    // Empty lines are kept so that the index of a record is its row in a spreadsheet (a quoted line break stays in one row).
    rows = parse(body, { delimiter: detectDelimiter(firstLine), relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    return { records: [], errors: [csvError(err)], warnings: [] };
  }
  const blank = (cells: string[]) => cells.every((c) => !c.trim());
  const headerAt = rows.findIndex((cells) => !blank(cells));
  if (headerAt < 0) return { records: [], errors: [{ row: 1, column: '', message: 'Die Datei ist leer.' }], warnings: [] };
  const header = rows[headerAt]!.map((h) => h.trim());
  const index = Object.fromEntries(Object.entries(schoolFileColumns).map(([key, label]) => [key, header.indexOf(label)])) as Record<keyof typeof schoolFileColumns, number>;
  const missing = required.filter((k) => index[k] < 0).map((k) => schoolFileColumns[k]);
  if (missing.length) {
    return { records: [], errors: missing.map((column) => ({ row: 1, column, message: `Die Spalte „${column}“ fehlt in der Kopfzeile.` })), warnings: [] };
  }

  const records: SchoolRecord[] = [];
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    // Rows Excel leaves behind as ";;;;" are as empty as empty lines.
    if (i <= headerAt || blank(cells)) return;
    const row = i + 1;
    const get = (key: keyof typeof schoolFileColumns) => (index[key] >= 0 ? cells[index[key]] : undefined);
    const fail = (key: keyof typeof schoolFileColumns, message: string) => errors.push({ row, column: schoolFileColumns[key], message });
    const before = errors.length;

    const schulnummer = text(get('schulnummer'));
    if (!schulnummer || !/^\d{6}$/.test(schulnummer)) fail('schulnummer', 'Die Schulnummer muss aus sechs Ziffern bestehen.');
    else if (seen.has(schulnummer)) fail('schulnummer', `Die Schulnummer ${schulnummer} steht schon in Zeile ${seen.get(schulnummer)}.`);
    else seen.set(schulnummer, row);

    const agsRaw = text(get('ags'));
    const ags = agsRaw && /^\d{7,8}$/.test(agsRaw) ? agsRaw.padStart(8, '0') : null;
    if (!ags) fail('ags', 'Der Gemeindeschlüssel muss aus sieben oder acht Ziffern bestehen.');
    const bezirk = text(get('bezirk'));
    if (!bezirk) fail('bezirk', 'Der Verwaltungsbezirk fehlt.');
    const schulform = text(get('schulform'));
    if (!schulform) fail('schulform', 'Die Schulform fehlt.');
    const name1 = text(get('name1'));
    if (!name1) fail('name1', 'Die amtliche Bezeichnung fehlt.');

    const anzahl = number(get('anzahl'));
    if (anzahl === 'invalid' || (anzahl !== null && (!Number.isInteger(anzahl) || anzahl < 0 || anzahl > 20_000))) {
      fail('anzahl', 'Die Schülerzahl muss eine ganze Zahl zwischen 0 und 20.000 sein.');
    }
    const sozialindex = number(get('sozialindex'));
    if (sozialindex === 'invalid' || (sozialindex !== null && (!Number.isInteger(sozialindex) || sozialindex < 1 || sozialindex > 9))) {
      fail('sozialindex', 'Der Sozialindex muss leer oder eine ganze Zahl von 1 bis 9 sein.');
    }
    let lat = number(get('lat'));
    let lon = number(get('lon'));
    if (lat === 'invalid') fail('lat', 'Die geografische Breite ist keine Zahl.');
    if (lon === 'invalid') fail('lon', 'Die geografische Länge ist keine Zahl.');
    // The open data holds a few schools geocoded abroad: keep the school, drop the point, tell the user.
    if (typeof lat === 'number' && typeof lon === 'number' && (lat < 47 || lat > 55.2 || lon < 5.8 || lon > 15.1)) {
      warnings.push({ row, column: schoolFileColumns.lat, message: `Die Koordinaten (${lat}, ${lon}) liegen außerhalb Deutschlands und werden nicht übernommen.` });
      lat = null;
      lon = null;
    }
    const startchancenRaw = text(get('startchancen'));
    const startchancen = startchancenRaw === null || ['0', 'nein', 'false'].includes(startchancenRaw.toLowerCase()) ? false : ['1', 'ja', 'true'].includes(startchancenRaw.toLowerCase()) ? true : null;
    if (startchancen === null) fail('startchancen', 'Startchancen-Schule muss 0/1 oder ja/nein sein.');
    const rechtsstatusRaw = (text(get('rechtsstatus')) ?? 'Öffentlich').toLowerCase();
    const rechtsstatus = rechtsstatusRaw.startsWith('ö') || rechtsstatusRaw.startsWith('oe') ? 'oeffentlich' : rechtsstatusRaw.startsWith('privat') ? 'privat' : null;
    if (!rechtsstatus) fail('rechtsstatus', 'Der Rechtsstatus muss „Öffentlich“ oder „Privat“ sein.');

    if (errors.length > before) return;
    const kommune = kommuneFromBezirk(bezirk!);
    const name2 = text(get('name2'));
    records.push({
      schulnummer: schulnummer!,
      schulform: schulform!,
      name: name2 ? `${name1} ${name2}` : name1!,
      zusatz: text(get('name3')),
      ags: ags!,
      kommuneName: kommune.name,
      kommuneArt: kommune.art,
      strasse: text(get('strasse')),
      plz: text(get('plz')),
      ort: text(get('ort')),
      rechtsstatus: rechtsstatus!,
      schueler: anzahl as number | null,
      sozialindex: sozialindex as number | null,
      startchancen: startchancen!,
      lat: lat as number | null,
      lon: lon as number | null,
      schuljahr: text(get('schuljahr')) ?? '',
    });
  });
  return { records, errors, warnings };
}
