import { parse } from 'csv-parse/sync';

/** One line of a file as a spreadsheet shows it: its row number (header = 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A table read from CSV or XLSX: all rows in order, header first; blank rows may be left out. */
export interface Sheet {
  rows: SheetRow[];
}

/** A problem with a cell, a row or the whole file; `column` is the header text ('' for the row or file). */
export interface TransferIssue {
  row: number;
  column: string;
  message: string;
}

const QUOTE_HINT = 'Felder mit Trennzeichen, Anführungszeichen oder Zeilenumbrüchen müssen ganz in Anführungszeichen stehen, Anführungszeichen darin verdoppelt („""“).';

/** A CSV syntax error in German, at the spreadsheet row of the record that could not be read. */
function csvError(err: unknown): TransferIssue {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: string; records?: number; lines?: number; index?: number };
  const row = typeof e.records === 'number' ? e.records + 1 : typeof e.lines === 'number' ? e.lines : 1;
  const field = typeof e.index === 'number' ? ` im ${e.index + 1}. Feld` : '';
  const message =
    e.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `Ein Anführungszeichen${field} wird bis zum Ende der Datei nicht geschlossen. ${QUOTE_HINT}`
      : e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'INVALID_OPENING_QUOTE' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
        ? `Ein Anführungszeichen${field} steht an einer Stelle, an der es nicht stehen darf. ${QUOTE_HINT}`
        : `Die Datei ist kein lesbares CSV${field}.`;
  return { row, column: '', message };
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * Picks the delimiter of the header line: semicolon (German Excel, our exports), comma or tab.
 * A tie (or a single column) means semicolon.
 */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim()) ?? '';
  const counts = ([';', ',', '\t'] as const).map((d) => [d, countOutsideQuotes(firstLine, d)] as const);
  const semicolons = counts[0]![1];
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > semicolons ? best[0] : ';';
}

/**
 * Reads CSV text (UTF-8 already decoded; a leading BOM is dropped) into a sheet. Row numbers are
 * those a spreadsheet shows: a quoted line break stays inside its row, empty lines count.
 */
export function parseCsv(text: string): { sheet: Sheet; delimiter: string } | { error: TransferIssue } {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { error: { row: 1, column: '', message: 'Die Datei ist leer.' } };
  const delimiter = detectDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    return { error: csvError(err) };
  }
  const rows: SheetRow[] = [];
  records.forEach((cells, i) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: i + 1, cells });
  });
  return { sheet: { rows }, delimiter };
}

// ---- formula guard ---------------------------------------------------------

/** A cell Excel would run as a formula (also behind apostrophes already there). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Export: a cell that starts like a formula gets an apostrophe in front, so Excel shows it as text. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Import: takes off the apostrophe an export put in front (and only that one). */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

// ---- CSV writing -------------------------------------------------------------

const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

/** One CSV field: formula guard, then quotes where needed (inner quotes doubled). */
export function csvField(value: string): string {
  const guarded = guardFormula(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** CSV as Excel in Germany opens it: UTF-8 with BOM, semicolons, CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvField).join(';')).join('\r\n')}\r\n`;
}
