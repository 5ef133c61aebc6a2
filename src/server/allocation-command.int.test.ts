import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runStrang } from './testing/run-strang.js';

// `strang allocate` needs no database: it reads a CSV file and writes one.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-allocate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const strang = (args: string[]) => runStrang(['allocate', ...args], path.join(dir, 'unused'));

const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const rowsOf = (csv: string) => csv.trim().split('\n').map((l) => l.split(','));

describe('strang allocate on the command line', () => {
  it('reproduces the Bundestag 2009 seats from a semicolon file with BOM, to stdout', { timeout: 60_000 }, async () => {
    const input = file('bundestag.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id;weight\r\nCDU;11828277\r\nSPD;9990488\r\nFDP;6316080\r\nLinke;5155933\r\nGrüne;4643272\r\nCSU;2830238\r\n')]));
    const run = await strang(['--input', input, '--total', '598', '--method', 'sainte-lague']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('id,units\nCDU,173\nSPD,146\nFDP,93\nLinke,76\nGrüne,68\nCSU,42\n');
  });

  it('writes half positions with minimums and maximums to a file and reports the summary', { timeout: 60_000 }, async () => {
    const input = file('stellen.csv', 'ID,Weight,Sockel,max\n100020,"220,5",0.5,\n100061,305,0.5,2\n100067,1200,0.5,3\n100079,40,1,\n');
    const out = path.join(dir, 'ergebnis.csv');
    const run = await strang(['--input', input, '--total', '6.5', '--unit', '0.5', '--method', 'hare-niemeyer', '--min-column', 'Sockel', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^13 Einheiten zu 0,5 \(zusammen 6,5\) auf 4 Empfänger verteilt nach Hare-Niemeyer.*Mindest- oder Höchstwert greift bei 2\. Geschrieben: /);
    const rows = rowsOf(fs.readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['id', 'units']);
    expect(rows.slice(1).reduce((s, [, units]) => s + Number(units), 0)).toBe(6.5);
    expect(Object.fromEntries(rows.slice(1))).toEqual({ '100020': '1', '100061': '1.5', '100067': '3', '100079': '1' });
  });

  it('reports a tie in German on stderr and draws reproducibly from the seed', { timeout: 60_000 }, async () => {
    const input = file('gleich.csv', 'id,weight\nA,1\nB,1\nC,1\nD,3\n');
    // D gets 3 and 1.5; the third unit has four equal quotients of 1 (D's third, A, B, C).
    const args = ['--input', input, '--total', '3', '--method', 'dhondt', '--seed', 'Sitzung 3'];
    const [first, second] = await Promise.all([strang(args), strang(args)]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/^Gleichstand: eine Einheit für 4 Empfänger mit genau gleichem Anspruch \(Höchstzahl 1\): /);
    expect(first.stderr).toContain('Entschieden durch Los mit dem Startwert „Sitzung 3“');
    expect(second.stdout).toBe(first.stdout);
    expect(rowsOf(first.stdout).slice(1).reduce((s, [, units]) => s + Number(units), 0)).toBe(3);
  });

  it('refuses bad input naming row and column, with exit code 1 and nothing written', { timeout: 60_000 }, async () => {
    const out = file('bleibt.csv', 'alt\n');
    const bad = file('kaputt.csv', 'id;weight;min\nA;12,5;\nB;0;\nC;x;\nA;3;\n;4;\nE;5;-1\n');
    const [rows, total, columns] = await Promise.all([
      strang(['--input', bad, '--total', '10', '--method', 'sainte-lague', '--out', out]),
      strang(['--input', file('gut.csv', 'id,weight\nA,1\nB,2\n'), '--total', '2.5', '--method', 'rund', '--out', out]),
      strang(['--input', file('spalten.csv', 'id;gewicht\nA;1\n'), '--total', '1', '--method', 'dhondt', '--max-column', 'Deckel', '--out', out]),
    ]);
    expect(rows.code).toBe(1);
    expect(rows.stderr.split('\n').filter(Boolean)).toEqual([
      'Verteilung abgebrochen, es wurde nichts geschrieben. 5 Fehler:',
      '  Zeile 3, Spalte „weight“: Das Gewicht von „B“ muss größer als 0 sein (angegeben: 0).',
      '  Zeile 4, Spalte „weight“: Das Gewicht von „C“ ist keine Zahl (angegeben: „x“); erwartet wird z. B. 312 oder 312,5.',
      '  Zeile 5, Spalte „id“: Die Kennung „A“ kommt mehrfach vor; jede Kennung darf nur einmal stehen.',
      '  Zeile 6, Spalte „id“: Die Kennung (id) fehlt.',
      '  Zeile 7, Spalte „min“: Der Mindestwert von „E“ darf nicht negativ sein (angegeben: -1).',
    ]);
    expect(total.code).toBe(1);
    expect(total.stderr).toContain('--method: Unbekanntes Verfahren „rund“');
    expect(columns.code).toBe(1);
    expect(columns.stderr).toContain('Zeile 1: Die Spalte „weight“ fehlt in der Kopfzeile (gefunden: „id“, „gewicht“).');
    expect(columns.stderr).toContain('Zeile 1: Die Spalte „Deckel“ fehlt in der Kopfzeile');
    for (const r of [rows, total, columns]) expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('alt\n');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a pool that does not fit the unit or the minimums', { timeout: 60_000 }, async () => {
    const input = file('grenzen.csv', 'id,weight,min\nA,1,2\nB,1,2\n');
    const [unit, mins] = await Promise.all([
      strang(['--input', input, '--total', '4.3', '--unit', '0.5', '--method', 'hare-niemeyer']),
      strang(['--input', input, '--total', '3', '--method', 'hare-niemeyer']),
    ]);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toContain('--total: Der Gesamtumfang 4,3 ist kein ganzzahliges Vielfaches der Einheit 0,5.');
    expect(mins.code).toBe(1);
    expect(mins.stderr).toContain('Spalte „min“: Die Mindestwerte ergeben zusammen 4, mehr als der Gesamtumfang 3.');
  });
});
