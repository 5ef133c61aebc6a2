import fs from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSchoolFile, schoolFileColumns, type ParsedSchoolFile, type RowError } from './school-file.js';
import { kommuneFromBezirk } from './vocabulary.js';

const realFile = new URL('../../../data/nrw-schulen/schulen_nrw_2024_25.csv', import.meta.url);

type Column = (typeof schoolFileColumns)[keyof typeof schoolFileColumns];
const header = Object.values(schoolFileColumns) as Column[];

/** One valid school row of Köln; `overrides` replace single cells by their header label. */
function row(schulnummer: string, overrides: Partial<Record<Column, string>> = {}): Record<Column, string> {
  return {
    Schuljahr: '2024/25',
    Schulform: 'Grundschule',
    'Amtlicher Gemeindeschlüssel': '5315000',
    Verwaltungsbezirk: 'Krfr. Stadt Köln',
    Schulnummer: schulnummer,
    'Amtliche Bezeichnung 1': `Grundschule ${schulnummer}`,
    'Amtliche Bezeichnung 2': '',
    'Amtliche Bezeichnung 3': '',
    'Straße und Hausnummer': 'Schulstraße 1',
    Postleitzahl: '50667',
    Ort: 'Köln',
    Rechtsstatus: 'Öffentlich',
    Anzahl: '220',
    Sozialindex: '5.0',
    latitude: '50.94',
    longitude: '6.96',
    'Startchancen-Schule': '0',
    ...overrides,
  };
}

const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function csv(rows: Record<string, string>[], opts: { delimiter?: string; columns?: string[]; eol?: string } = {}): string {
  const columns = opts.columns ?? header;
  const d = opts.delimiter ?? ',';
  return [columns.map(quote).join(d), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(d))].join(opts.eol ?? '\n') + (opts.eol ?? '\n');
}

/** The errors reported for one row. */
const errorsOf = (parsed: ParsedSchoolFile, rowNumber: number): RowError[] => parsed.errors.filter((e) => e.row === rowNumber);

describe('the bundled NRW school file', () => {
  let parsed: ParsedSchoolFile;
  beforeAll(() => {
    parsed = parseSchoolFile(fs.readFileSync(realFile, 'utf8'));
  });

  it('parses to 5,407 schools without errors', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(5407);
    expect(new Set(parsed.records.map((r) => r.schulnummer)).size).toBe(5407);
  });

  it('warns about exactly the three schools geocoded abroad and drops their coordinates', () => {
    expect(parsed.warnings).toHaveLength(3);
    for (const w of parsed.warnings) {
      expect(w.column).toBe('latitude');
      expect(w.message).toMatch(/außerhalb Deutschlands/);
      // The school itself is imported, without a point.
      const record = parsed.records[w.row - 2]!;
      expect(record.lat).toBeNull();
      expect(record.lon).toBeNull();
    }
    expect(parsed.warnings.map((w) => w.row)).toEqual([2795, 4515, 4991]);
  });

  it('finds 396 municipalities, each with an 8-digit AGS and one name', () => {
    const ags = new Set(parsed.records.map((r) => r.ags));
    expect(ags.size).toBe(396);
    for (const a of ags) expect(a).toMatch(/^05\d{6}$/);
    const names = new Map<string, string>();
    for (const r of parsed.records) {
      expect(names.get(r.ags) ?? r.kommuneName).toBe(r.kommuneName);
      names.set(r.ags, r.kommuneName);
    }
    expect(names.get('05315000')).toBe('Köln');
  });

  it('counts 920 Startchancen schools, 305 schools in Köln and Sozialindex 1–9 or none', () => {
    expect(parsed.records.filter((r) => r.startchancen)).toHaveLength(920);
    expect(parsed.records.filter((r) => r.ags === '05315000')).toHaveLength(305);
    for (const r of parsed.records) {
      if (r.sozialindex !== null) expect(r.sozialindex >= 1 && r.sozialindex <= 9 && Number.isInteger(r.sozialindex)).toBe(true);
      expect(Number.isInteger(r.schueler)).toBe(true);
    }
    expect(parsed.records.filter((r) => r.sozialindex === null)).toHaveLength(1265);
  });

  it('reads the first school completely', () => {
    expect(parsed.records[0]).toEqual({
      schulnummer: '100020',
      schulform: 'Grundschule',
      name: 'Städt. Kath. Grundschule Kartause-Hain-Schule',
      zusatz: '- Primarstufe -',
      ags: '05111000',
      kommuneName: 'Düsseldorf',
      kommuneArt: 'kreisfreie-stadt',
      strasse: 'Unterrather Str. 76',
      plz: '40468',
      ort: 'Düsseldorf',
      rechtsstatus: 'oeffentlich',
      schueler: 220,
      sozialindex: 5,
      startchancen: false,
      lat: 51.2751293,
      lon: 6.7829699,
      schuljahr: '2024/25',
    });
    expect(parsed.records.filter((r) => r.rechtsstatus === 'privat')).toHaveLength(548);
  });
});

describe('file formats', () => {
  it('reads semicolon-separated files as Excel writes them, with CRLF line ends', () => {
    const parsed = parseSchoolFile(csv([row('100001'), row('100002', { Sozialindex: '' })], { delimiter: ';', eol: '\r\n' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => [r.schulnummer, r.sozialindex, r.ort])).toEqual([
      ['100001', 5, 'Köln'],
      ['100002', null, 'Köln'],
    ]);
  });

  it('ignores a byte-order mark before the header', () => {
    const parsed = parseSchoolFile('\uFEFF' + csv([row('100001')], { delimiter: ';' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toHaveLength(1);
  });

  it('accepts German decimal commas such as "5,0" in a semicolon file', () => {
    const parsed = parseSchoolFile(csv([row('100001', { Sozialindex: '5,0', latitude: '50,94', longitude: '6,96' })], { delimiter: ';' }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records[0]).toMatchObject({ sozialindex: 5, lat: 50.94, lon: 6.96 });
  });

  it('pads a 7-digit AGS to 8 digits and keeps an 8-digit one', () => {
    const parsed = parseSchoolFile(csv([row('100001'), row('100002', { 'Amtlicher Gemeindeschlüssel': '05315000' })]));
    expect(parsed.records.map((r) => r.ags)).toEqual(['05315000', '05315000']);
  });

  it('joins the first two name parts and keeps the third as Zusatz', () => {
    const parsed = parseSchoolFile(csv([row('100001', { 'Amtliche Bezeichnung 1': 'GGS', 'Amtliche Bezeichnung 2': 'Am Park', 'Amtliche Bezeichnung 3': 'Primarstufe' })]));
    expect(parsed.records[0]).toMatchObject({ name: 'GGS Am Park', zusatz: 'Primarstufe' });
  });

  it('accepts ja/nein and true/false for Startchancen and Privat for Rechtsstatus', () => {
    const parsed = parseSchoolFile(
      csv([row('100001', { 'Startchancen-Schule': 'ja', Rechtsstatus: 'Privat' }), row('100002', { 'Startchancen-Schule': 'Nein' }), row('100003', { 'Startchancen-Schule': 'true' })]),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.records.map((r) => [r.startchancen, r.rechtsstatus])).toEqual([
      [true, 'privat'],
      [false, 'oeffentlich'],
      [true, 'oeffentlich'],
    ]);
  });

  it('needs only the required columns; optional ones may be missing', () => {
    const columns = ['Schulform', 'Amtlicher Gemeindeschlüssel', 'Verwaltungsbezirk', 'Schulnummer', 'Amtliche Bezeichnung 1', 'Anzahl', 'Sozialindex'];
    const parsed = parseSchoolFile(csv([row('100001')], { columns }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.records[0]).toMatchObject({ startchancen: false, rechtsstatus: 'oeffentlich', lat: null, strasse: null, schuljahr: '' });
  });

  it('skips empty lines and rows of bare separators but keeps counting rows like a spreadsheet', () => {
    const content = csv([row('100001')], { delimiter: ';' }) + '\n;;;;;;\n' + csv([row('12345')], { delimiter: ';' }).split('\n')[1] + '\n';
    const parsed = parseSchoolFile(content);
    expect(parsed.records.map((r) => r.schulnummer)).toEqual(['100001']);
    // header 1, school 2, empty 3, separators 4, bad school 5
    expect(parsed.errors).toEqual([{ row: 5, column: 'Schulnummer', message: 'Die Schulnummer muss aus sechs Ziffern bestehen.' }]);
  });

  it('counts a quoted line break as part of its row', () => {
    const parsed = parseSchoolFile(csv([row('100001', { 'Straße und Hausnummer': 'Hof 1\nHinterhaus' }), row('x')]));
    expect(parsed.records[0]!.strasse).toBe('Hof 1\nHinterhaus');
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Schulnummer']]);
  });
});

describe('bad files', () => {
  it('names every required column that is missing from the header', () => {
    const columns = header.filter((c) => c !== 'Schulnummer' && c !== 'Sozialindex' && c !== 'Anzahl');
    const parsed = parseSchoolFile(csv([row('100001')], { columns }));
    expect(parsed.records).toEqual([]);
    expect(parsed.errors).toEqual([
      { row: 1, column: 'Schulnummer', message: 'Die Spalte „Schulnummer“ fehlt in der Kopfzeile.' },
      { row: 1, column: 'Anzahl', message: 'Die Spalte „Anzahl“ fehlt in der Kopfzeile.' },
      { row: 1, column: 'Sozialindex', message: 'Die Spalte „Sozialindex“ fehlt in der Kopfzeile.' },
    ]);
  });

  it('reports every required column for a file that is not a school list at all', () => {
    const parsed = parseSchoolFile('Name;Vorname\nMustermann;Erika\n');
    expect(parsed.errors.map((e) => e.column)).toEqual(['Schulform', 'Amtlicher Gemeindeschlüssel', 'Verwaltungsbezirk', 'Schulnummer', 'Amtliche Bezeichnung 1', 'Anzahl', 'Sozialindex']);
    expect(parsed.errors.every((e) => e.row === 1)).toBe(true);
  });

  it('calls an empty file empty', () => {
    for (const content of ['', '\uFEFF', '\n\n', '   \r\n', ';;;\n']) {
      expect(parseSchoolFile(content)).toEqual({ records: [], errors: [{ row: 1, column: '', message: 'Die Datei ist leer.' }], warnings: [] });
    }
  });

  it('reads a file with a header only as no schools and no errors (the import refuses it)', () => {
    expect(parseSchoolFile(csv([]))).toEqual({ records: [], errors: [], warnings: [] });
  });

  it('reports broken quoting in German with the row, not as a crash', () => {
    const good = csv([row('100001')], { delimiter: ';' });
    const unclosed = parseSchoolFile(good + '2024/25;"Grundschule;5315000\n' + csv([row('100003')], { delimiter: ';' }).split('\n')[1]);
    expect(unclosed.records).toEqual([]);
    expect(unclosed.errors).toHaveLength(1);
    expect(unclosed.errors[0]!.row).toBe(3);
    expect(unclosed.errors[0]!.message).toMatch(/^Ein Anführungszeichen im 2\. Feld wird bis zum Ende der Datei nicht geschlossen\./);

    const stray = parseSchoolFile(good + '2024/25;"Grund"schule;5315000\n');
    expect(stray.errors).toHaveLength(1);
    expect(stray.errors[0]).toMatchObject({ row: 3, column: '' });
    expect(stray.errors[0]!.message).toMatch(/Anführungszeichen im 2\. Feld steht an einer Stelle, an der es nicht stehen darf/);
    expect(stray.errors[0]!.message).not.toMatch(/Quote|line/);
  });
});

describe('row errors name the row and the column', () => {
  const cases: [string, Partial<Record<Column, string>>, Column, RegExp][] = [
    ['a Schulnummer of five digits', { Schulnummer: '12345' }, 'Schulnummer', /sechs Ziffern/],
    ['a Schulnummer with letters', { Schulnummer: '12345A' }, 'Schulnummer', /sechs Ziffern/],
    ['an empty Schulnummer', { Schulnummer: '' }, 'Schulnummer', /sechs Ziffern/],
    ['Sozialindex 0', { Sozialindex: '0' }, 'Sozialindex', /leer oder eine ganze Zahl von 1 bis 9/],
    ['Sozialindex 10', { Sozialindex: '10' }, 'Sozialindex', /1 bis 9/],
    ['Sozialindex "x"', { Sozialindex: 'x' }, 'Sozialindex', /1 bis 9/],
    ['Sozialindex 4.5', { Sozialindex: '4.5' }, 'Sozialindex', /1 bis 9/],
    ['Sozialindex in hexadecimal', { Sozialindex: '0x5' }, 'Sozialindex', /1 bis 9/],
    ['a negative pupil count', { Anzahl: '-3' }, 'Anzahl', /ganze Zahl zwischen 0 und 20\.000/],
    ['a fractional pupil count', { Anzahl: '12.5' }, 'Anzahl', /ganze Zahl/],
    ['a pupil count in words', { Anzahl: 'viele' }, 'Anzahl', /ganze Zahl/],
    ['a pupil count in exponent notation', { Anzahl: '1e3' }, 'Anzahl', /ganze Zahl/],
    ['Startchancen "vielleicht"', { 'Startchancen-Schule': 'vielleicht' }, 'Startchancen-Schule', /0\/1 oder ja\/nein/],
    ['Startchancen "2"', { 'Startchancen-Schule': '2' }, 'Startchancen-Schule', /0\/1 oder ja\/nein/],
    ['Rechtsstatus "kirchlich"', { Rechtsstatus: 'kirchlich' }, 'Rechtsstatus', /„Öffentlich“ oder „Privat“/],
    ['an AGS of six digits', { 'Amtlicher Gemeindeschlüssel': '531500' }, 'Amtlicher Gemeindeschlüssel', /sieben oder acht Ziffern/],
    ['a missing Verwaltungsbezirk', { Verwaltungsbezirk: ' ' }, 'Verwaltungsbezirk', /fehlt/],
    ['a missing Schulform', { Schulform: '' }, 'Schulform', /Schulform fehlt/],
    ['a missing name', { 'Amtliche Bezeichnung 1': '' }, 'Amtliche Bezeichnung 1', /Bezeichnung fehlt/],
    ['a latitude that is no number', { latitude: 'Nord' }, 'latitude', /Breite ist keine Zahl/],
    ['a longitude that is no number', { longitude: 'Ost' }, 'longitude', /Länge ist keine Zahl/],
  ];

  it.each(cases)('%s', (_label, overrides, column, message) => {
    const parsed = parseSchoolFile(csv([row('100001'), row('100002'), row('100003', overrides), row('100004')]));
    expect(errorsOf(parsed, 4)).toEqual([{ row: 4, column, message: expect.stringMatching(message) }]);
    expect(parsed.errors).toHaveLength(1);
    // The good rows are still read, so the report can show all problems at once.
    expect(parsed.records.map((r) => r.schulnummer)).toEqual(['100001', '100002', '100004']);
  });

  it('names the first row of a duplicate Schulnummer', () => {
    const parsed = parseSchoolFile(csv([row('100001'), row('100002'), row('100003'), row('100002'), row('100002')]));
    expect(parsed.errors).toEqual([
      { row: 5, column: 'Schulnummer', message: 'Die Schulnummer 100002 steht schon in Zeile 3.' },
      { row: 6, column: 'Schulnummer', message: 'Die Schulnummer 100002 steht schon in Zeile 3.' },
    ]);
  });

  it('reports all errors of a row and of every row', () => {
    const parsed = parseSchoolFile(csv([row('1', { Sozialindex: '0', Anzahl: '-1' }), row('100002'), row('100003', { Rechtsstatus: '?' })]));
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Schulnummer'],
      [2, 'Anzahl'],
      [2, 'Sozialindex'],
      [4, 'Rechtsstatus'],
    ]);
  });

  it('keeps a school geocoded abroad with a warning instead of an error', () => {
    const parsed = parseSchoolFile(csv([row('100001', { latitude: '49.19', longitude: '-0.36' })]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([{ row: 2, column: 'latitude', message: expect.stringMatching(/\(49\.19, -0\.36\) liegen außerhalb Deutschlands/) }]);
    expect(parsed.records[0]).toMatchObject({ lat: null, lon: null });
  });
});

describe('kommuneFromBezirk', () => {
  it.each([
    ['Krfr. Stadt Köln', 'Köln', 'kreisfreie-stadt'],
    ['Krfr. Stadt Mülheim an der Ruhr', 'Mülheim an der Ruhr', 'kreisfreie-stadt'],
    ['Kerpen, Stadt', 'Kerpen', 'kreisangehoerige-stadt'],
    ['  Bad Münstereifel, Stadt ', 'Bad Münstereifel', 'kreisangehoerige-stadt'],
    ['Blankenheim', 'Blankenheim', 'kreisangehoerige-gemeinde'],
  ])('%s → %s (%s)', (bezirk, name, art) => {
    expect(kommuneFromBezirk(bezirk)).toEqual({ name, art });
  });
});

describe('robustness', () => {
  const shape = (parsed: ParsedSchoolFile) => {
    expect(Object.keys(parsed).sort()).toEqual(['errors', 'records', 'warnings']);
    expect(Array.isArray(parsed.records) && Array.isArray(parsed.errors) && Array.isArray(parsed.warnings)).toBe(true);
    for (const e of [...parsed.errors, ...parsed.warnings]) {
      expect(Number.isInteger(e.row) && e.row >= 1).toBe(true);
      expect(e.message.length).toBeGreaterThan(0);
    }
  };

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (content) => shape(parseSchoolFile(content))),
      { numRuns: 500 },
    );
  });

  it('never throws on text made of separators, quotes and line breaks after a valid header', () => {
    const piece = fc.constantFrom(',', ';', '"', '\n', '\r\n', '\r', ' ', '\uFEFF', '123456', '5315000', '5,0', 'Köln', '-1', 'x');
    const head = header.join(',') + '\n';
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.boolean(), (pieces, withHeader) => {
        const parsed = parseSchoolFile((withHeader ? head : '') + pieces.join(''));
        shape(parsed);
        // Nothing that failed validation comes out as a record.
        for (const r of parsed.records) expect(r.schulnummer).toMatch(/^\d{6}$/);
      }),
      { numRuns: 1000 },
    );
  });
});
