import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardAkteurTypen } from '../vocabulary.js';
import { akteurExportRows, validateAkteurSheet, type AkteurLookups } from './akteure.js';
import { angebotExportRows, validateAngebotSheet, type AngebotLookups } from './angebote.js';
import { entryKey } from './cells.js';
import { akteurColumns, angebotColumns } from './columns.js';
import { exportCsv } from './export.js';
import { parseCsv, type Sheet } from './sheet.js';

const SCHULE_1 = '11111111-1111-4111-8111-111111111111';
const SCHULE_2 = '22222222-2222-4222-8222-222222222222';
const TRAEGER = '33333333-3333-4333-8333-333333333333';
const TRAEGER_ALT = '44444444-4444-4444-8444-444444444444';
const DOPPELT_1 = '55555555-5555-4555-8555-555555555555';
const DOPPELT_2 = '66666666-6666-4666-8666-666666666666';

const akteurLookups: AkteurLookups = {
  kommuneName: 'Köln',
  schulen: new Map([
    ['100020', SCHULE_1],
    ['012345', SCHULE_2],
  ]),
  akteurTypen: { ...standardAkteurTypen, 'stadtteilbuero-1a2b': 'Stadtteilbüro' },
};

const angebotLookups: AngebotLookups = {
  kommuneName: 'Köln',
  schulen: akteurLookups.schulen,
  akteure: new Map([
    [entryKey('Lesefreunde e. V.'), [{ id: TRAEGER, name: 'Lesefreunde e. V.', archiviert: false }]],
    [entryKey('Alter Verein'), [{ id: TRAEGER_ALT, name: 'Alter Verein', archiviert: true }]],
    [
      entryKey('Doppelt'),
      [
        { id: DOPPELT_1, name: 'Doppelt', archiviert: false },
        { id: DOPPELT_2, name: 'doppelt', archiviert: false },
      ],
    ],
  ]),
};

const sheet = (...lines: string[]): Sheet => {
  const parsed = parseCsv(lines.join('\n'));
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.sheet;
};
const A_HEADER = 'Name;Art;Kreis;Beschreibung;Funktion (Kontakt);E-Mail (Kontakt);Telefon (Kontakt);Standorte (Schulnummern);Geteilt';
const O_HEADER = 'Titel;Beschreibung;Träger;Handlungsfeld;Ebene;Altersphasen;Zielgruppe;Standorte (Schulnummern);Stunden pro Woche;Finanzierung;Beginn;Ende;Status;Geteilt';

const akteurErrors = (...rows: string[]) => validateAkteurSheet(sheet(A_HEADER, ...rows), akteurLookups).errors;
const angebotErrors = (...rows: string[]) => validateAngebotSheet(sheet(O_HEADER, ...rows), angebotLookups).errors;

describe('actor rows', () => {
  it('reads a full row, with codes or labels in any case', () => {
    const result = validateAkteurSheet(
      sheet(A_HEADER, 'Jugendamt Köln;JUGENDAMT;Kernteam vor Ort;Hilfen;Leitung;Amt@Koeln.example;0221 1;100020, 12345;ja', 'Stadtteilbüro Nord;stadtteilbuero;steuergruppe;;;;;;', "Verein;freier-traeger;EXTERNE PARTNER:INNEN;'=1+1;;;'+49 1;;nein"),
      akteurLookups,
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((r) => [r.row, r.values.typ, r.values.kreis])).toEqual([
      [2, 'jugendamt', 'kernteam'],
      [3, 'stadtteilbuero-1a2b', 'steuergruppe'],
      [4, 'freier-traeger', 'extern'],
    ]);
    expect(result.records[0]!.values).toEqual({
      name: 'Jugendamt Köln',
      typ: 'jugendamt',
      kreis: 'kernteam',
      beschreibung: 'Hilfen',
      kontaktFunktion: 'Leitung',
      kontaktEmail: 'amt@koeln.example',
      kontaktTelefon: '0221 1',
      standortIds: [SCHULE_1, SCHULE_2],
      geteilt: true,
    });
    expect(result.records[1]!.values).toMatchObject({ beschreibung: null, kontaktEmail: null, standortIds: [], geteilt: false });
    expect(result.records[2]!.values).toMatchObject({ beschreibung: '=1+1', kontaktTelefon: '+49 1' });
    expect(result.records[0]!.key).toBe('jugendamt köln');
  });

  it('names row and column of every bad cell', () => {
    expect(
      akteurErrors(
        ';Verein;extern;;;;;;',
        'X;Verein;extern;;;;;;',
        'Zirkus Roncalli;Zirkus;extern;;;;;;',
        'Ohne Kreis;Verein;;;;;;;',
        'Falscher Kreis;Verein;Vorstand;;;;;;',
        'Mail;Verein;extern;;;keine-adresse;;;',
        'Telefon;Verein;extern;;;;0221/12 34 ext. 5;;',
        'Schulnummer;Verein;extern;;;;;10002;',
        'Fremde Schule;Verein;extern;;;;;999999, 100020;',
        'Geteilt;Verein;extern;;;;;;vielleicht',
        `Lang;Verein;extern;${'x'.repeat(4001)};;;;;`,
      ),
    ).toEqual([
      { row: 2, column: 'Name', message: 'Bitte einen Namen angeben.' },
      { row: 3, column: 'Name', message: 'Der Name muss mindestens 2 Zeichen lang sein.' },
      { row: 4, column: 'Art', message: expect.stringMatching(/^Die Art „Zirkus“ gibt es in Köln nicht\. Bekannt sind „Jugendamt“, /) },
      { row: 5, column: 'Kreis', message: 'Bitte einen Kreis angeben: „Steuergruppe“, „Kernteam vor Ort“ oder „Externe Partner:innen“.' },
      { row: 6, column: 'Kreis', message: '„Vorstand“ ist kein Kreis. Erlaubt: „Steuergruppe“, „Kernteam vor Ort“ oder „Externe Partner:innen“.' },
      { row: 7, column: 'E-Mail (Kontakt)', message: 'Bitte eine gültige E-Mail-Adresse angeben (Funktionsadresse).' },
      { row: 8, column: 'Telefon (Kontakt)', message: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.' },
      { row: 9, column: 'Standorte (Schulnummern)', message: 'Die Schulnummer „010002“ gehört zu keiner Schule in Köln.' },
      { row: 10, column: 'Standorte (Schulnummern)', message: 'Die Schulnummer „999999“ gehört zu keiner Schule in Köln.' },
      { row: 11, column: 'Geteilt', message: '„vielleicht“ ist weder ja noch nein. Bitte „ja“ oder „nein“ angeben.' },
      { row: 12, column: 'Beschreibung', message: 'Die Beschreibung darf höchstens 4.000 Zeichen lang sein.' },
    ]);
  });

  it('lists several problems of one row in column order', () => {
    expect(akteurErrors('X;Zirkus;Vorstand;;;@;;abc;?').map((e) => e.column)).toEqual(['Name', 'Art', 'Kreis', 'E-Mail (Kontakt)', 'Standorte (Schulnummern)', 'Geteilt']);
    expect(akteurErrors('Malformed;Verein;extern;;;;;12-34;')[0]!.message).toBe('„12-34“ ist keine Schulnummer (sechs Ziffern, mehrere durch Komma oder Zeilenumbruch getrennt).');
  });

  it('refuses the same name twice (without regard to case)', () => {
    expect(akteurErrors('Verein Eins;Verein;extern;;;;;;', 'VEREIN  eins;Verein;extern;;;;;;')).toEqual([
      { row: 3, column: 'Name', message: 'Der Akteur „VEREIN  eins“ steht schon in Zeile 2. Jeder Name darf nur einmal vorkommen.' },
    ]);
  });

  it('needs the required columns and warns about unknown and missing optional ones', () => {
    expect(validateAkteurSheet(sheet('Name;Kreis', 'A;extern'), akteurLookups).errors).toEqual([
      { row: 1, column: 'Art', message: expect.stringContaining('Die Spalte „Art“ fehlt in der Kopfzeile (Zeile 1).') },
    ]);
    const result = validateAkteurSheet(sheet('', 'Name;Art;Kreis;Notiz', 'Verein;Verein;extern;egal'), akteurLookups);
    expect(result.errors).toEqual([]);
    expect(result.records[0]!.row).toBe(3);
    expect(result.records[0]!.present).toEqual(new Set(['name', 'typ', 'kreis']));
    expect(result.warnings).toContainEqual({ row: 2, column: 'Notiz', message: 'Die Spalte „Notiz“ ist unbekannt und wird nicht eingelesen.' });
    expect(result.warnings).toContainEqual({
      row: 2,
      column: '',
      message:
        'Die Spalten „Beschreibung“, „Funktion (Kontakt)“, „E-Mail (Kontakt)“, „Telefon (Kontakt)“, „Standorte (Schulnummern)“ und „Geteilt“ fehlen: neue Akteure bleiben dort leer, vorhandene behalten ihren Wert.',
    });
    expect(validateAkteurSheet(sheet(A_HEADER.replace(';Geteilt', ''), 'Verein;Verein;extern;;;;;'), akteurLookups).warnings).toEqual([
      { row: 1, column: 'Geteilt', message: 'Die Spalte „Geteilt“ fehlt: neue Akteure bleiben dort leer, vorhandene behalten ihren Wert.' },
    ]);
  });

  it('says when there is nothing to import', () => {
    expect(validateAkteurSheet(sheet(A_HEADER), akteurLookups).errors).toEqual([{ row: 2, column: '', message: 'Die Datei enthält keine Akteure (nur die Kopfzeile).' }]);
    expect(validateAkteurSheet({ rows: [] }, akteurLookups).errors).toEqual([{ row: 1, column: '', message: 'Die Datei ist leer.' }]);
  });
});

describe('offer rows', () => {
  it('reads a full row with labels, codes, decimal comma and both date formats', () => {
    const result = validateAngebotSheet(
      sheet(
        O_HEADER,
        'Leseclub;Vorlesen;lesefreunde e. v.;Lesefoerderung;Schüler:innen;Sekundarstufe I, 6-9;Kinder;100020;2,5;startchancen;01.08.2026;2027-07-31;Laufend;ja',
        'Elterncafé;;;elternarbeit;SYSTEMISCH;Übergang Schule-Beruf;;;;ESF;;;;',
      ),
      angebotLookups,
    );
    expect(result.errors).toEqual([]);
    expect(result.records[0]!.values).toEqual({
      titel: 'Leseclub',
      beschreibung: 'Vorlesen',
      akteurId: TRAEGER,
      handlungsfeld: 'lesefoerderung',
      ebene: 'individuell',
      altersphasen: ['6-9', '10-15'],
      zielgruppe: 'Kinder',
      standortIds: [SCHULE_1],
      stundenProWoche: 2.5,
      finanzierung: 'startchancen',
      beginn: '2026-08-01',
      ende: '2027-07-31',
      status: 'laufend',
      geteilt: true,
    });
    expect(result.records[1]!.values).toMatchObject({ akteurId: null, ebene: 'systemisch', altersphasen: ['16-18'], stundenProWoche: null, status: 'laufend', geteilt: false, finanzierung: 'esf' });
    expect(result.records[0]!.key).not.toBe(result.records[1]!.key);
  });

  it('names row and column of every bad cell', () => {
    const errors = angebotErrors(
      ';;;Leseförderung;Schule;Kita;;;;Land;;;;',
      'Unbekannter Träger;;Niemand;Leseförderung;Schule;Kita;;;;Land;;;;',
      'Doppelter Träger;;doppelt;Leseförderung;Schule;Kita;;;;Land;;;;',
      'Archivierter Träger;;Alter Verein;Leseförderung;Schule;Kita;;;;Land;;;;',
      'Ohne Feld;;;;Schule;Kita;;;;Land;;;;',
      'Falsches Feld;;;Kochen;Schule;Kita;;;;Land;;;;',
      'Falsche Ebene;;;MINT;Land;Kita;;;;Land;;;;',
      'Ohne Phase;;;MINT;Schule;;;;;Land;;;;',
      'Falsche Phase;;;MINT;Schule;Kita, Rente, Uni;;;;Land;;;;',
      'Falsche Schule;;;MINT;Schule;Kita;;999999;;Land;;;;',
      'Stunden Text;;;MINT;Schule;Kita;;;zwei;Land;;;;',
      'Stunden krumm;;;MINT;Schule;Kita;;;1,1;Land;;;;',
      'Stunden negativ;;;MINT;Schule;Kita;;;-1;Land;;;;',
      'Stunden viele;;;MINT;Schule;Kita;;;2001;Land;;;;',
      'Ohne Finanzierung;;;MINT;Schule;Kita;;;;;;;;',
      'Falsche Finanzierung;;;MINT;Schule;Kita;;;;Lotto;;;;',
      'Falscher Beginn;;;MINT;Schule;Kita;;;;Land;32.01.2026;;;',
      'Falsches Ende;;;MINT;Schule;Kita;;;;Land;;Ostern;;',
      'Ende vor Beginn;;;MINT;Schule;Kita;;;;Land;02.01.2026;01.01.2026;;',
      'Falscher Status;;;MINT;Schule;Kita;;;;Land;;;erledigt;',
      'Falsch geteilt;;;MINT;Schule;Kita;;;;Land;;;;jein',
    );
    expect(errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      '2 Titel: Bitte einen Titel angeben.',
      '3 Träger: Den Akteur „Niemand“ gibt es in Köln nicht. Legen Sie ihn zuerst an oder importieren Sie zuerst die Akteure.',
      '4 Träger: In Köln gibt es 2 Akteure mit dem Namen „doppelt“; der Träger ist nicht eindeutig. Bitte benennen Sie sie zuerst verschieden.',
      '5 Träger: Der Akteur „Alter Verein“ ist archiviert und kann kein Träger sein.',
      expect.stringMatching(/^6 Handlungsfeld: Bitte ein Handlungsfeld angeben\. Erlaubt: „Sprachförderung“, /),
      expect.stringMatching(/^7 Handlungsfeld: „Kochen“ ist kein Handlungsfeld\. Erlaubt: .* \(Code oder Bezeichnung\)\.$/),
      '8 Ebene: „Land“ ist keine Ebene. Erlaubt: „Schüler:innen“, „Schule“ oder „Kommunales System“ (Code oder Bezeichnung).',
      expect.stringMatching(/^9 Altersphasen: Bitte mindestens eine Altersphase angeben/),
      expect.stringMatching(/^10 Altersphasen: „Rente“ oder „Uni“ sind keine Altersphasen\./),
      '11 Standorte (Schulnummern): Die Schulnummer „999999“ gehört zu keiner Schule in Köln.',
      '12 Stunden pro Woche: „zwei“ ist keine Zahl. Bitte z. B. 2 oder 2,5 angeben.',
      '13 Stunden pro Woche: Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).',
      '14 Stunden pro Woche: Stunden pro Woche dürfen nicht negativ sein.',
      '15 Stunden pro Woche: Stunden pro Woche höchstens 2.000.',
      expect.stringMatching(/^16 Finanzierung: Bitte eine Finanzierung angeben\./),
      expect.stringMatching(/^17 Finanzierung: „Lotto“ ist keine Finanzierung\./),
      '18 Beginn: Den 32.01.2026 gibt es nicht.',
      '19 Ende: „Ostern“ ist kein Datum. Bitte im Format TT.MM.JJJJ (z. B. 31.12.2026) oder JJJJ-MM-TT angeben.',
      '20 Ende: Das Ende darf nicht vor dem Beginn liegen.',
      '21 Status: „erledigt“ ist kein Status. Erlaubt: „Geplant“, „Laufend“, „Pausiert“ oder „Beendet“; leer heißt „Laufend“.',
      '22 Geteilt: „jein“ ist weder ja noch nein. Bitte „ja“ oder „nein“ angeben.',
    ]);
  });

  it('refuses the same title with the same provider twice, but not with another provider', () => {
    expect(angebotErrors('Leseclub;;Lesefreunde e. V.;MINT;Schule;Kita;;;;Land;;;;', 'LESECLUB;;lesefreunde e. v.;MINT;Schule;Kita;;;;Land;;;;', 'Leseclub;;;MINT;Schule;Kita;;;;Land;;;;')).toEqual([
      { row: 3, column: 'Titel', message: 'Das Angebot „LESECLUB“ von „lesefreunde e. v.“ steht schon in Zeile 2. Titel und Träger zusammen dürfen nur einmal vorkommen.' },
    ]);
  });

  it('needs its required columns', () => {
    const errors = validateAngebotSheet(sheet('Titel;Träger', 'A;B'), angebotLookups).errors;
    expect(errors.map((e) => e.column)).toEqual(['Handlungsfeld', 'Ebene', 'Altersphasen', 'Finanzierung']);
    expect(errors.every((e) => e.row === 1)).toBe(true);
  });
});

describe('export rows', () => {
  it('write labels, sorted Schulnummern and ja/nein, and read back unchanged', () => {
    const akteurCsv = exportCsv(
      akteurColumns,
      akteurExportRows([
        { name: 'Jugendamt', typLabel: 'Jugendamt', kreis: 'kernteam', beschreibung: '-Hilfe\nzur Erziehung', kontaktFunktion: null, kontaktEmail: 'a@b.de', kontaktTelefon: '+49 1', schulnummern: ['100020', '012345'], geteilt: true },
      ]),
    );
    expect(akteurCsv).toBe(`\uFEFF${A_HEADER}\r\nJugendamt;Jugendamt;Kernteam vor Ort;"'-Hilfe\nzur Erziehung";;a@b.de;'+49 1;012345, 100020;ja\r\n`);
    const parsed = parseCsv(akteurCsv);
    if ('error' in parsed) throw new Error('unreadable');
    const back = validateAkteurSheet(parsed.sheet, akteurLookups);
    expect(back.errors).toEqual([]);
    expect(back.records[0]!.values).toMatchObject({ beschreibung: '-Hilfe\nzur Erziehung', kontaktTelefon: '+49 1', standortIds: [SCHULE_2, SCHULE_1], kreis: 'kernteam', geteilt: true });

    const rows = angebotExportRows([
      {
        titel: 'Leseclub',
        beschreibung: null,
        akteurName: 'Lesefreunde e. V.',
        handlungsfeld: 'lesefoerderung',
        ebene: 'individuell',
        altersphasen: ['10-15', '6-9'],
        zielgruppe: null,
        schulnummern: [],
        stundenProWoche: 1.25,
        finanzierung: 'esf',
        beginn: '2026-08-01',
        ende: null,
        status: 'geplant',
        geteilt: false,
      },
    ]);
    expect(rows).toEqual([['Leseclub', null, 'Lesefreunde e. V.', 'Leseförderung', 'Schüler:innen', 'Grundschule, Sekundarstufe I', null, '', 1.25, 'ESF', '2026-08-01', null, 'Geplant', 'nein']]);
    const offerCsv = exportCsv(angebotColumns, rows);
    const parsedOffer = parseCsv(offerCsv);
    if ('error' in parsedOffer) throw new Error('unreadable');
    expect(validateAngebotSheet(parsedOffer.sheet, angebotLookups).records[0]!.values).toMatchObject({ altersphasen: ['6-9', '10-15'], stundenProWoche: 1.25, beginn: '2026-08-01', status: 'geplant', akteurId: TRAEGER });
  });
});

describe('robustness', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', 'ja', 'Kita', '100020', '2,5', '31.02.2026', '=1+1', "'-x", 'Lesefreunde e. V.', 'Verein', 'extern', 'MINT', 'Schule', 'Land', 'x'.repeat(5000)),
  );
  const rows = fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 });
  const header = fc.shuffledSubarray([...akteurColumns.map((c) => c.header), ...angebotColumns.map((c) => c.header), 'Unbekannt', ''], { minLength: 0 });

  it('never throws and always reports rows and columns it knows', () => {
    fc.assert(
      fc.property(header, rows, (head, body) => {
        const s: Sheet = { rows: [{ row: 1, cells: head }, ...body.map((cells, i) => ({ row: i + 2, cells }))] };
        for (const result of [validateAkteurSheet(s, akteurLookups), validateAngebotSheet(s, angebotLookups)]) {
          for (const issue of [...result.errors, ...result.warnings]) {
            expect(issue.row).toBeGreaterThanOrEqual(1);
            expect(issue.row).toBeLessThanOrEqual(body.length + 2);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // Either every row is clean or nothing may be written.
          if (result.errors.length === 0) expect(result.records.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
