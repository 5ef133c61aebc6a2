import fs from 'node:fs';
import path from 'node:path';
import { allocate, AllocationError, allocationMethodLabels, allocationMethods, type AllocationField, type AllocationIssue, type AllocationMethod, type AllocationResult } from '../domain/allocation/allocate.js';
import { parseCsv } from '../domain/mapping/transfer/sheet.js';
import { decodeText } from './core/decode-text.js';

export interface AllocateOptions {
  input: string;
  total: string;
  method: string;
  unit?: string;
  /** Header of the minimum column; given explicitly, it must exist. */
  minColumn?: string;
  maxColumn?: string;
  out?: string;
  seed?: string;
}

interface Output {
  log(s: string): void;
  error(s: string): void;
  write(s: string): void;
}

const stdio: Output = { log: (s) => console.log(s), error: (s) => console.error(s), write: (s) => process.stdout.write(s) };

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_SHOWN = 20;
const n = (v: number) => v.toLocaleString('de-DE');
const de = (decimal: string) => decimal.replace('.', ',');

/** A problem with the file or the options, as the user should read it. */
interface Problem {
  where: string;
  message: string;
}

/** A CSV field, quoted when it holds a delimiter, a quote or a line break. */
const csvField = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * `strang allocate`: reads `id,weight[,min,max]` from CSV, apportions exactly and writes `id,units`
 * (units as amounts in the measure of the total, e.g. 2.5 positions). Any problem: German messages
 * naming row and column on stderr, exit code 1, nothing written. Returns the exit code.
 */
export function runAllocateCommand(opts: AllocateOptions, io: Output = stdio): number {
  const problems: Problem[] = [];
  const fail = (list: Problem[]) => {
    io.error(`Verteilung abgebrochen, es wurde nichts geschrieben. ${list.length === 1 ? '1 Fehler' : `${n(list.length)} Fehler`}:`);
    for (const p of list.slice(0, MAX_SHOWN)) io.error(`  ${p.where}: ${p.message}`);
    if (list.length > MAX_SHOWN) io.error(`  … und ${n(list.length - MAX_SHOWN)} weitere`);
    return 1;
  };

  if (!allocationMethods.includes(opts.method as AllocationMethod)) {
    problems.push({ where: '--method', message: `Unbekanntes Verfahren „${opts.method}“: möglich sind ${allocationMethods.join(', ')}.` });
  }
  let buffer: Buffer;
  try {
    const stat = fs.statSync(opts.input);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_BYTES) return fail([...problems, { where: '--input', message: `Die Datei ${opts.input} ist größer als 50 MB.` }]);
    buffer = fs.readFileSync(opts.input);
  } catch {
    return fail([...problems, { where: '--input', message: `Die Datei ${opts.input} kann nicht gelesen werden.` }]);
  }
  const parsed = parseCsv(decodeText(buffer).text);
  if ('error' in parsed) return fail([...problems, { where: `Zeile ${parsed.error.row}`, message: parsed.error.message }]);
  const [header, ...rows] = parsed.sheet.rows;
  if (!header) return fail([...problems, { where: '--input', message: 'Die Datei ist leer.' }]);

  // Columns by header text, ignoring case and surrounding blanks.
  const names = header.cells.map((c) => c.trim());
  const find = (name: string) => names.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
  const column = (name: string, required: boolean) => {
    const at = find(name);
    if (at < 0 && required) problems.push({ where: 'Zeile 1', message: `Die Spalte „${name}“ fehlt in der Kopfzeile (gefunden: ${names.map((h) => `„${h}“`).join(', ')}).` });
    else if (at >= 0 && names.filter((h) => h.toLowerCase() === name.trim().toLowerCase()).length > 1) {
      problems.push({ where: 'Zeile 1', message: `Die Spalte „${name}“ steht mehrfach in der Kopfzeile.` });
    }
    return at;
  };
  const columns = {
    id: column('id', true),
    weight: column('weight', true),
    min: column(opts.minColumn ?? 'min', opts.minColumn !== undefined),
    max: column(opts.maxColumn ?? 'max', opts.maxColumn !== undefined),
  };
  if (problems.length) return fail(problems);

  const cell = (cells: string[], at: number) => (at >= 0 ? (cells[at] ?? '') : undefined);
  let result: AllocationResult;
  try {
    result = allocate({
      recipients: rows.map((r) => ({ id: cell(r.cells, columns.id)!, weight: cell(r.cells, columns.weight)!, min: cell(r.cells, columns.min), max: cell(r.cells, columns.max) })),
      total: opts.total,
      unit: opts.unit ?? '1',
      method: opts.method as AllocationMethod,
      seed: opts.seed,
    });
  } catch (err) {
    if (!(err instanceof AllocationError)) throw err;
    const option: Partial<Record<AllocationField, string>> = { total: '--total', unit: '--unit', method: '--method', seed: '--seed', recipients: '--input' };
    const columnName: Record<string, string> = { id: names[columns.id]!, weight: names[columns.weight]!, min: names[columns.min] ?? 'min', max: names[columns.max] ?? 'max' };
    const where = (i: AllocationIssue) =>
      i.index !== null ? `Zeile ${rows[i.index]!.row}, Spalte „${columnName[i.field] ?? i.field}“` : (option[i.field] ?? `Spalte „${columnName[i.field] ?? i.field}“`);
    return fail(err.issues.map((i) => ({ where: where(i), message: i.message })));
  }

  const csv = ['id,units', ...result.recipients.map((r) => `${csvField(r.id)},${r.amount}`)].join('\n') + '\n';
  for (const tie of result.ties) {
    io.error(
      `Gleichstand: ${tie.units === 1 ? 'eine Einheit' : `${n(tie.units)} Einheiten`} für ${n(tie.candidates.length)} Empfänger mit genau gleichem Anspruch (${result.method === 'hare-niemeyer' ? 'Rest' : 'Höchstzahl'} ${de(tie.value.decimal)}): ${tie.candidates.join(', ')}.`,
    );
    io.error(`  Entschieden durch Los mit dem Startwert „${result.seed}“ (Reihenfolge: ${tie.candidates.join(', ')}); je eine Einheit erhalten: ${tie.winners.join(', ')}.`);
    io.error(`  Mit --seed lässt sich das Los nachvollziehen oder neu ziehen.`);
  }
  if (!opts.out) {
    io.write(csv);
    return 0;
  }
  // Write next to the target and rename, so a failed write never leaves half a file.
  const target = path.resolve(opts.out);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, csv);
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
    return fail([{ where: '--out', message: `Die Datei ${opts.out} kann nicht geschrieben werden.` }]);
  }
  const bound = result.recipients.filter((r) => r.bound).length;
  io.log(
    `${n(result.units)} Einheiten zu ${de(result.unit)} (zusammen ${de(result.total)}) auf ${n(result.recipients.length)} Empfänger verteilt nach ${allocationMethodLabels[result.method]}` +
      `${result.divisor ? `, Divisor ${de(result.divisor.decimal)}` : ''}${bound ? `; Mindest- oder Höchstwert greift bei ${n(bound)}` : ''}. Geschrieben: ${opts.out}`,
  );
  return 0;
}
