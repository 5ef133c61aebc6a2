import type { Vergleich } from '../api.js';
import { seriesLetter } from './series.js';

export type SchoolRow = Vergleich['schulen'][number];
export type Direction = 'asc' | 'desc';

/** Sort by a column: school name, Sozialindex, pupils, the amount in a scenario or its difference to the first. */
export type SchoolSort = { kind: 'name' | 'sozialindex' | 'schueler' } | { kind: 'menge' | 'diff'; index: number };

export const PAGE_SIZE = 50;

/** In the address: name, sozialindex, schueler, menge-A, unterschied-B. */
export function sortParam(sort: SchoolSort): string {
  if (sort.kind === 'menge') return `menge-${seriesLetter(sort.index)}`;
  if (sort.kind === 'diff') return `unterschied-${seriesLetter(sort.index)}`;
  return sort.kind;
}

export function parseSort(raw: string | null, scenarios: number): SchoolSort {
  if (raw === 'sozialindex' || raw === 'schueler' || raw === 'name') return { kind: raw };
  const m = /^(menge|unterschied)-([A-E])$/.exec(raw ?? '');
  if (m) {
    const index = m[2]!.charCodeAt(0) - 'A'.charCodeAt(0);
    if (m[1] === 'menge' && index < scenarios) return { kind: 'menge', index };
    if (m[1] === 'unterschied' && index >= 1 && index < scenarios) return { kind: 'diff', index };
  }
  return { kind: 'name' };
}

/** Names ascending; figures with the largest first. */
export const defaultDirection = (sort: SchoolSort): Direction => (sort.kind === 'name' ? 'asc' : 'desc');

export const sameSort = (a: SchoolSort, b: SchoolSort): boolean => sortParam(a) === sortParam(b);

/** Gets a different amount in some scenario than in the first (left out counts as 0). */
export const hasDifference = (row: SchoolRow): boolean => row.differenzen.some((d) => d !== 0);

/** Lower case without accents, so "koln" finds "Köln" and "e" finds "é". */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('de');

export interface IndexedRow {
  row: SchoolRow;
  /** Name, school number, Kommune and school form, normalised for searching. */
  haystack: string;
  changed: boolean;
  /** Position in the server's order (Kommune, name), which breaks ties. */
  order: number;
}

/** Once per comparison: what searching and filtering need for each school. */
export function indexRows(rows: readonly SchoolRow[]): IndexedRow[] {
  return rows.map((row, order) => ({ row, haystack: normalise(`${row.name} ${row.schulnummer} ${row.kommuneName} ${row.schulform}`), changed: hasDifference(row), order }));
}

/** Every word of the query must occur (in any order). */
export function filterRows(rows: readonly IndexedRow[], query: string, onlyChanged: boolean): IndexedRow[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (!words.length && !onlyChanged) return [...rows];
  return rows.filter((r) => (!onlyChanged || r.changed) && words.every((w) => r.haystack.includes(w)));
}

const collator = new Intl.Collator('de-DE');

function value(row: SchoolRow, sort: SchoolSort): number | null {
  switch (sort.kind) {
    case 'sozialindex':
      return row.sozialindex;
    case 'schueler':
      return row.schueler;
    case 'menge':
      return row.mengen[sort.index] ?? null;
    case 'diff':
      // Left out by both: no difference to speak of, sorted last.
      return row.mengen[sort.index] === null && row.mengen[0] === null ? null : (row.differenzen[sort.index] ?? null);
    default:
      return null;
  }
}

/** A sorted copy; empty values always last, ties in the server's order (Kommune, name). */
export function sortRows(rows: readonly IndexedRow[], sort: SchoolSort, direction: Direction): IndexedRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  if (sort.kind === 'name') return [...rows].sort((a, b) => sign * (collator.compare(a.row.name, b.row.name) || a.order - b.order));
  const keyed = rows.map((r) => ({ r, v: value(r.row, sort) }));
  keyed.sort((a, b) => {
    if (a.v === null && b.v !== null) return 1;
    if (b.v === null && a.v !== null) return -1;
    if (a.v !== null && b.v !== null && a.v !== b.v) return sign * (a.v - b.v);
    return a.r.order - b.r.order;
  });
  return keyed.map((k) => k.r);
}
