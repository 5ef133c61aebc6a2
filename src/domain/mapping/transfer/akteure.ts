import { akteurBody, type AkteurInput } from '../contracts.js';
import { kreise, type Kreis } from '../vocabulary.js';
import { codeOf } from '../../shared/vocabularies.js';
import { parseBooleanCell, splitSchulnummern, entryKey } from './cells.js';
import { akteurColumns, type AkteurColumn } from './columns.js';
import { listAllowed, readSheet, RowIssues, textOrNull } from './read-sheet.js';
import type { Sheet, TransferIssue } from './sheet.js';

/** What the import needs to know about the Kommune to read its rows. */
export interface AkteurLookups {
  kommuneName: string;
  /** Schulnummer → id, for the schools of the Kommune only. */
  schulen: ReadonlyMap<string, string>;
  /** Code → label of every actor type the Kommune may use (built-in and its own). */
  akteurTypen: Readonly<Record<string, string>>;
}

export interface AkteurImportRecord {
  row: number;
  /** Upsert key: the name, without regard to case and spaces. */
  key: string;
  values: AkteurInput;
  /** Columns the file has; the others keep their value on update. */
  present: ReadonlySet<AkteurColumn>;
}

export interface ValidatedSheet<R> {
  records: R[];
  errors: TransferIssue[];
  warnings: TransferIssue[];
}

const fieldToColumn: Readonly<Record<string, AkteurColumn>> = {
  name: 'name',
  typ: 'typ',
  kreis: 'kreis',
  beschreibung: 'beschreibung',
  kontaktFunktion: 'kontaktFunktion',
  kontaktEmail: 'kontaktEmail',
  kontaktTelefon: 'kontaktTelefon',
  standortIds: 'standorte',
  geteilt: 'geteilt',
};

/** Resolves Schulnummern of one cell to school ids of the Kommune. */
export function resolveSchulnummern(raw: string, schulen: ReadonlyMap<string, string>, kommuneName: string): { ids: string[]; message?: string } {
  const numbers = splitSchulnummern(raw);
  const bad = numbers.filter((n) => !/^\d{6}$/.test(n));
  if (bad.length) return { ids: [], message: `${listAllowed(bad)} ${bad.length === 1 ? 'ist keine Schulnummer' : 'sind keine Schulnummern'} (sechs Ziffern, mehrere durch Komma oder Zeilenumbruch getrennt).` };
  const unknown = numbers.filter((n) => !schulen.has(n));
  if (unknown.length) {
    return { ids: [], message: `${unknown.length === 1 ? 'Die Schulnummer' : 'Die Schulnummern'} ${listAllowed(unknown)} ${unknown.length === 1 ? 'gehört' : 'gehören'} zu keiner Schule in ${kommuneName}.` };
  }
  if (numbers.length > 200) return { ids: [], message: 'Höchstens 200 Standorte.' };
  return { ids: [...new Set(numbers.map((n) => schulen.get(n)!))] };
}

/** Reads and checks every row of an actor file; any error means nothing may be written. */
export function validateAkteurSheet(sheet: Sheet, lookups: AkteurLookups): ValidatedSheet<AkteurImportRecord> {
  const read = readSheet(sheet, akteurColumns, 'Akteure');
  if (read.errors.length) return { records: [], errors: read.errors, warnings: read.warnings };
  const records: AkteurImportRecord[] = [];
  const errors: TransferIssue[] = [];
  const seen = new Map<string, number>();
  const typLabels = Object.values(lookups.akteurTypen);

  for (const r of read.rows) {
    const issues = new RowIssues(r.row, akteurColumns);
    const candidate: Record<string, unknown> = {};

    candidate.name = textOrNull(r.get('name')) ?? undefined;

    const typRaw = textOrNull(r.get('typ'));
    if (!typRaw) issues.add('typ', 'Bitte eine Art angeben.');
    else {
      const code = codeOf(lookups.akteurTypen, typRaw);
      if (code) candidate.typ = code;
      else issues.add('typ', `Die Art „${typRaw}“ gibt es in ${lookups.kommuneName} nicht. Bekannt sind ${listAllowed(typLabels.slice(0, 8))}${typLabels.length > 8 ? ' und weitere' : ''}; eigene Arten legen Sie zuerst an.`);
    }

    const kreisRaw = textOrNull(r.get('kreis'));
    if (!kreisRaw) issues.add('kreis', `Bitte einen Kreis angeben: ${listAllowed(Object.values(kreise))}.`);
    else {
      const code = codeOf(kreise, kreisRaw) as Kreis | undefined;
      if (code) candidate.kreis = code;
      else issues.add('kreis', `„${kreisRaw}“ ist kein Kreis. Erlaubt: ${listAllowed(Object.values(kreise))}.`);
    }

    candidate.beschreibung = textOrNull(r.get('beschreibung'));
    candidate.kontaktFunktion = textOrNull(r.get('kontaktFunktion'));
    candidate.kontaktEmail = textOrNull(r.get('kontaktEmail'));
    candidate.kontaktTelefon = textOrNull(r.get('kontaktTelefon'));

    const sites = resolveSchulnummern(r.get('standorte') ?? '', lookups.schulen, lookups.kommuneName);
    if (sites.message) issues.add('standorte', sites.message);
    candidate.standortIds = sites.ids;

    const geteilt = parseBooleanCell(r.get('geteilt') ?? '');
    if (!geteilt.ok) issues.add('geteilt', `${geteilt.message} Bitte „ja“ oder „nein“ angeben.`);
    else candidate.geteilt = geteilt.value ?? false;

    const parsed = akteurBody.safeParse(candidate);
    if (!parsed.success) issues.addZod(parsed.error, fieldToColumn);

    if (parsed.success && issues.count === 0) {
      const key = entryKey(parsed.data.name);
      const earlier = seen.get(key);
      if (earlier !== undefined) issues.add('name', `Der Akteur „${parsed.data.name}“ steht schon in Zeile ${earlier}. Jeder Name darf nur einmal vorkommen.`);
      else {
        seen.set(key, r.row);
        records.push({ row: r.row, key, values: parsed.data, present: read.present });
      }
    }
    errors.push(...issues.list());
  }
  if (!errors.length && !records.length) errors.push({ row: read.headerRow + 1, column: '', message: 'Die Datei enthält keine Akteure (nur die Kopfzeile).' });
  return { records, errors, warnings: read.warnings };
}

/** The export's view of an actor. */
export interface AkteurExportItem {
  name: string;
  typLabel: string;
  kreis: string;
  beschreibung: string | null;
  kontaktFunktion: string | null;
  kontaktEmail: string | null;
  kontaktTelefon: string | null;
  schulnummern: string[];
  geteilt: boolean;
}

export type ExportCell = string | number | null;

/** Rows in column order (labels instead of codes, so a person can read and edit the file). */
export function akteurExportRows(items: readonly AkteurExportItem[]): ExportCell[][] {
  return items.map((a) => [
    a.name,
    a.typLabel,
    (kreise as Record<string, string>)[a.kreis] ?? a.kreis,
    a.beschreibung,
    a.kontaktFunktion,
    a.kontaktEmail,
    a.kontaktTelefon,
    [...a.schulnummern].sort().join(', '),
    a.geteilt ? 'ja' : 'nein',
  ]);
}
