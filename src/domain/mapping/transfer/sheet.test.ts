import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../server/core/decode-text.js';
import { entryKey, germanDate, parseBooleanCell, parseDateCell, parseDecimalCell, splitList, splitSchulnummern } from './cells.js';
import { columnLetter, matchHeader, akteurColumns } from './columns.js';
import { exportCsv, exportFileName, slug } from './export.js';
import { csvField, detectDelimiter, guardFormula, parseCsv, toCsv, unguardFormula, type Sheet } from './sheet.js';

const sheetOf = (text: string): Sheet => {
  const parsed = parseCsv(text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.sheet;
};

describe('reading CSV', () => {
  it('detects semicolon, comma and tab from the header line', () => {
    expect(detectDelimiter('Name;Art;Kreis\nA,B;C;D')).toBe(';');
    expect(detectDelimiter('Name,Art,Kreis\n')).toBe(',');
    expect(detectDelimiter('Name\tArt\tKreis')).toBe('\t');
    // Commas inside quotes do not count; a tie means semicolon.
    expect(detectDelimiter('"Name, lang";Art')).toBe(';');
    expect(detectDelimiter('Name')).toBe(';');
    expect(detectDelimiter('\n\nName,Art')).toBe(',');
  });

  it('drops the BOM and keeps quoted separators, quotes and line breaks in their cell', () => {
    const sheet = sheetOf('\uFEFFName;Beschreibung\r\n"A; B";"Er sagte ""ja""\r\nund ging"\r\nC;D\r\n');
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Name', 'Beschreibung'] },
      { row: 2, cells: ['A; B', 'Er sagte "ja"\r\nund ging'] },
      { row: 3, cells: ['C', 'D'] },
    ]);
  });

  it('numbers rows as a spreadsheet shows them: empty lines count, a quoted line break does not', () => {
    const sheet = sheetOf('Name,Art\n"Zwei\nZeilen",x\n\n , \nVier,y\n,,\n');
    expect(sheet.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'Name'],
      [2, 'Zwei\nZeilen'],
      [5, 'Vier'],
    ]);
  });

  it('reports an unclosed quote with its row', () => {
    expect(parseCsv('Name;Art\nA;B\n"C;D\n')).toEqual({ error: { row: 3, column: '', message: expect.stringContaining('wird bis zum Ende der Datei nicht geschlossen') } });
    expect(parseCsv('Name;Art\nA;"B"x\n')).toEqual({ error: { row: 2, column: '', message: expect.stringContaining('steht an einer Stelle, an der es nicht stehen darf') } });
  });

  it('calls an empty file empty', () => {
    expect(parseCsv('')).toEqual({ error: { row: 1, column: '', message: 'Die Datei ist leer.' } });
    expect(parseCsv('\uFEFF  \r\n')).toEqual({ error: { row: 1, column: '', message: 'Die Datei ist leer.' } });
  });

  it('reads Windows-1252 files with umlauts (as Excel on Windows saves them)', () => {
    const bytes = iconv.encode('Name;Beschreibung\r\nFörderverein Größe;Übergänge für Schüler – 5 €\r\n', 'win1252');
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(sheetOf(text).rows[1]!.cells).toEqual(['Förderverein Größe', 'Übergänge für Schüler – 5 €']);
    const utf8 = decodeText(Buffer.from('\uFEFFName\r\nKöln\r\n', 'utf8'));
    expect(utf8).toEqual({ text: 'Name\r\nKöln\r\n', encoding: 'utf-8' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ';', ',', '"', '\n', '\r', '\t', ' ', 'ä', '\uFEFF', "'", '=') }), (text) => {
        const parsed = parseCsv(text);
        if ('error' in parsed) expect(parsed.error.row).toBeGreaterThanOrEqual(1);
        else for (const r of parsed.sheet.rows) expect(r.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('writing CSV', () => {
  it('writes BOM, semicolons and CRLF, and quotes only where needed', () => {
    expect(toCsv([['Name', 'Art'], ['A; B', 'x'], ['Zitat "hier"', 'Zeile\neins'], [' Leer', 'ok']])).toBe('\uFEFFName;Art\r\n"A; B";x\r\n"Zitat ""hier""";"Zeile\neins"\r\n" Leer";ok\r\n');
  });

  it('neutralises formulas with an apostrophe', () => {
    for (const cell of ['=SUMME(A1)', '+49 221 1', '-5', '@Kontakt', '\tTab', '\rCR']) expect(guardFormula(cell)).toBe(`'${cell}`);
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(guardFormula("'=A1")).toBe("''=A1");
    expect(guardFormula('Schule')).toBe('Schule');
    expect(guardFormula("'Apostroph")).toBe("'Apostroph");
    expect(unguardFormula("'=A1")).toBe('=A1');
    expect(unguardFormula("'Apostroph")).toBe("'Apostroph");
  });

  it('takes back exactly the apostrophe it added', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', "'", '=', '+', '-', '@', '\t', ' ', ';', '"') }), (s) => {
        expect(unguardFormula(guardFormula(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what it wrote', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '"', '\n', '=', '-', "'", '@') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const withHeader = [['Kopf', 'Zeile'], ...rows.map(([a, b]) => [`x${a}`, b!])];
        const sheet = sheetOf(toCsv(withHeader));
        const nonBlank = withHeader.filter((r) => r.some((c) => c.trim() !== ''));
        expect(sheet.rows.map((r) => r.cells.map(unguardFormula))).toEqual(nonBlank);
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers with a decimal comma and dates as TT.MM.JJJJ', () => {
    const columns = [{ key: 'a', header: 'Stunden', width: 5, type: 'number' as const }, { key: 'b', header: 'Beginn', width: 5, type: 'date' as const }, { key: 'c', header: 'Text', width: 5 }];
    expect(exportCsv(columns, [[2.5, '2026-09-01', '-minus'], [null, null, null]])).toBe("\uFEFFStunden;Beginn;Text\r\n2,5;01.09.2026;'-minus\r\n;;\r\n");
  });

  it('names files after the Kommune and the day', () => {
    expect(slug('Köln')).toBe('koeln');
    expect(slug('Mülheim an der Ruhr')).toBe('muelheim-an-der-ruhr');
    expect(slug('Städteregion Aachen (Kreis)')).toBe('staedteregion-aachen-kreis');
    expect(slug('???')).toBe('kommune');
    expect(exportFileName('akteure', 'Köln', '2026-11-22', 'csv')).toBe('akteure-koeln-2026-11-22.csv');
    expect(exportFileName('angebote', 'Düsseldorf', '2026-01-02', 'xlsx')).toBe('angebote-duesseldorf-2026-01-02.xlsx');
  });
});

describe('cells', () => {
  it('reads German and ISO dates and refuses days that do not exist', () => {
    expect(parseDateCell('31.12.2026')).toEqual({ ok: true, value: '2026-12-31' });
    expect(parseDateCell(' 1.9.2026 ')).toEqual({ ok: true, value: '2026-09-01' });
    expect(parseDateCell('2026-09-01')).toEqual({ ok: true, value: '2026-09-01' });
    expect(parseDateCell('2026-09-01T00:00:00.000Z')).toEqual({ ok: true, value: '2026-09-01' });
    expect(parseDateCell('')).toEqual({ ok: true, value: null });
    expect(parseDateCell('29.02.2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDateCell('29.02.2027')).toEqual({ ok: false, message: 'Den 29.02.2027 gibt es nicht.' });
    expect(parseDateCell('2026-13-01')).toEqual({ ok: false, message: 'Den 01.13.2026 gibt es nicht.' });
    expect(parseDateCell('31/12/2026')).toEqual({ ok: false, message: '„31/12/2026“ ist kein Datum. Bitte im Format TT.MM.JJJJ (z. B. 31.12.2026) oder JJJJ-MM-TT angeben.' });
    expect(parseDateCell('31.12.26').ok).toBe(false);
    expect(germanDate('2026-09-01')).toBe('01.09.2026');
  });

  it('reads hours with a decimal comma or point', () => {
    expect(parseDecimalCell('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(parseDecimalCell('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseDecimalCell(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseDecimalCell('')).toEqual({ ok: true, value: null });
    for (const bad of ['zwei', '1,5 Std.', '1e3', '0x10', '1.000,5', 'Infinity']) expect(parseDecimalCell(bad).ok, bad).toBe(false);
  });

  it('reads ja/nein and its usual spellings', () => {
    for (const yes of ['ja', 'Ja', 'JA', 'j', 'x', '1', 'true', 'wahr']) expect(parseBooleanCell(yes), yes).toEqual({ ok: true, value: true });
    for (const no of ['nein', 'Nein', 'n', '0', 'false', 'falsch', '-']) expect(parseBooleanCell(no), no).toEqual({ ok: true, value: false });
    expect(parseBooleanCell('')).toEqual({ ok: true, value: null });
    expect(parseBooleanCell('vielleicht')).toEqual({ ok: false, message: '„vielleicht“ ist weder ja noch nein.' });
  });

  it('splits lists and Schulnummern, restoring leading zeros Excel dropped', () => {
    expect(splitList('Kita, Grundschule;\nSekundarstufe I,,')).toEqual(['Kita', 'Grundschule', 'Sekundarstufe I']);
    expect(splitSchulnummern('100020, 100061\n100070 12345')).toEqual(['100020', '100061', '100070', '012345']);
  });

  it('matches entries without regard to case and spaces', () => {
    expect(entryKey('  Jugendamt   KÖLN ')).toBe(entryKey('jugendamt köln'));
    expect(entryKey('Jugendamt Köln')).not.toBe(entryKey('Jugendamt Bonn'));
  });
});

describe('headers', () => {
  it('finds columns in any order, case and spelling, and lists unknown and doubled ones', () => {
    const m = matchHeader(akteurColumns, ['kreis', 'NAME', 'art', 'E-Mail', 'Notiz', 'Telefon (Kontakt)', 'Telefon', '']);
    expect(m.index).toMatchObject({ kreis: 0, name: 1, typ: 2, kontaktEmail: 3, kontaktTelefon: 5 });
    expect(m.missing).toEqual([]);
    expect(m.unknown).toEqual([{ index: 4, header: 'Notiz' }]);
    expect(m.duplicate).toEqual([{ index: 6, header: 'Telefon' }]);
    expect(matchHeader(akteurColumns, ['Name']).missing).toEqual(['Art', 'Kreis']);
  });

  it('names spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
