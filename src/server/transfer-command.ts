import path from 'node:path';
import { rankPractices } from '../domain/transfer/rank.js';
import { readTransferTable, transferTableLabels, type TransferRecord, type TransferTableKind } from '../domain/transfer/table.js';
import { csvField, failWith, issueLines, n, readCsvFile, stdio, type Output } from './command-io.js';
import { writeAll } from './write-files.js';

export interface TransferMatchOptions {
  practices: string;
  gaps: string;
  out: string;
  top?: string;
}

function readTable(file: string, option: string, kind: TransferTableKind): { records: TransferRecord[] } | { problems: string[] } {
  const label = transferTableLabels[kind];
  const csv = readCsvFile(file, option, label);
  if ('problems' in csv) return csv;
  const read = readTransferTable(csv.rows, kind);
  return read.ok ? { records: read.records } : { problems: issueLines(label, read.issues) };
}

/**
 * `strang transfer match`: ranks, for every gap, the practices of other Kommunen with the same
 * engine as the app and writes `gap_id,rank,practice_id,score`. Any problem: German messages naming
 * file, row and column on stderr, exit code 1, nothing written. Returns the exit code.
 */
export function runTransferMatchCommand(opts: TransferMatchOptions, io: Output = stdio): number {
  const fail = (problems: string[]) => failWith(io, problems);
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
