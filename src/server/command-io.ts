import fs from 'node:fs';
import { parseCsv, type SheetRow } from '../domain/mapping/transfer/sheet.js';
import { decodeText } from './core/decode-text.js';

/** What the file commands write to: the terminal, or a test's collector. */
export interface Output {
  log(s: string): void;
  error(s: string): void;
}

export const stdio: Output = { log: (s) => console.log(s), error: (s) => console.error(s) };

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_SHOWN = 20;
export const n = (v: number) => v.toLocaleString('de-DE');

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
export const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Prints the problems in German (at most 20, then how many more) and gives the exit code 1. */
export function failWith(io: Output, problems: string[]): number {
  io.error(`Abgleich abgebrochen, es wurde nichts geschrieben. ${problems.length === 1 ? '1 Fehler' : `${n(problems.length)} Fehler`}:`);
  for (const p of problems.slice(0, MAX_SHOWN)) io.error(`  ${p}`);
  if (problems.length > MAX_SHOWN) io.error(`  … und ${n(problems.length - MAX_SHOWN)} weitere`);
  return 1;
}

/**
 * A CSV file (comma, semicolon or tab; UTF-8 or Windows-1252) as rows of cells. `label` names the
 * file's rows in messages ("Abgangsliste Zeile 3: …"), `noun` the file itself ("Die Abgangsliste … kann
 * nicht gelesen werden"), `option` the command-line option it came from.
 */
export function readCsvFile(file: string, option: string, label: string, noun = 'Datei'): { rows: SheetRow[] } | { problems: string[] } {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_BYTES) return { problems: [`${option}: Die ${noun} ${file} ist größer als 50 MB.`] };
    buffer = fs.readFileSync(file);
  } catch {
    return { problems: [`${option}: Die ${noun} ${file} kann nicht gelesen werden.`] };
  }
  const parsed = parseCsv(decodeText(buffer).text);
  if ('error' in parsed) return { problems: [`${label} Zeile ${parsed.error.row}: ${parsed.error.message}`] };
  return { rows: parsed.sheet.rows };
}

/** Row issues as the lines the commands print. */
export const issueLines = (label: string, issues: { row: number; column: string; message: string }[]) => issues.map((i) => `${label} Zeile ${i.row}${i.column ? `, Spalte „${i.column}“` : ''}: ${i.message}`);
