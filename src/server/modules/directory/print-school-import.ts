import type { SchoolImportReport } from './use-cases/import-schools.js';

const n = (v: number) => v.toLocaleString('de-DE');

/** The row-by-row report of a school import for the command line. */
export function printSchoolImport(report: SchoolImportReport): void {
  if (!report.ok) {
    console.error(`Import abgebrochen, es wurde nichts gespeichert. ${n(report.errors.length)} Fehler:`);
    for (const e of report.errors.slice(0, 200)) console.error(`  Zeile ${e.row}${e.column ? `, Spalte „${e.column}“` : ''}: ${e.message}`);
    if (report.errors.length > 200) console.error(`  … und ${n(report.errors.length - 200)} weitere`);
    return;
  }
  console.log(`${n(report.rows)} Schulen gelesen in ${n(report.millis)} ms.`);
  console.log(`  Kommunen: ${n(report.kommunen.created)} neu, ${n(report.kommunen.updated)} geändert`);
  console.log(
    `  Schulen:  ${n(report.schulen.created)} neu, ${n(report.schulen.updated)} geändert, ${n(report.schulen.unchanged)} unverändert` +
      (report.schulen.notInFile ? `, ${n(report.schulen.notInFile)} nicht mehr in der Datei (bleiben erhalten)` : ''),
  );
  for (const w of report.warnings) console.log(`  Hinweis Zeile ${w.row}: ${w.message}`);
}
