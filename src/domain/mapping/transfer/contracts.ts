import { z } from 'zod';
import { akteurListQuery, angebotListQuery } from '../contracts.js';

/** Largest file an import accepts (the file itself, before base64). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const transferFormatSchema = z.enum(['csv', 'xlsx'], { error: 'Das Format muss csv oder xlsx sein.' });
export type TransferFormat = z.infer<typeof transferFormatSchema>;

export const importBody = z.strictObject({
  format: transferFormatSchema,
  /** The file, base64-encoded. */
  content: z
    .string({ error: 'Bitte eine Datei mitsenden (Inhalt base64-kodiert).' })
    .min(1, { error: 'Die Datei ist leer.' })
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, { error: 'Der Inhalt muss base64-kodiert sein.' })
    .meta({ description: 'Die Datei (CSV oder XLSX), base64-kodiert; höchstens 5 MB.' }),
  /** Only check the file and report what would happen; nothing is written. */
  dryRun: z.boolean({ error: 'dryRun muss true oder false sein.' }).default(false),
});
export type ImportBody = z.infer<typeof importBody>;

export const transferIssueSchema = z.object({
  /** Row as the spreadsheet shows it (header = 1). */
  row: z.number().int(),
  /** Column header ('' for the whole row or file). */
  column: z.string(),
  message: z.string(),
});
export type TransferIssueDto = z.infer<typeof transferIssueSchema>;

export const importReportSchema = z.object({
  /** False when the file has errors: then nothing was written. */
  ok: z.boolean(),
  /** Only checked, nothing written (counts say what an import would do). */
  dryRun: z.boolean(),
  /** Data rows read. */
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(transferIssueSchema),
  /** Errors beyond those listed (a very broken file lists only the first ones). */
  moreErrors: z.number().int(),
  warnings: z.array(transferIssueSchema),
  millis: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const akteurExportQuery = akteurListQuery.omit({ page: true, pageSize: true }).extend({ format: transferFormatSchema.default('csv') });
export const angebotExportQuery = angebotListQuery.omit({ page: true, pageSize: true }).extend({ format: transferFormatSchema.default('csv') });
export type AkteurExportQuery = z.infer<typeof akteurExportQuery>;
export type AngebotExportQuery = z.infer<typeof angebotExportQuery>;

export const mimeTypes: Record<TransferFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
