import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runStrang } from './testing/run-strang.js';

// `strang transitions match` needs no database: it reads two CSV files and writes one (and a report).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-transitions-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const strang = (args: string[]) => runStrang(['transitions', 'match', ...args], path.join(dir, 'unused'));

const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Unrelated children in both lists, so that the lists are not trivially short. */
const surnames = ['Becker', 'Wagner', 'Hofmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Braun', 'Zimmermann', 'Krüger', 'Hartmann'];
const given = ['Lukas', 'Lea', 'Finn', 'Emilia', 'Noah', 'Ida', 'Elias', 'Mila', 'Paul', 'Clara', 'Theo', 'Lina', 'Emil'];
const crowd = Array.from({ length: 30 }, (_, i) => ({
  nachname: surnames[i % surnames.length]!,
  vorname: given[(i * 7) % given.length]!,
  day: 1 + ((i * 5) % 28),
  month: 1 + (i % 12),
  street: `Lindenweg ${i + 1}`,
}));
const dd = (n: number) => String(n).padStart(2, '0');

describe('strang transitions match on the command line', () => {
  it('links a semicolon list with German headers to a comma list and writes pairs and report', { timeout: 60_000 }, async () => {
    const leavers = file(
      'abgang.csv',
      Buffer.concat([
        BOM,
        Buffer.from(
          [
            'Schüler-ID;Familienname;Rufname;Geb.-Datum;Geschlecht;Straße;PLZ;Ort;Schule;Zielschule',
            'A1;Müller;Anna;05.03.2014;w;Hauptstraße 3;50667;Köln;GS Nord;Gesamtschule Ost',
            'A2;Schmidt;Jonas;12.07.2014;m;Ringweg 8;50667;Köln;GS Nord;Gymnasium West',
            'A3;Yılmaz;Elif;01.10.2014;w;Parkallee 1;50667;Köln;GS Süd;Gesamtschule Ost',
            ...crowd.map((c, i) => `X${i};${c.nachname};${c.vorname};${dd(c.day)}.${dd(c.month)}.2014;;${c.street};50667;Köln;GS Süd;Gesamtschule Ost`),
          ].join('\r\n') + '\r\n',
        ),
      ]),
    );
    const registrations = file(
      'anmeldung.csv',
      [
        'id,Nachname,Vorname,Geburtsdatum,Schule',
        'R1,MUELLER,Anna,20140305,Gesamtschule Ost',
        'R2,Jonas,Schmidt,20140712,Gymnasium West',
        'R3,Schmidt,Jonas,20140712,Gesamtschule Ost',
        'R4,Koch,Ida,20150505,Gymnasium West',
        ...crowd.map((c, i) => `Y${i},${c.nachname},${c.vorname},2014${dd(c.month)}${dd(c.day)},Gesamtschule Ost`),
      ].join('\n') + '\n',
    );
    const out = path.join(dir, 'paare.csv');
    const report = path.join(dir, 'bericht.txt');
    const run = await strang(['--leavers', leavers, '--registrations', registrations, '--out', out, '--report', report]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^33 Abgänge mit 34 Anmeldungen abgeglichen: 33 Treffer, 0 zu prüfen; 1 unversorgt, 1 Anmeldungen ohne Abgang, 1 mehrfach angemeldet\. Geschrieben: /);
    // Counts only on stdout: no names.
    expect(run.stdout).not.toMatch(/Müller|Schmidt|Yılmaz/);

    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('leaver_id,registration_id,score,decision');
    const pairs = lines.slice(1).map((l) => l.split(','));
    expect(pairs).toHaveLength(33);
    for (const [, , score, decision] of pairs) {
      expect(Number(score)).toBeGreaterThanOrEqual(0.9);
      expect(score).toMatch(/^[01]\.\d{3}$/);
      expect(decision).toBe('match');
    }
    const byLeaver = (id: string) => pairs.filter((p) => p[0] === id).map((p) => p[1]);
    expect(byLeaver('A1')).toEqual(['R1']);
    expect(byLeaver('A2').sort()).toEqual(['R2', 'R3']);
    expect(byLeaver('A3')).toEqual([]);
    expect(byLeaver('X7')).toEqual(['Y7']);

    const text = fs.readFileSync(report, 'utf8');
    expect(text).toContain('Unversorgt: keine Anmeldung gefunden (1)\n  A3: Yılmaz, Elif, geb. 01.10.2014, Schule GS Süd, erwartet an Gesamtschule Ost');
    expect(text).toContain('Anmeldungen ohne abgebende Schule (1)\n  R4: Koch, Ida, geb. 05.05.2015, Schule Gymnasium West');
    expect(text).toMatch(/Mehrfach angemeldet \(1\)\n {2}A2: Schmidt, Jonas, geb\. 12\.07\.2014, Schule GS Nord {2}→ {2}R\d \(.+\), R\d \(.+\)/);
    expect(text).toContain('A2: Schmidt, Jonas, geb. 12.07.2014, Schule GS Nord: erwartet Gymnasium West, angemeldet an Gesamtschule Ost (R3)');
  });

  it('reads tab-separated Windows-1252 files and writes no report unless asked', { timeout: 60_000 }, async () => {
    const leavers = file('abgang-1252.txt', iconv.encode('id\tNachname\tVorname\tGeburtsdatum\r\nA1\tGroß\tJürgen\t2014-02-03\r\nA2\tWeiß\tSören\t2014-04-05\r\n', 'win1252'));
    const registrations = file('anmeldung-1252.txt', iconv.encode('id\tName\tVorname\tGeburtstag\r\nR1\tGross\tJuergen\t03.02.2014\r\nR2\tWeiss\tSoeren\t05.04.2014\r\n', 'win1252'));
    const out = path.join(dir, 'paare-1252.csv');
    const run = await strang(['--leavers', leavers, '--registrations', registrations, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).join('-')).sort()).toEqual(['A1-R1', 'A2-R2']);
  });

  it('refuses bad input naming list, row and column, with exit code 1 and nothing written', { timeout: 60_000 }, async () => {
    const out = file('bleibt.csv', 'alt\n');
    const report = path.join(dir, 'kein-bericht.txt');
    const goodLeavers = file('gut.csv', 'id,nachname,vorname,geburtsdatum\nA1,Koch,Ida,2014-01-01\n');
    const badLeavers = file('kaputt.csv', 'id;Nachname;Vorname;Geb.-Datum;Geschlecht\nA1;Koch;Ida;31.02.2014;w\n;Wolf;Ben;01.01.2014;?\nA1;;;2014-01-01;m\n');
    const noColumns = file('spalten.csv', 'Kennung;Nachname;Geburtsname\nA1;Koch;Wolf\n');
    const [rows, columns, missing, same] = await Promise.all([
      strang(['--leavers', badLeavers, '--registrations', goodLeavers, '--out', out, '--report', report]),
      strang(['--leavers', goodLeavers, '--registrations', noColumns, '--out', out]),
      strang(['--leavers', path.join(dir, 'gibt-es-nicht.csv'), '--registrations', goodLeavers, '--out', out]),
      strang(['--leavers', goodLeavers, '--registrations', goodLeavers, '--out', goodLeavers]),
    ]);
    expect(rows.code).toBe(1);
    expect(rows.stderr.split('\n').filter(Boolean)).toEqual([
      'Abgleich abgebrochen, es wurde nichts geschrieben. 5 Fehler:',
      '  Abgangsliste Zeile 2, Spalte „Geb.-Datum“: „31.02.2014“ ist kein gültiger Kalendertag.',
      '  Abgangsliste Zeile 3, Spalte „id“: Die Kennung fehlt.',
      '  Abgangsliste Zeile 3, Spalte „Geschlecht“: „?“ ist keine Angabe zum Geschlecht; erwartet wird m, w oder d (oder leer).',
      '  Abgangsliste Zeile 4, Spalte „id“: Die Kennung „A1“ steht schon in Zeile 2; jede Kennung darf nur einmal vorkommen.',
      '  Abgangsliste Zeile 4, Spalte „Nachname“: Nachname und Vorname fehlen beide; mindestens einer wird gebraucht.',
    ]);
    expect(columns.code).toBe(1);
    expect(columns.stderr).toContain('Anmeldeliste Zeile 1: Die Spalte „vorname“ fehlt in der Kopfzeile (erkannt werden z. B. Vorname, Rufname; gefunden: „Kennung“, „Nachname“, „Geburtsname“).');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--leavers: Die Abgangsliste');
    expect(missing.stderr).toContain('kann nicht gelesen werden.');
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('ist zugleich Eingabe');
    for (const r of [rows, columns, missing, same]) expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('alt\n');
    expect(fs.existsSync(report)).toBe(false);
    expect(fs.readFileSync(goodLeavers, 'utf8')).toBe('id,nachname,vorname,geburtsdatum\nA1,Koch,Ida,2014-01-01\n');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes only the header for lists without rows', { timeout: 60_000 }, async () => {
    const empty = file('leer.csv', 'id;nachname;vorname;geburtsdatum\n');
    const out = path.join(dir, 'leer-paare.csv');
    const run = await strang(['--leavers', empty, '--registrations', empty, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('leaver_id,registration_id,score,decision\n');
  });
});
