/**
 * The column layout of the actor and offer files (CSV and XLSX). Exports write exactly these
 * headers in this order; imports find columns by header (any order, any case, umlauts or not,
 * a few short forms) and ignore columns they do not know.
 */

export interface ColumnDef<K extends string> {
  key: K;
  header: string;
  /** Other spellings accepted in the header row. */
  aliases?: readonly string[];
  /** Must be present in the header row. */
  required?: boolean;
  /** Column width in the XLSX export (characters). */
  width: number;
  /** Numbers and dates are written as such into XLSX and in German format into CSV. */
  type?: 'number' | 'date';
}

export type AkteurColumn = 'name' | 'typ' | 'kreis' | 'beschreibung' | 'kontaktFunktion' | 'kontaktEmail' | 'kontaktTelefon' | 'standorte' | 'geteilt';

export const akteurColumns: readonly ColumnDef<AkteurColumn>[] = [
  { key: 'name', header: 'Name', required: true, width: 36 },
  { key: 'typ', header: 'Art', aliases: ['Art des Akteurs', 'Typ'], required: true, width: 26 },
  { key: 'kreis', header: 'Kreis', required: true, width: 22 },
  { key: 'beschreibung', header: 'Beschreibung', width: 50 },
  { key: 'kontaktFunktion', header: 'Funktion (Kontakt)', aliases: ['Funktion', 'Kontakt Funktion'], width: 24 },
  { key: 'kontaktEmail', header: 'E-Mail (Kontakt)', aliases: ['E-Mail', 'Email', 'Kontakt E-Mail'], width: 30 },
  { key: 'kontaktTelefon', header: 'Telefon (Kontakt)', aliases: ['Telefon', 'Kontakt Telefon'], width: 20 },
  { key: 'standorte', header: 'Standorte (Schulnummern)', aliases: ['Standorte', 'Schulnummern'], width: 26 },
  { key: 'geteilt', header: 'Geteilt', aliases: ['Geteilt (ja/nein)'], width: 10 },
];

export type AngebotColumn =
  | 'titel'
  | 'beschreibung'
  | 'traeger'
  | 'handlungsfeld'
  | 'ebene'
  | 'altersphasen'
  | 'zielgruppe'
  | 'standorte'
  | 'stundenProWoche'
  | 'finanzierung'
  | 'beginn'
  | 'ende'
  | 'status'
  | 'geteilt';

export const angebotColumns: readonly ColumnDef<AngebotColumn>[] = [
  { key: 'titel', header: 'Titel', required: true, width: 36 },
  { key: 'beschreibung', header: 'Beschreibung', width: 50 },
  { key: 'traeger', header: 'Träger', aliases: ['Traeger', 'Akteur', 'Träger (Akteur)'], width: 30 },
  { key: 'handlungsfeld', header: 'Handlungsfeld', required: true, width: 26 },
  { key: 'ebene', header: 'Ebene', required: true, width: 18 },
  { key: 'altersphasen', header: 'Altersphasen', aliases: ['Altersphase'], required: true, width: 32 },
  { key: 'zielgruppe', header: 'Zielgruppe', width: 28 },
  { key: 'standorte', header: 'Standorte (Schulnummern)', aliases: ['Standorte', 'Schulnummern'], width: 26 },
  { key: 'stundenProWoche', header: 'Stunden pro Woche', aliases: ['Stunden', 'Std. pro Woche', 'Wochenstunden'], width: 12, type: 'number' },
  { key: 'finanzierung', header: 'Finanzierung', required: true, width: 18 },
  { key: 'beginn', header: 'Beginn', width: 12, type: 'date' },
  { key: 'ende', header: 'Ende', width: 12, type: 'date' },
  { key: 'status', header: 'Status', width: 12 },
  { key: 'geteilt', header: 'Geteilt', aliases: ['Geteilt (ja/nein)'], width: 10 },
];

/** Header comparison: case, umlauts, dashes, spaces and surrounding punctuation do not matter. */
export function normalizeHeader(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[–—-]/g, '-')
    .replace(/[*:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HeaderMatch<K extends string> {
  /** Column index of each known column found in the header row. */
  index: Partial<Record<K, number>>;
  /** Headers of required columns that are missing. */
  missing: string[];
  /** Headers that are neither known nor empty (ignored on import). */
  unknown: { index: number; header: string }[];
  /** Known columns that appear more than once (the first one counts). */
  duplicate: { index: number; header: string }[];
}

export function matchHeader<K extends string>(columns: readonly ColumnDef<K>[], header: readonly string[]): HeaderMatch<K> {
  const lookup = new Map<string, K>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) lookup.set(normalizeHeader(name), c.key);
  const index: Partial<Record<K, number>> = {};
  const unknown: HeaderMatch<K>['unknown'] = [];
  const duplicate: HeaderMatch<K>['duplicate'] = [];
  header.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (!name) return;
    const key = lookup.get(name);
    if (key === undefined) unknown.push({ index: i, header: raw.trim() });
    else if (index[key] !== undefined) duplicate.push({ index: i, header: raw.trim() });
    else index[key] = i;
  });
  const missing = columns.filter((c) => c.required && index[c.key] === undefined).map((c) => c.header);
  return { index, missing, unknown, duplicate };
}

/** Spreadsheet column letters (A, B, …, Z, AA, …) for 0-based index. */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
