/** A file the API sends as a download. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/** More than any Kommune keeps; the export is one file, not paged. */
export const MAX_EXPORT_ROWS = 100_000;

/** The calendar day in Germany (file names of exports). */
export function todayInGermany(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** attachment; filename="…" (ASCII file names only, so no extended form is needed). */
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
