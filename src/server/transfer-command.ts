import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../domain/mapping/transfer/sheet.js';
import { rankPractices } from '../domain/transfer/rank.js';
import { readTransferTable, transferTableLabels, type TransferRecord, type TransferTableKind } from '../domain/transfer/table.js';
import { decodeText } from './core/decode-text.js';
import { writeAll } from './write-files.js';

export interface TransferMatchOptions {
  practices: string;
  gaps: string;
  out: string;
  top?: string;
}

interface Output {
  log(s: string): void;
  error(s: string): void;
}

const stdio: Output = { log: (s) => console.log(s), error: (s) => console.error(s) };
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_SHOWN = 20;
const n = (v: number) => v.toLocaleString('de-DE');
const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function readTable(file: string, option: string, kind: TransferTableKind): { records: TransferRecord[] } | { problems: string[] } {
  const label = transferTableLabels[kind];
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_BYTES) return { problems: [`${option}: Die Datei ${file} ist größer als 50 MB.`] };
    buffer = fs.readFileSync(file);
  } catch {
    return { problems: [`${option}: Die Datei ${file} kann nicht gelesen werden.`] };
  }
  const parsed = parseCsv(decodeText(buffer).text);
  if ('error' in parsed) return { problems: [`${label} Zeile ${parsed.error.row}: ${parsed.error.message}`] };
  const read = readTransferTable(parsed.sheet.rows, kind);
  if (read.ok) return { records: read.records };
  return { problems: read.issues.map((i) => `${label} Zeile ${i.row}${i.column ? `, Spalte „${i.column}“` : ''}: ${i.message}`) };
}

/**
 * `strang transfer match`: ranks, for every gap, the practices of other Kommunen with the same
 * engine as the app and writes `gap_id,rank,practice_id,score`. Any problem: German messages naming
 * file, row and column on stderr, exit code 1, nothing written. Returns the exit code.
 */
export function runTransferMatchCommand(opts: TransferMatchOptions, io: Output = stdio): number {
  const fail = (problems: string[]) => {
    io.error(`Abgleich abgebrochen, es wurde nichts geschrieben. ${problems.length === 1 ? '1 Fehler' : `${n(problems.length)} Fehler`}:`);
    for (const p of problems.slice(0, MAX_SHOWN)) io.error(`  ${p}`);
    if (problems.length > MAX_SHOWN) io.error(`  … und ${n(problems.length - MAX_SHOWN)} weitere`);
    return 1;
  };
  const top = opts.top === undefined ? 5 : Number(opts.top);
  if (!Number.isInteger(top) || top < 1 || top > 100) return fail([`--top: „${opts.top}“ ist keine ganze Zahl von 1 bis 100.`]);
  const out = path.resolve(opts.out);
  if (out === path.resolve(opts.practices) || out === path.resolve(opts.gaps)) return fail([`--out: ${opts.out} ist zugleich Eingabe; bitte eine andere Datei wählen.`]);

  const practices = readTable(opts.practices, '--practices', 'praxis');
  const gaps = readTable(opts.gaps, '--gaps', 'luecke');
  if ('problems' in practices || 'problems' in gaps) return fail([...('problems' in practices ? practices.problems : []), ...('problems' in gaps ? gaps.problems : [])]);

  // A Kommune is the same however it is capitalised or spaced, so its own practices stay out.
  const kommune = (k: string) => k.trim().replace(/\s+/g, ' ').toLowerCase();
  const ranked = rankPractices(
    gaps.records.map((g) => ({ id: g.id, kommune: kommune(g.kommune), text: [g.titel, g.beschreibung].filter(Boolean).join('\n'), handlungsfelder: g.handlungsfelder, altersphasen: g.altersphasen })),
    practices.records.map((p) => ({ ...p, kommune: kommune(p.kommune) })),
    { top },
  );
  const lines = ['gap_id,rank,practice_id,score'];
  let proposals = 0;
  for (const gap of gaps.records) {
    (ranked.get(gap.id) ?? []).forEach((p, i) => {
      lines.push([csvField(gap.id), String(i + 1), csvField(p.practiceId), p.score.toFixed(3)].join(','));
      proposals++;
    });
  }
  const writeError = writeAll([{ target: opts.out, option: '--out', content: `${lines.join('\n')}\n` }]);
  if (writeError) return fail([writeError]);
  const without = gaps.records.filter((g) => !(ranked.get(g.id) ?? []).length).length;
  io.log(`${n(gaps.records.length)} Lücken mit ${n(practices.records.length)} Praxisbeispielen abgeglichen: ${n(proposals)} Vorschläge${without ? `, ${n(without)} Lücken ohne Vorschlag` : ''}. Geschrieben: ${opts.out}`);
  return 0;
}
