import ExcelJS from 'exceljs';
import type { ExportCell } from '../../../../domain/mapping/transfer/akteure.js';
import type { ColumnDef } from '../../../../domain/mapping/transfer/columns.js';

function isoToDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/**
 * One worksheet: bold, frozen header row with an auto filter, column widths from the layout,
 * hours as numbers and dates as dates (TT.MM.JJJJ), everything else as text (never a formula).
 */
export async function exportXlsx<K extends string>(sheetName: string, columns: readonly ColumnDef<K>[], rows: readonly ExportCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Strang';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: c.type === 'date' ? { numFmt: 'dd.mm.yyyy' } : c.type === 'number' ? { numFmt: '0.##' } : { alignment: { wrapText: false } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  for (const cells of rows) {
    sheet.addRow(columns.map((c, i) => {
      const v = cells[i] ?? null;
      if (v === null) return null;
      if (c.type === 'date' && typeof v === 'string') return isoToDate(v);
      return v;
    }));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
