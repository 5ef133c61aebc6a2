import ExcelJS from 'exceljs';
import type { TransferFormat } from '../../../../domain/mapping/transfer/contracts.js';
import { parseCsv, type Sheet, type TransferIssue } from '../../../../domain/mapping/transfer/sheet.js';
import { decodeText } from '../../../core/decode-text.js';

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export type ReadResult = { sheet: Sheet; encoding?: 'utf-8' | 'windows-1252' } | { error: TransferIssue };

/** A file's bytes as a sheet of text cells; CSV in UTF-8 (with or without BOM) or Windows-1252. */
export async function readTransferFile(bytes: Buffer, format: TransferFormat): Promise<ReadResult> {
  if (bytes.length === 0) return { error: { row: 1, column: '', message: 'Die Datei ist leer.' } };
  if (format === 'csv') {
    if (isZip(bytes)) return { error: { row: 1, column: '', message: 'Die Datei ist eine Excel-Datei (XLSX), keine CSV-Datei. Bitte als XLSX einlesen.' } };
    const { text, encoding } = decodeText(bytes);
    const parsed = parseCsv(text);
    return 'error' in parsed ? parsed : { sheet: parsed.sheet, encoding };
  }
  if (!isZip(bytes)) return { error: { row: 1, column: '', message: 'Die Datei ist keine Excel-Datei (XLSX). CSV-Dateien bitte als CSV einlesen.' } };
  return readXlsx(bytes);
}

type CellValue = ExcelJS.CellValue;

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel dates carry no time zone: the date is read in UTC, as exceljs stores it. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '';
  return day + time;
}

/** Any cell value as the text the import reads (formulas by their last result, links by their text). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((p) => p.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text ?? null);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return '';
}

async function readXlsx(bytes: Buffer): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { error: { row: 1, column: '', message: 'Die Excel-Datei kann nicht gelesen werden. Bitte speichern Sie sie erneut als .xlsx.' } };
  }
  const worksheet = workbook.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden' && w.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!worksheet) return { error: { row: 1, column: '', message: 'Die Excel-Datei enthält kein Tabellenblatt.' } };
  const rows: Sheet['rows'] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    const count = row.cellCount;
    for (let i = 1; i <= count; i++) cells.push(cellText(row.getCell(i).value));
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: row.number, cells });
  });
  return { sheet: { rows } };
}
