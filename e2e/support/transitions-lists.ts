/**
 * The lists of the transitions spec, built as CSV text. Six children leave GGS Merianstraße; the
 * Gesamtschule Kalk has six registrations. Four are the same children (one with a typo in the
 * surname), one pair is uncertain (names swapped and misspelt, another birth date, another street),
 * one child is registered nowhere and one registration has no leaver.
 */

type Row = readonly string[];
const csv = (rows: readonly Row[]) => rows.map((r) => r.join(';')).join('\r\n') + '\r\n';

const leavers: Row[] = [
  ['S1', 'Yilmaz', 'Elif', '14.03.2016', 'w', '4a', 'Rheinstraße 4', '50667', 'Köln'],
  ['S2', 'Schneider', 'Jonas', '02.07.2016', 'm', '4a', 'Domstraße 12', '50667', 'Köln'],
  ['S3', 'Nowak', 'Mia', '23.11.2015', 'w', '4b', 'Ringstraße 7', '50667', 'Köln'],
  ['S4', 'Hoffmann', 'Ben', '30.01.2016', 'm', '4b', 'Parkweg 3', '50667', 'Köln'],
  ['S5', 'Krüger', 'Lina', '09.05.2016', 'w', '4c', 'Lindenallee 15', '50667', 'Köln'],
  ['S6', 'Wagner', 'Paul', '18.09.2016', 'm', '4c', 'Kirchgasse 2', '50667', 'Köln'],
];

/** The leaver list with the headers school software writes; every child is expected at the Gesamtschule. */
export function leaverCsv(zielschule: string): string {
  return csv([['Schüler-ID', 'Familienname', 'Rufname', 'Geb.-Datum', 'Geschlecht', 'Klasse', 'Straße', 'PLZ', 'Ort', 'Zielschule'], ...leavers.map((r) => [...r, zielschule])]);
}

const registrations: Row[] = [
  ['A1', 'Yilmaz', 'Elif', '14.03.2016', 'w', '5a', 'Rheinstraße 4', '50667', 'Köln'],
  ['A2', 'Schneider', 'Jonas', '02.07.2016', 'm', '5a', 'Domstraße 12', '50667', 'Köln'],
  // Mia Nowak: first and surname swapped, both misspelt, another birth date and street.
  ['A3', 'Mya', 'Novak', '13.08.2015', 'w', '5b', 'Bergweg 9', '50667', 'Köln'],
  ['A4', 'Hofmann', 'Ben', '30.01.2016', 'm', '5b', 'Parkweg 3', '50667', 'Köln'],
  ['A5', 'Becker', 'Noah', '11.02.2016', 'm', '5c', 'Gartenstraße 8', '50667', 'Köln'],
  ['A6', 'Wagner', 'Paul', '18.09.2016', 'm', '5c', 'Kirchgasse 2', '50667', 'Köln'],
];

/** Headers the server recognises, but row 3 (the second child) has a birth date that is no date. */
export function brokenRegistrationCsv(): string {
  const rows = registrations.map((r, i) => (i === 1 ? [...r.slice(0, 3), '31.02.2016', ...r.slice(4)] : r));
  return csv([['Kennung', 'Nachname', 'Vorname', 'Geburtsdatum', 'Geschlecht', 'Klasse', 'Straße', 'PLZ', 'Ort'], ...rows]);
}

/** Headers of another school software: the column-mapping step assigns them. */
export const unfamiliarHeaders = ['Lfd. Kennzeichen', 'Zuname des Kindes', 'Vorname des Kindes', 'Geboren am', 'Geschl.', 'Klasse', 'Wohnstraße', 'PLZ', 'Wohnort'] as const;

export function unfamiliarRegistrationCsv(): string {
  return csv([[...unfamiliarHeaders], ...registrations]);
}
