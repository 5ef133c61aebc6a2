import { angebotBody, type AngebotInput } from '../contracts.js';
import { angebotStatus } from '../vocabulary.js';
import { altersphasen, codeOf, ebenen, finanzierungen, handlungsfelder, type Vocabulary } from '../../shared/vocabularies.js';
import { resolveSchulnummern, type ExportCell, type ValidatedSheet } from './akteure.js';
import { entryKey, parseBooleanCell, parseDateCell, parseDecimalCell, splitList } from './cells.js';
import { angebotColumns, type AngebotColumn } from './columns.js';
import { listAllowed, readSheet, RowIssues, textOrNull } from './read-sheet.js';
import type { Sheet, TransferIssue } from './sheet.js';

/** An actor of the Kommune as the Träger column can name it. */
export interface TraegerRef {
  id: string;
  name: string;
  archiviert: boolean;
}

export interface AngebotLookups {
  kommuneName: string;
  /** Schulnummer → id, for the schools of the Kommune only. */
  schulen: ReadonlyMap<string, string>;
  /** entryKey(actor name) → the actors of the Kommune with that name. */
  akteure: ReadonlyMap<string, readonly TraegerRef[]>;
}

export interface AngebotImportRecord {
  row: number;
  /** Upsert key: title (without regard to case and spaces) and provider. */
  key: string;
  values: AngebotInput;
  present: ReadonlySet<AngebotColumn>;
}

/** The key an offer is found by on re-import: Titel + Träger within the Kommune. */
export const angebotKey = (titel: string, akteurId: string | null) => `${entryKey(titel)}\u0000${akteurId ?? ''}`;

const fieldToColumn: Readonly<Record<string, AngebotColumn>> = {
  titel: 'titel',
  beschreibung: 'beschreibung',
  akteurId: 'traeger',
  handlungsfeld: 'handlungsfeld',
  ebene: 'ebene',
  altersphasen: 'altersphasen',
  zielgruppe: 'zielgruppe',
  standortIds: 'standorte',
  stundenProWoche: 'stundenProWoche',
  finanzierung: 'finanzierung',
  beginn: 'beginn',
  ende: 'ende',
  status: 'status',
  geteilt: 'geteilt',
};

/** Looks up the provider by name; answers its id or a German reason. */
export function resolveTraeger(name: string, lookups: AngebotLookups): { id: string } | { message: string } {
  const found = lookups.akteure.get(entryKey(name)) ?? [];
  const active = found.filter((a) => !a.archiviert);
  if (active.length === 1) return { id: active[0]!.id };
  if (active.length > 1) return { message: `In ${lookups.kommuneName} gibt es ${active.length} Akteure mit dem Namen „${name}“; der Träger ist nicht eindeutig. Bitte benennen Sie sie zuerst verschieden.` };
  if (found.length) return { message: `Der Akteur „${found[0]!.name}“ ist archiviert und kann kein Träger sein.` };
  return { message: `Den Akteur „${name}“ gibt es in ${lookups.kommuneName} nicht. Legen Sie ihn zuerst an oder importieren Sie zuerst die Akteure.` };
}

function vocabularyCell<V extends Vocabulary>(
  issues: RowIssues<AngebotColumn>,
  key: AngebotColumn,
  raw: string | null,
  vocabulary: V,
  what: { empty: string; name: string },
): (keyof V & string) | undefined {
  if (!raw) {
    issues.add(key, `${what.empty} Erlaubt: ${listAllowed(Object.values(vocabulary))}.`);
    return undefined;
  }
  const code = codeOf(vocabulary, raw);
  if (!code) issues.add(key, `„${raw}“ ist ${what.name}. Erlaubt: ${listAllowed(Object.values(vocabulary))} (Code oder Bezeichnung).`);
  return code;
}

/** Reads and checks every row of an offer file; any error means nothing may be written. */
export function validateAngebotSheet(sheet: Sheet, lookups: AngebotLookups): ValidatedSheet<AngebotImportRecord> {
  const read = readSheet(sheet, angebotColumns, 'Angebote');
  if (read.errors.length) return { records: [], errors: read.errors, warnings: read.warnings };
  const records: AngebotImportRecord[] = [];
  const errors: TransferIssue[] = [];
  const seen = new Map<string, number>();

  for (const r of read.rows) {
    const issues = new RowIssues(r.row, angebotColumns);
    const c: Record<string, unknown> = {};

    c.titel = textOrNull(r.get('titel')) ?? undefined;
    c.beschreibung = textOrNull(r.get('beschreibung'));

    const traeger = textOrNull(r.get('traeger'));
    c.akteurId = null;
    if (traeger) {
      const found = resolveTraeger(traeger, lookups);
      if ('id' in found) c.akteurId = found.id;
      else issues.add('traeger', found.message);
    }

    c.handlungsfeld = vocabularyCell(issues, 'handlungsfeld', textOrNull(r.get('handlungsfeld')), handlungsfelder, { empty: 'Bitte ein Handlungsfeld angeben.', name: 'kein Handlungsfeld' });
    c.ebene = vocabularyCell(issues, 'ebene', textOrNull(r.get('ebene')), ebenen, { empty: 'Bitte eine Ebene angeben.', name: 'keine Ebene' });
    c.finanzierung = vocabularyCell(issues, 'finanzierung', textOrNull(r.get('finanzierung')), finanzierungen, { empty: 'Bitte eine Finanzierung angeben.', name: 'keine Finanzierung' });

    const phasen = splitList(r.get('altersphasen') ?? '');
    if (!phasen.length) issues.add('altersphasen', `Bitte mindestens eine Altersphase angeben (mehrere durch Komma getrennt). Erlaubt: ${listAllowed(Object.values(altersphasen))}.`);
    else {
      const unknown = phasen.filter((p) => !codeOf(altersphasen, p));
      if (unknown.length) {
        issues.add('altersphasen', `${listAllowed(unknown)} ${unknown.length === 1 ? 'ist keine Altersphase' : 'sind keine Altersphasen'}. Erlaubt: ${listAllowed(Object.values(altersphasen))} (Code oder Bezeichnung, durch Komma getrennt).`);
      }
      // Stored in the order of the vocabulary, so a re-import with another order changes nothing.
      const codes = new Set(phasen.map((p) => codeOf(altersphasen, p)).filter((p) => p !== undefined));
      c.altersphasen = Object.keys(altersphasen).filter((code) => codes.has(code as keyof typeof altersphasen));
    }

    c.zielgruppe = textOrNull(r.get('zielgruppe'));

    const sites = resolveSchulnummern(r.get('standorte') ?? '', lookups.schulen, lookups.kommuneName);
    if (sites.message) issues.add('standorte', sites.message);
    c.standortIds = sites.ids;

    const stunden = parseDecimalCell(r.get('stundenProWoche') ?? '');
    if (!stunden.ok) issues.add('stundenProWoche', stunden.message);
    else c.stundenProWoche = stunden.value;

    for (const key of ['beginn', 'ende'] as const) {
      const date = parseDateCell(r.get(key) ?? '');
      if (!date.ok) issues.add(key, date.message);
      else c[key] = date.value;
    }

    const statusRaw = textOrNull(r.get('status'));
    if (statusRaw) {
      const code = codeOf(angebotStatus, statusRaw);
      if (code) c.status = code;
      else issues.add('status', `„${statusRaw}“ ist kein Status. Erlaubt: ${listAllowed(Object.values(angebotStatus))}; leer heißt „Laufend“.`);
    }

    const geteilt = parseBooleanCell(r.get('geteilt') ?? '');
    if (!geteilt.ok) issues.add('geteilt', `${geteilt.message} Bitte „ja“ oder „nein“ angeben.`);
    else c.geteilt = geteilt.value ?? false;

    const parsed = angebotBody.safeParse(c);
    if (!parsed.success) issues.addZod(parsed.error, fieldToColumn);

    if (parsed.success && issues.count === 0) {
      const key = angebotKey(parsed.data.titel, parsed.data.akteurId);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issues.add('titel', `Das Angebot „${parsed.data.titel}“${traeger ? ` von „${traeger}“` : ' ohne Träger'} steht schon in Zeile ${earlier}. Titel und Träger zusammen dürfen nur einmal vorkommen.`);
      } else {
        seen.set(key, r.row);
        records.push({ row: r.row, key, values: parsed.data, present: read.present });
      }
    }
    errors.push(...issues.list());
  }
  if (!errors.length && !records.length) errors.push({ row: read.headerRow + 1, column: '', message: 'Die Datei enthält keine Angebote (nur die Kopfzeile).' });
  return { records, errors, warnings: read.warnings };
}

/** The export's view of an offer. */
export interface AngebotExportItem {
  titel: string;
  beschreibung: string | null;
  akteurName: string | null;
  handlungsfeld: string;
  ebene: string;
  altersphasen: readonly string[];
  zielgruppe: string | null;
  schulnummern: string[];
  stundenProWoche: number | null;
  finanzierung: string;
  beginn: string | null;
  ende: string | null;
  status: string;
  geteilt: boolean;
}

const label = (vocabulary: Vocabulary, code: string) => vocabulary[code] ?? code;

/** Rows in column order; dates stay ISO and hours numbers (the CSV and XLSX writers format them). */
export function angebotExportRows(items: readonly AngebotExportItem[]): ExportCell[][] {
  return items.map((a) => [
    a.titel,
    a.beschreibung,
    a.akteurName,
    label(handlungsfelder, a.handlungsfeld),
    label(ebenen, a.ebene),
    Object.keys(altersphasen)
      .filter((code) => a.altersphasen.includes(code))
      .map((code) => label(altersphasen, code))
      .join(', '),
    a.zielgruppe,
    [...a.schulnummern].sort().join(', '),
    a.stundenProWoche,
    label(finanzierungen, a.finanzierung),
    a.beginn,
    a.ende,
    label(angebotStatus, a.status),
    a.geteilt ? 'ja' : 'nein',
  ]);
}
