import { describe, expect, it } from 'vitest';
import { readPupilList, type ListRow } from './pupil-list.js';

const rows = (...lines: string[][]): ListRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('reading a pupil list', () => {
  it('finds columns under the names school software uses and reads every date format', () => {
    const result = readPupilList(
      rows(
        ['Schüler-ID', 'Familienname', 'Rufname', 'Geb.-Datum', 'Geschlecht', 'Straße', 'Hausnr.', 'PLZ', 'Wohnort', 'Schule', 'Aufnehmende Schule', 'Bemerkung', 'Klasse'],
        ['1', 'Müller', 'Anna', '05.03.2014', 'weiblich', 'Hauptstraße', '3', '50667', 'Köln', '100040', '200010', 'egal', '4b'],
        ['2', 'Schmidt', 'Jonas', '20140712', 'M', '', '', '', '', '', '', '', ''],
        ['3', 'Yılmaz', '', '', '', '', '', '', '', '', '', '', ''],
      ),
      'abgang',
    );
    expect(result).toEqual({
      ok: true,
      records: [
        { id: '1', nachname: 'Müller', vorname: 'Anna', geburtsdatum: '2014-03-05', geschlecht: 'w', strasse: 'Hauptstraße 3', plz: '50667', ort: 'Köln', klasse: '4b', schule: '100040', zielschule: '200010' },
        { id: '2', nachname: 'Schmidt', vorname: 'Jonas', geburtsdatum: '2014-07-12', geschlecht: 'm', strasse: null, plz: null, ort: null, klasse: null, schule: null, zielschule: null },
        { id: '3', nachname: 'Yılmaz', vorname: '', geburtsdatum: null, geschlecht: null, strasse: null, plz: null, ort: null, klasse: null, schule: null, zielschule: null },
      ],
    });
  });

  it('reads headers the user assigned by hand, and ignores columns assigned to nothing', () => {
    const result = readPupilList(rows(['Lfd.', 'Zuname des Kindes', 'Vorname', 'Geboren am', 'Rufname'], ['7', 'Koch', 'Ida', '2014-01-01', 'Idchen']), 'anmeldung', { 'Lfd.': 'id', 'Zuname des Kindes': 'nachname', 'Geboren am': 'geburtsdatum', Rufname: '' });
    expect(result.ok && result.records[0]).toMatchObject({ id: '7', nachname: 'Koch', vorname: 'Ida', geburtsdatum: '2014-01-01' });
  });

  it('reads "aufnehmende Schule" as the school itself in a registration list', () => {
    const result = readPupilList(rows(['id', 'Name', 'Vorname', 'Geburtstag', 'Aufnehmende Schule'], ['r1', 'Koch', 'Ida', '2014-01-01', '200010']), 'anmeldung');
    expect(result.ok && result.records[0]).toMatchObject({ schule: '200010', zielschule: null });
  });

  it('names the missing columns and what it found', () => {
    const result = readPupilList(rows(['Kennung', 'Nachname', 'Geburtsname']), 'abgang');
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 1, column: '', message: 'Die Spalte „vorname“ fehlt in der Kopfzeile (erkannt werden z. B. Vorname, Rufname; gefunden: „Kennung“, „Nachname“, „Geburtsname“).' },
        { row: 1, column: '', message: 'Die Spalte „geburtsdatum“ fehlt in der Kopfzeile (erkannt werden z. B. Geburtsdatum, Geb.-Datum, Geburtstag; gefunden: „Kennung“, „Nachname“, „Geburtsname“).' },
      ],
    });
  });

  it('refuses two columns for the same thing', () => {
    const result = readPupilList(rows(['id', 'Nachname', 'Familienname', 'Vorname', 'Geburtsdatum']), 'abgang');
    expect(!result.ok && result.issues[0]!.message).toBe('Die Spalten „Nachname“ und „Familienname“ meinen beide „nachname“; bitte nur eine davon angeben.');
  });

  it('checks every row and reports row and column of each problem', () => {
    const result = readPupilList(
      rows(
        ['id', 'Nachname', 'Vorname', 'Geb.-Datum', 'Geschlecht', 'PLZ'],
        ['1', 'Koch', 'Ida', '31.02.2014', '', ''],
        ['', 'Wolf', 'Ben', '', 'x', ''],
        ['1', '', '', '2014-01-01', 'männlich', 'Köln'],
        ['4', 'Braun', 'Emil', '', 'unbekannt', ''],
      ),
      'anmeldung',
    );
    expect(!result.ok && result.issues).toEqual([
      { row: 2, column: 'Geb.-Datum', message: '„31.02.2014“ ist kein gültiger Kalendertag.' },
      { row: 3, column: 'id', message: 'Die Kennung fehlt.' },
      { row: 4, column: 'id', message: 'Die Kennung „1“ steht schon in Zeile 2; jede Kennung darf nur einmal vorkommen.' },
      { row: 4, column: 'Nachname', message: 'Nachname und Vorname fehlen beide; mindestens einer wird gebraucht.' },
      { row: 4, column: 'PLZ', message: '„Köln“ ist keine Postleitzahl.' },
      { row: 5, column: 'Geschlecht', message: '„unbekannt“ ist keine Angabe zum Geschlecht; erwartet wird m, w oder d (oder leer).' },
    ]);
  });

  it('reports an empty file and accepts a header without rows', () => {
    expect(readPupilList([], 'abgang')).toEqual({ ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist leer.' }] });
    expect(readPupilList(rows(['id', 'nachname', 'vorname', 'geburtsdatum']), 'abgang')).toEqual({ ok: true, records: [] });
  });
});
