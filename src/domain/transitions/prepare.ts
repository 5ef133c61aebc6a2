import type { PupilRecord } from './contracts.js';
import { parseBirthDate } from './dates.js';
import { koelnerPhonetik } from './koelner-phonetik.js';
import { normalizeName, normalizePlace, normalizePostcode, normalizeStreet, type NormalizedName, type NormalizedStreet } from './normalize.js';

/** A name with its sound codes: of the whole name and of each word (for double names). */
export interface PreparedName extends NormalizedName {
  phonetic: string;
  /**
   * Sound codes for blocking, each behind the first letter (Anna "a06" and Emma "e06" sound alike
   * to Kölner Phonetik, but typing errors rarely hit the first letter): of the whole name, with
   * particles glued on, and of each word.
   */
  phonetics: string[];
}

/** A record normalised once, so that comparing two of them does no text work beyond Jaro-Winkler. */
export interface PreparedRecord {
  surname: PreparedName;
  given: PreparedName;
  /** YYYYMMDD, 0 = unknown. */
  birth: number;
  /** 0 unknown, 1 m, 2 w, 3 d. */
  sex: number;
  street: NormalizedStreet;
  postcode: string;
  place: string;
  /** The school of the list (leaver: the one it leaves; registration: the one it registered at), and the expected next school. */
  school: string;
  target: string;
}

const SEX: Record<string, number> = { m: 1, w: 2, d: 3 };

/** School names or numbers as lists write them: case and blanks do not matter. */
export const schoolKey = (text: string | null | undefined) => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** Written out field by field: objects built by spreading compare several times slower (hidden class). */
export function prepareName(raw: string | null | undefined): PreparedName {
  const name = normalizeName(raw);
  return {
    tokens: name.tokens,
    core: name.core,
    key: name.key,
    plainKey: name.plainKey,
    variants: name.variants,
    phonetic: koelnerPhonetik(name.key),
    phonetics: [...new Set([name.key, name.tokens.join(''), ...name.core.filter((t) => t.length > 1)].filter(Boolean).map((t) => t[0] + koelnerPhonetik(t)))],
  };
}

/**
 * A record preparer that remembers names it has seen: in a cohort the same surnames and first names
 * come back thousands of times, so each is normalised and coded once. Use one per linkage run.
 */
export function recordPreparer(): (record: PupilRecord) => PreparedRecord {
  const names = new Map<string, PreparedName>();
  const nameOf = (raw: string | null | undefined) => {
    const text = raw ?? '';
    let name = names.get(text);
    if (!name) names.set(text, (name = prepareName(text)));
    return name;
  };
  return (record) => {
    const birth = parseBirthDate(record.geburtsdatum);
    return {
      surname: nameOf(record.nachname),
      given: nameOf(record.vorname),
      birth: birth.ok ? birth.value : 0,
      sex: SEX[record.geschlecht ?? ''] ?? 0,
      street: normalizeStreet(record.strasse),
      postcode: normalizePostcode(record.plz),
      place: normalizePlace(record.ort),
      school: schoolKey(record.schule),
      target: schoolKey(record.zielschule),
    };
  };
}

export const prepareRecord = (record: PupilRecord): PreparedRecord => recordPreparer()(record);
