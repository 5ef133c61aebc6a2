import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { praxisbeispiele } from '../domain/transfer/content/index.js';
import { handlungsfelder } from '../domain/shared/vocabularies.js';
import { runStrang } from './testing/run-strang.js';

// `strang transfer match` needs no database: it reads two CSV files and writes one.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-transfer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const strang = (args: string[]) => runStrang(['transfer', 'match', ...args], path.join(dir, 'unused'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The 60 demo practices as the command reads them: Handlungsfelder as German labels, phases as codes. */
const practicesCsv = [
  'id;kommune;titel;beschreibung;handlungsfelder;altersphasen',
  ...praxisbeispiele.map((p) => [p.id, p.kommune, q(p.titel), q(p.beschreibung), p.handlungsfelder.map((f) => handlungsfelder[f]).join('|'), p.altersphasen.join('|')].join(';')),
].join('\n');

describe('strang transfer match on the command line', () => {
  it('writes up to --top proposals per gap, never from the gap’s own Kommune', { timeout: 60_000 }, async () => {
    const practices = file('praxis.csv', iconv.encode(practicesCsv, 'win1252'));
    const gaps = file(
      'luecken.csv',
      [
        'id,kommune,titel,beschreibung,handlungsfelder,altersphasen',
        'L1,Hamm,,"Uns fehlt Sozialarbeit an den Grundschulen; Eltern wissen nicht, an wen sie sich wenden sollen.",beratung,6-9',
        'L2,gelsenkirchen,Babys,"Familien mit Neugeborenen erreichen wir erst, wenn es Probleme gibt.",Elternarbeit,Rund um die Geburt und Krippe',
      ].join('\n'),
    );
    const out = path.join(dir, 'vorschlaege.csv');
    const run = await strang(['--practices', practices, '--gaps', gaps, '--out', out, '--top', '3']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 Lücken mit 60 Praxisbeispielen abgeglichen');
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('gap_id,rank,practice_id,score');
    const rows = lines.slice(1).map((l) => l.split(','));
    for (const gap of ['L1', 'L2']) {
      const mine = rows.filter((r) => r[0] === gap);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.length).toBeLessThanOrEqual(3);
      expect(mine.map((r) => r[1])).toEqual(mine.map((_, i) => String(i + 1)));
      const scores = mine.map((r) => Number(r[3]));
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    const kommuneOf = (id: string) => praxisbeispiele.find((p) => p.id === id)!.kommune;
    for (const r of rows.filter((r) => r[0] === 'L1')) expect(kommuneOf(r[2]!)).not.toBe('hamm');
    // "gelsenkirchen" in another case is the same Kommune.
    for (const r of rows.filter((r) => r[0] === 'L2')) expect(kommuneOf(r[2]!)).not.toBe('gelsenkirchen');
  });

  it('refuses bad input naming file, row and column, with exit code 1 and nothing written', { timeout: 60_000 }, async () => {
    const practices = file('praxis-kaputt.csv', 'id;kommune;titel;beschreibung;handlungsfelder;altersphasen\np1;Hamm;;Text;Fußball;6-9\np1;Hamm;T;Text;;Greise\n');
    const gaps = file('luecken-kaputt.csv', 'id,text\n');
    const out = path.join(dir, 'nie.csv');
    const run = await strang(['--practices', practices, '--gaps', gaps, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Abgleich abgebrochen, es wurde nichts geschrieben.');
    expect(run.stderr).toContain('Praxisbeispiele Zeile 2, Spalte „titel“: Der Titel fehlt.');
    expect(run.stderr).toContain('Praxisbeispiele Zeile 2, Spalte „handlungsfelder“: „Fußball“ ist kein Handlungsfeld');
    expect(run.stderr).toContain('Praxisbeispiele Zeile 3, Spalte „id“: Die Kennung „p1“ steht schon in Zeile 2.');
    expect(run.stderr).toContain('Praxisbeispiele Zeile 3, Spalte „altersphasen“: „Greise“ ist keine Altersphase');
    expect(run.stderr).toContain('Lücken Zeile 1: Die Spalte „kommune“ fehlt');
    expect(fs.existsSync(out)).toBe(false);

    const top = await strang(['--practices', practices, '--gaps', gaps, '--out', out, '--top', 'viele']);
    expect(top.code).toBe(1);
    expect(top.stderr).toContain('--top: „viele“ ist keine ganze Zahl von 1 bis 100.');
    const same = await strang(['--practices', practices, '--gaps', gaps, '--out', practices]);
    expect(same.stderr).toContain('ist zugleich Eingabe');
    const missing = await strang(['--practices', path.join(dir, 'gibt-es-nicht.csv'), '--gaps', gaps, '--out', out]);
    expect(missing.stderr).toContain('--practices: Die Datei');
  });
});
