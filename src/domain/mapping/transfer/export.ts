import type { ExportCell } from './akteure.js';
import { germanDate, germanDecimal } from './cells.js';
import type { ColumnDef } from './columns.js';
import { toCsv } from './sheet.js';

/** One cell as CSV text: hours with decimal comma, dates as TT.MM.JJJJ, empty for null. */
export function csvCellText(column: Pick<ColumnDef<string>, 'type'>, value: ExportCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return germanDecimal(value);
  return column.type === 'date' ? germanDate(value) : value;
}

/** The whole CSV file: header row and rows (semicolon, UTF-8 with BOM, CRLF, formula guard). */
export function exportCsv<K extends string>(columns: readonly ColumnDef<K>[], rows: readonly ExportCell[][]): string {
  return toCsv([columns.map((c) => c.header), ...rows.map((cells) => columns.map((c, i) => csvCellText(c, cells[i] ?? null)))]);
}

const slugChars: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Köln" → "koeln", "Mülheim an der Ruhr" → "muelheim-an-der-ruhr". */
export function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => slugChars[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'kommune';
}

/** akteure-koeln-2026-11-22.csv */
export function exportFileName(kind: 'akteure' | 'angebote', kommuneName: string, isoDate: string, format: 'csv' | 'xlsx'): string {
  return `${kind}-${slug(kommuneName)}-${isoDate}.${format}`;
}
