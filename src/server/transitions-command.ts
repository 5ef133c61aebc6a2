import path from 'node:path';
import type { PupilRecord } from '../domain/transitions/contracts.js';
import { summarizeRound } from '../domain/transitions/discrepancies.js';
import { linkLists } from '../domain/transitions/link.js';
import { pupilListLabels, readPupilList, type PupilListKind } from '../domain/transitions/pupil-list.js';
import { formatRoundReport } from '../domain/transitions/report.js';
import { csvField, failWith, issueLines, n, readCsvFile, stdio, type Output } from './command-io.js';
import { writeAll } from './write-files.js';

export interface TransitionsMatchOptions {
  leavers: string;
  registrations: string;
  out: string;
  report?: string;
}

/** Reads one list file; problems come back as lines "Abgangsliste Zeile 3, Spalte „Geb.-Datum“: …". */
function readList(file: string, option: string, kind: PupilListKind): { records: PupilRecord[] } | { problems: string[] } {
  const label = pupilListLabels[kind];
  const csv = readCsvFile(file, option, label, label);
  if ('problems' in csv) return csv;
  const read = readPupilList(csv.rows, kind);
  return read.ok ? { records: read.records } : { problems: issueLines(label, read.issues) };
}

/**
 * `strang transitions match`: links a leaver list with a registration list (CSV, comma, semicolon
 * or tab, UTF-8 or Windows-1252) and writes `leaver_id,registration_id,score,decision`, one line per
 * proposed pair; optionally a German report of the discrepancies. Any problem: German messages
 * naming list, row and column on stderr, exit code 1, nothing written. Returns the exit code.
 */
export function runTransitionsMatchCommand(opts: TransitionsMatchOptions, io: Output = stdio): number {
  const fail = (problems: string[]) => failWith(io, problems);
  const targets = [path.resolve(opts.out), ...(opts.report ? [path.resolve(opts.report)] : [])];
  const inputs = [path.resolve(opts.leavers), path.resolve(opts.registrations)];
  const clash = targets.find((t, i) => inputs.includes(t) || targets.indexOf(t) !== i);
  if (clash) return fail([`--out/--report: ${clash} ist zugleich Eingabe oder doppelt angegeben; bitte eine andere Datei wählen.`]);

  const leavers = readList(opts.leavers, '--leavers', 'abgang');
  const registrations = readList(opts.registrations, '--registrations', 'anmeldung');
  const problems = [...('problems' in leavers ? leavers.problems : []), ...('problems' in registrations ? registrations.problems : [])];
  if ('problems' in leavers || 'problems' in registrations) return fail(problems);

  const link = linkLists(leavers.records, registrations.records);
  const summary = summarizeRound(leavers.records, registrations.records, link);
  const csv = ['leaver_id,registration_id,score,decision', ...link.pairs.map((p) => [csvField(p.leaverId), csvField(p.registrationId), p.probability.toFixed(3), p.decision].join(','))].join('\n') + '\n';
  const files = [{ target: opts.out, option: '--out', content: csv }];
  if (opts.report) {
    const report = formatRoundReport({ leavers: leavers.records, registrations: registrations.records, link, summary, leaverSource: opts.leavers, registrationSource: opts.registrations });
    files.push({ target: opts.report, option: '--report', content: report });
  }
  const writeError = writeAll(files);
  if (writeError) return fail([writeError]);

  const c = summary.counts;
  io.log(
    `${n(c.leavers)} Abgänge mit ${n(c.registrations)} Anmeldungen abgeglichen: ${n(c.matches)} Treffer, ${n(c.reviews)} zu prüfen; ` +
      `${n(c.unversorgt)} unversorgt, ${n(c.ohneAbgang)} Anmeldungen ohne Abgang, ${n(c.mehrfach)} mehrfach angemeldet. ` +
      `Geschrieben: ${opts.out}${opts.report ? ` und ${opts.report}` : ''}`,
  );
  return 0;
}
