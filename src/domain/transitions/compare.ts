import { compareDates, DATE_LEVELS, dateLevelLabels } from './dates.js';
import { jaroWinkler } from './jaro-winkler.js';
import type { PreparedName, PreparedRecord } from './prepare.js';

/**
 * Field comparisons of two prepared records. Each field falls into one of a few levels (from
 * "equal" down to "different"), or is missing when one side has no value; the levels of all fields
 * together form the comparison pattern, packed into one integer. The weights of the levels are
 * estimated from the data (model.ts), the levels themselves are fixed here.
 */

export const NAME_LEVELS = ['exact', 'part', 'close', 'similar', 'different'] as const;
const [NAME_EXACT, NAME_PART, NAME_CLOSE, NAME_SIMILAR, NAME_DIFFERENT] = [0, 1, 2, 3, 4];

/** Jaro-Winkler from which two names count as a typo apart, and as still alike. */
const CLOSE_NAME = 0.94;
const SIMILAR_NAME = 0.86;
const SIMILAR_STREET = 0.9;

export interface FieldDefinition {
  key: 'nachname' | 'vorname' | 'reihenfolge' | 'geburtsdatum' | 'geschlecht' | 'anschrift' | 'zielschule';
  label: string;
  levels: readonly string[];
  levelLabels: readonly string[];
  /** Prior m (share of each level among true pairs) and u (among unrelated pairs), used until the data says more. */
  m: readonly number[];
  u: readonly number[];
}

const nameLabels = ['gleich', 'Teil eines Doppelnamens', 'ein Tippfehler', 'ähnlich', 'verschieden'];

export const FIELDS: readonly FieldDefinition[] = [
  { key: 'nachname', label: 'Nachname', levels: NAME_LEVELS, levelLabels: nameLabels, m: [0.86, 0.03, 0.05, 0.03, 0.03], u: [0.003, 0.001, 0.004, 0.02, 0.972] },
  { key: 'vorname', label: 'Vorname', levels: NAME_LEVELS, levelLabels: nameLabels, m: [0.86, 0.03, 0.05, 0.03, 0.03], u: [0.005, 0.002, 0.005, 0.02, 0.968] },
  { key: 'reihenfolge', label: 'Reihenfolge der Namen', levels: ['straight', 'swapped'], levelLabels: ['wie angegeben', 'Nach- und Vorname vertauscht'], m: [0.98, 0.02], u: [0.9, 0.1] },
  {
    key: 'geburtsdatum',
    label: 'Geburtsdatum',
    levels: DATE_LEVELS,
    levelLabels: DATE_LEVELS.map((l) => dateLevelLabels[l]),
    m: [0.9, 0.01, 0.04, 0.01, 0.01, 0.02, 0.01],
    u: [0.002, 0.0003, 0.03, 0.002, 0.003, 0.06, 0.9027],
  },
  { key: 'geschlecht', label: 'Geschlecht', levels: ['same', 'different'], levelLabels: ['gleich', 'verschieden'], m: [0.98, 0.02], u: [0.5, 0.5] },
  {
    key: 'anschrift',
    label: 'Anschrift',
    levels: ['exact', 'similar', 'street', 'postcode', 'place', 'different'],
    levelLabels: ['gleich', 'ähnlich geschrieben', 'gleiche Straße, andere Hausnummer', 'gleiche Postleitzahl', 'gleicher Ort', 'verschieden'],
    m: [0.7, 0.08, 0.04, 0.06, 0.04, 0.08],
    u: [0.0005, 0.0005, 0.002, 0.03, 0.2, 0.767],
  },
  { key: 'zielschule', label: 'Erwartete Schule', levels: ['same', 'different'], levelLabels: ['angemeldet an der erwarteten Schule', 'an einer anderen Schule angemeldet'], m: [0.9, 0.1], u: [0.1, 0.9] },
];

/** Each field takes levels.length + 1 values: its levels and "missing". */
export const RADIX = FIELDS.map((f) => f.levels.length + 1);
const PLACE = RADIX.map((_, i) => RADIX.slice(0, i).reduce((p, r) => p * r, 1));
const [F_SURNAME, F_GIVEN, F_ORDER, F_BIRTH, F_SEX, F_ADDRESS, F_SCHOOL] = [0, 1, 2, 3, 4, 5, 6];
const MISSING = (field: number) => FIELDS[field]!.levels.length;

/** Level of each field in a pattern; levels.length of a field means "missing". */
export function decodePattern(pattern: number): number[] {
  return RADIX.map((r, i) => Math.floor(pattern / PLACE[i]!) % r);
}

export function encodePattern(levels: readonly number[]): number {
  let code = 0;
  for (let i = 0; i < levels.length; i++) code += levels[i]! * PLACE[i]!;
  return code;
}

function sharesVariant(a: PreparedName, b: PreparedName): boolean {
  for (const x of a.variants) for (const y of b.variants) if (x === y) return true;
  return false;
}

function hasInitial(words: readonly string[]): boolean {
  for (const w of words) if (w.length === 1) return true;
  return false;
}

/**
 * Every word of the shorter name is in the longer double name ("Anna" in "Anna-Lena"); an initial
 * stands for any word with its letter ("Hans J." in "Hans Jürgen").
 */
function isPartOf(a: PreparedName, b: PreparedName): boolean {
  if (!a.core.length || !b.core.length) return false;
  const short = a.core.length <= b.core.length ? a.core : b.core;
  const long = a.core.length <= b.core.length ? b.core : a.core;
  if (short.length === long.length && !hasInitial(short) && !hasInitial(long)) return false;
  const used = new Set<number>();
  for (const t of short) {
    let found = -1;
    for (let i = 0; i < long.length && found < 0; i++) {
      const w = long[i]!;
      if (used.has(i)) continue;
      const initial = (t.length === 1 || w.length === 1) && w.charCodeAt(0) === t.charCodeAt(0);
      if (w === t || initial || (t.length > 3 && w.length > 3 && jaroWinkler(t, w) >= CLOSE_NAME)) found = i;
    }
    if (found < 0) return false;
    used.add(found);
  }
  return true;
}

/** Level index of two names (NAME_LEVELS), or 5 when one is missing. */
export function compareNames(a: PreparedName, b: PreparedName): number {
  if (!a.key || !b.key) return NAME_LEVELS.length;
  if (sharesVariant(a, b)) return NAME_EXACT;
  if (isPartOf(a, b)) return NAME_PART;
  let similarity = jaroWinkler(a.key, b.key);
  if (similarity < CLOSE_NAME && (a.plainKey !== a.key || b.plainKey !== b.key)) similarity = Math.max(similarity, jaroWinkler(a.plainKey, b.plainKey));
  if (similarity >= CLOSE_NAME) return NAME_CLOSE;
  if (similarity >= SIMILAR_NAME || (a.phonetic !== '' && a.phonetic === b.phonetic)) return NAME_SIMILAR;
  return NAME_DIFFERENT;
}

/** Level of the addresses: the most specific part both sides have decides. */
function compareAddresses(a: PreparedRecord, b: PreparedRecord): number {
  let comparable = false;
  if (a.street.name && b.street.name) {
    comparable = true;
    const sameName = a.street.name === b.street.name;
    if (sameName || jaroWinkler(a.street.name, b.street.name) >= SIMILAR_STREET) {
      const numbers = !a.street.number || !b.street.number ? 0 : a.street.number === b.street.number ? 1 : -1;
      if (numbers >= 0) return sameName && numbers === 1 ? 0 : 1;
      return 2;
    }
  }
  if (a.postcode && b.postcode) {
    comparable = true;
    if (a.postcode === b.postcode) return 3;
  }
  if (a.place && b.place) {
    comparable = true;
    if (a.place === b.place || jaroWinkler(a.place, b.place) >= SIMILAR_STREET) return 4;
  }
  return comparable ? 5 : MISSING(F_ADDRESS);
}

const rank = (level: number) => (level === NAME_LEVELS.length ? NAME_DIFFERENT : level);

/**
 * The comparison pattern of two records (see decodePattern). With `schools`, the leaver's expected
 * school is compared with the registration's school; inside one list that says nothing.
 */
export function comparePair(a: PreparedRecord, b: PreparedRecord, schools = true): number {
  let surname = compareNames(a.surname, b.surname);
  let given = compareNames(a.given, b.given);
  let order = MISSING(F_ORDER);
  // Swapped first and last name: only when both lists have both names and the straight reading is not already equal.
  if (a.surname.key && a.given.key && b.surname.key && b.given.key) {
    order = 0;
    // A swap keeps at least one name's first letter in place; most unrelated pairs fail this cheap test.
    const crossInitial = a.surname.key.charCodeAt(0) === b.given.key.charCodeAt(0) || a.given.key.charCodeAt(0) === b.surname.key.charCodeAt(0);
    if (surname + given > 0 && crossInitial) {
      const swappedSurname = compareNames(a.surname, b.given);
      const swappedGiven = compareNames(a.given, b.surname);
      if (rank(swappedSurname) + rank(swappedGiven) < rank(surname) + rank(given)) {
        surname = swappedSurname;
        given = swappedGiven;
        order = 1;
      }
    }
  }
  const birth = a.birth && b.birth ? compareDates(a.birth, b.birth) : MISSING(F_BIRTH);
  const sex = a.sex && b.sex ? (a.sex === b.sex ? 0 : 1) : MISSING(F_SEX);
  const school = schools && a.target && b.school ? (a.target === b.school ? 0 : 1) : MISSING(F_SCHOOL);
  return (
    surname * PLACE[F_SURNAME]! +
    given * PLACE[F_GIVEN]! +
    order * PLACE[F_ORDER]! +
    birth * PLACE[F_BIRTH]! +
    sex * PLACE[F_SEX]! +
    compareAddresses(a, b) * PLACE[F_ADDRESS]! +
    school * PLACE[F_SCHOOL]!
  );
}

/**
 * Inside one list, twins and siblings look alike in everything but the first name. A pair whose first
 * names differ outright is no duplicate at all; one whose first names are only alike (Marie, Mira)
 * at most needs review.
 */
export function duplicateVerdict(pattern: number): 'none' | 'review' | 'any' {
  const given = decodePattern(pattern)[F_GIVEN]!;
  if (given === NAME_DIFFERENT) return 'none';
  return given === NAME_SIMILAR ? 'review' : 'any';
}

export { NAME_CLOSE, NAME_DIFFERENT, NAME_EXACT, NAME_PART, NAME_SIMILAR };
