import type { z } from 'zod';
import { matchHeader, type ColumnDef } from './columns.js';
import { unguardFormula, type Sheet, type TransferIssue } from './sheet.js';

/** One data row with access to its cells by column key. */
export interface DataRow<K extends string> {
  row: number;
  /** Cell text (formula guard removed, not trimmed); undefined when the column is not in the file. */
  get(key: K): string | undefined;
}

export interface ReadSheet<K extends string> {
  /** Row number of the header. */
  headerRow: number;
  /** Columns the file has. */
  present: ReadonlySet<K>;
  rows: DataRow<K>[];
  errors: TransferIssue[];
  warnings: TransferIssue[];
}

/**
 * Finds the header (the first non-blank row), checks the required columns and hands out the data
 * rows. Unknown columns are ignored with a warning, so a file with an extra notes column still works.
 */
export function readSheet<K extends string>(sheet: Sheet, columns: readonly ColumnDef<K>[], what: string): ReadSheet<K> {
  const [header, ...data] = sheet.rows;
  if (!header) return { headerRow: 1, present: new Set(), rows: [], errors: [{ row: 1, column: '', message: 'Die Datei ist leer.' }], warnings: [] };
  const match = matchHeader(columns, header.cells);
  const errors: TransferIssue[] = match.missing.map((column) => ({
    row: header.row,
    column,
    message: `Die Spalte „${column}“ fehlt in der Kopfzeile (Zeile ${header.row}). Erwartet werden: ${columns.map((c) => c.header).join('; ')}.`,
  }));
  const warnings: TransferIssue[] = [
    ...match.unknown.map(({ header: h }) => ({ row: header.row, column: h, message: `Die Spalte „${h}“ ist unbekannt und wird nicht eingelesen.` })),
    ...match.duplicate.map(({ header: h }) => ({ row: header.row, column: h, message: `Die Spalte „${h}“ kommt mehrfach vor; eingelesen wird nur die erste.` })),
  ];
  const absent = columns.filter((c) => !c.required && match.index[c.key] === undefined).map((c) => c.header);
  if (absent.length) {
    warnings.push({
      row: header.row,
      column: absent.length === 1 ? absent[0]! : '',
      message: `${absent.length === 1 ? 'Die Spalte' : 'Die Spalten'} ${listAllowed(absent, 'und')} ${absent.length === 1 ? 'fehlt' : 'fehlen'}: neue ${what} bleiben dort leer, vorhandene behalten ihren Wert.`,
    });
  }
  const present = new Set(columns.filter((c) => match.index[c.key] !== undefined).map((c) => c.key));
  const rows = data.map(({ row, cells }): DataRow<K> => ({
    row,
    get: (key) => {
      const i = match.index[key];
      if (i === undefined) return undefined;
      return unguardFormula(cells[i] ?? '');
    },
  }));
  return { headerRow: header.row, present, rows, errors, warnings };
}

/**
 * Collects the problems of one row. The first problem per column wins, so a cell that could not be
 * read is not reported a second time by the contract check.
 */
export class RowIssues<K extends string> {
  private readonly byColumn = new Map<K | '', TransferIssue>();

  constructor(
    private readonly row: number,
    private readonly columns: readonly ColumnDef<K>[],
  ) {}

  add(key: K | '', message: string): void {
    if (this.byColumn.has(key)) return;
    const column = key === '' ? '' : (this.columns.find((c) => c.key === key)?.header ?? '');
    this.byColumn.set(key, { row: this.row, column, message });
  }

  has(key: K): boolean {
    return this.byColumn.has(key);
  }

  get count(): number {
    return this.byColumn.size;
  }

  /** Adds the issues of a failed contract check; `fieldToColumn` maps contract fields to columns. */
  addZod(error: z.ZodError, fieldToColumn: Readonly<Record<string, K>>): void {
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? '');
      this.add(fieldToColumn[field] ?? '', issue.message);
    }
  }

  /** In column order, row-level problems last. */
  list(): TransferIssue[] {
    const order = (k: K | '') => (k === '' ? Number.MAX_SAFE_INTEGER : this.columns.findIndex((c) => c.key === k));
    return [...this.byColumn.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([, issue]) => issue);
  }
}

/** Trimmed text or null for an empty cell. */
export const textOrNull = (v: string | undefined): string | null => {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
};

/** „A“, „B“ oder „C“ — for listing allowed values (or „A“ und „B“ for things that are all meant). */
export function listAllowed(labels: readonly string[], conjunction: 'oder' | 'und' = 'oder'): string {
  const quoted = labels.map((l) => `„${l}“`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
