import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../../domain/mapping/transfer/contracts.js';
import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { findKommune } from '../../directory/directory.repository.js';
import { runAkteurImport } from './import-akteure.js';
import { runAngebotImport } from './import-angebote.js';
import { assertFileSize } from './import-report.js';
import { findKommuneByAgs } from './transfer.repository.js';

const n = (v: number) => v.toLocaleString('de-DE');

/**
 * `strang import akteure|angebote --kommune <AGS> DATEI`: the same import as the web, run by whoever
 * controls the server (no user, audited without actor). CSV or XLSX by the file's extension.
 */
export async function runImportCommand(db: Db, input: { kind: 'akteure' | 'angebote'; ags: string; file: string; dryRun: boolean }): Promise<ImportReport> {
  const ext = path.extname(input.file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new AppError(400, 'unsupported_file', `Die Datei ${input.file} muss auf .csv oder .xlsx enden.`);
  let content: Buffer;
  try {
    content = fs.readFileSync(input.file);
  } catch {
    throw new AppError(400, 'file_not_found', `Die Datei ${input.file} kann nicht gelesen werden.`);
  }
  assertFileSize(content);
  const ags = input.ags.trim();
  const row = /^\d{7,8}$/.test(ags) ? await findKommuneByAgs(db, ags.padStart(8, '0')) : undefined;
  const kommune = row ? await findKommune(db, row.id) : undefined;
  if (!kommune) throw new AppError(404, 'not_found', `Eine Kommune mit dem Gemeindeschlüssel ${input.ags} gibt es nicht. Bitte zuerst die Schulen einlesen (strang import schools).`);
  const run = input.kind === 'akteure' ? runAkteurImport : runAngebotImport;
  return run(db, { id: kommune.id, name: kommune.name, path: kommune.path }, { format: ext === '.xlsx' ? 'xlsx' : 'csv', content, dryRun: input.dryRun, actorId: null, requestId: null });
}

/** The row-by-row report for the command line. */
export function printImportReport(kind: 'akteure' | 'angebote', report: ImportReport, out: { log(s: string): void; error(s: string): void } = console): void {
  const what = kind === 'akteure' ? 'Akteure' : 'Angebote';
  if (!report.ok) {
    const total = report.errors.length + report.moreErrors;
    out.error(`Import abgebrochen, es wurde nichts gespeichert. ${n(total)} Fehler:`);
    for (const e of report.errors) out.error(`  Zeile ${e.row}${e.column ? `, Spalte „${e.column}“` : ''}: ${e.message}`);
    if (report.moreErrors) out.error(`  … und ${n(report.moreErrors)} weitere`);
  } else {
    out.log(`${report.dryRun ? 'Prüfung (nichts gespeichert): ' : ''}${n(report.rows)} ${what} gelesen in ${n(report.millis)} ms.`);
    out.log(`  ${n(report.created)} neu, ${n(report.updated)} geändert, ${n(report.unchanged)} unverändert`);
  }
  for (const w of report.warnings) out.log(`  Hinweis Zeile ${w.row}${w.column ? `, Spalte „${w.column}“` : ''}: ${w.message}`);
}
