import type { SheetRow, TransferIssue } from '../mapping/transfer/sheet.js';
import { altersphasen, codeOf, handlungsfelder } from '../shared/vocabularies.js';

/**
 * Reading practices or gaps from a table (CSV already split into cells) for `strang transfer
 * match`: columns id, kommune, titel, beschreibung, handlungsfelder, altersphasen; lists separated
 * by "|", each entry a code or its German label. Every row is checked; any problem means no records.
 */

export interface TransferRecord {
  id: string;
  kommune: string;
  titel: string;
  beschreibung: string;
  handlungsfelder: string[];
  altersphasen: string[];
}

export type TransferTableKind = 'praxis' | 'luecke';
export const transferTableLabels: Record<TransferTableKind, string> = { praxis: 'Praxisbeispiele', luecke: 'Lücken' };

const COLUMNS = ['id', 'kommune', 'titel', 'beschreibung', 'handlungsfelder', 'altersphasen'] as const;
type Column = (typeof COLUMNS)[number];
const ALIASES: Record<Column, string[]> = {
  id: ['id', 'kennung', 'nr'],
  kommune: ['kommune', 'stadt', 'kreis', 'gemeinde'],
  titel: ['titel', 'title', 'name', 'ueberschrift'],
  beschreibung: ['beschreibung', 'text', 'wo hakt es', 'description'],
  handlungsfelder: ['handlungsfelder', 'handlungsfeld', 'felder'],
  altersphasen: ['altersphasen', 'altersphase', 'alter'],
};
const key = (t: string) => t.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z0-9]/g, '');

export type TransferTableResult = { ok: true; records: TransferRecord[] } | { ok: false; issues: TransferIssue[] };

export function readTransferTable(rows: readonly SheetRow[], kind: TransferTableKind): TransferTableResult {
  const [header, ...body] = rows;
  if (!header) return { ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist leer.' }] };
  const names = header.cells.map((c) => c.trim());
  const at: Partial<Record<Column, number>> = {};
  names.forEach((name, i) => {
    const column = COLUMNS.find((c) => ALIASES[c].map(key).includes(key(name)));
    if (column && at[column] === undefined) at[column] = i;
  });
  const required: Column[] = kind === 'praxis' ? ['id', 'kommune', 'titel', 'beschreibung'] : ['id', 'kommune', 'beschreibung'];
  const missing = required.filter((c) => at[c] === undefined);
  if (missing.length) {
    return { ok: false, issues: missing.map((c) => ({ row: header.row, column: '', message: `Die Spalte „${c}“ fehlt in der Kopfzeile (gefunden: ${names.map((n) => `„${n}“`).join(', ')}).` })) };
  }
  const issues: TransferIssue[] = [];
  const seen = new Map<string, number>();
  const records: TransferRecord[] = [];
  for (const r of body) {
    const cell = (c: Column) => (at[c] === undefined ? '' : (r.cells[at[c]!] ?? '').trim());
    const problem = (c: Column, message: string) => issues.push({ row: r.row, column: names[at[c]!] ?? c, message });
    const id = cell('id');
    if (!id) problem('id', 'Die Kennung fehlt.');
    else if (seen.has(id)) problem('id', `Die Kennung „${id}“ steht schon in Zeile ${seen.get(id)}.`);
    else seen.set(id, r.row);
    if (!cell('kommune')) problem('kommune', 'Die Kommune fehlt.');
    if (kind === 'praxis' && !cell('titel')) problem('titel', 'Der Titel fehlt.');
    if (!cell('beschreibung') && !cell('titel')) problem('beschreibung', 'Die Beschreibung fehlt.');
    const list = <V extends Record<string, string>>(c: Column, vocabulary: V, what: string): string[] =>
      cell(c)
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
        .flatMap((entry) => {
          const code = codeOf(vocabulary, entry);
          if (!code) problem(c, `„${entry}“ ist ${what}; erlaubt sind ${Object.keys(vocabulary).join(', ')} oder ihre deutschen Bezeichnungen.`);
          return code ? [code] : [];
        });
    records.push({
      id,
      kommune: cell('kommune'),
      titel: cell('titel'),
      beschreibung: cell('beschreibung'),
      handlungsfelder: list('handlungsfelder', handlungsfelder, 'kein Handlungsfeld'),
      altersphasen: list('altersphasen', altersphasen, 'keine Altersphase'),
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, records };
}
