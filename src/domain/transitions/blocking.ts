import type { PreparedRecord } from './prepare.js';

/**
 * Blocking: instead of comparing every leaver with every registration, only records that share at
 * least one key are compared. The keys overlap on purpose, so that one wrong field never hides a
 * pair, and each is narrow enough for a cohort where everybody is born within two years:
 * - the sound of both names, in either order (finds date errors, swapped names, missing addresses);
 * - the sound of any one name word with the birth date (one name misspelt, double names in part);
 * - the sound of any one name word with the postcode, and with the other name's initial and the
 *   school (the leaver's expected school, the registration's school): a name and the date wrong,
 *   or no date;
 * - the sound of the surname with day and month, and with the year and day/month in either order
 *   (a wrong year, swapped day and month, while the first name is misspelt or given in part);
 * - the birth date with both initials, in either order, and the date with the postcode (both
 *   names misspelt);
 * - the postcode with both initials, and street with house number (names and date wrong).
 */
export function blockingKeys(r: PreparedRecord, side: 'leaver' | 'list' = 'list'): string[] {
  const keys: string[] = [];
  // A leaver meets registrations at its expected school; inside one list, entries of the same school meet.
  const school = side === 'leaver' ? r.target : r.school;
  const sounds = new Set([...r.surname.phonetics, ...r.given.phonetics]);
  const [surname, given] = [r.surname.phonetics[0], r.given.phonetics[0]];
  if (surname && given) keys.push(`n${[surname, given].sort().join('|')}`);
  const year = Math.floor(r.birth / 10000);
  const month = Math.floor(r.birth / 100) % 100;
  const day = r.birth % 100;
  for (const s of sounds) {
    if (r.birth) keys.push(`t${s}|${r.birth}`);
    if (r.postcode) keys.push(`p${s}|${r.postcode}`);
  }
  // The school alone is too wide (a hundred children, many first names alike): a name's sound with the other name's initial.
  if (school && r.surname.key && r.given.key) {
    for (const s of r.given.phonetics) keys.push(`z${s}|${r.surname.key[0]}|${school}`);
    for (const s of r.surname.phonetics) keys.push(`z${s}|${r.given.key[0]}|${school}`);
  }
  // Surnames are rarer than first names, so their sound can go with a date that is partly wrong.
  for (const s of r.surname.phonetics) {
    if (r.birth) keys.push(`d${s}|${month}|${day}`, `s${s}|${year}|${Math.min(day, month)}|${Math.max(day, month)}`);
  }
  const initials = r.surname.key && r.given.key ? [r.surname.key[0]!, r.given.key[0]!].sort().join('') : '';
  if (r.birth && initials) keys.push(`i${r.birth}|${initials}`);
  if (r.birth && r.postcode) keys.push(`a${r.birth}|${r.postcode}`);
  if (r.postcode && initials) keys.push(`q${r.postcode}|${initials}`);
  if (r.street.name && r.street.number) keys.push(`h${r.street.name}|${r.street.number}`);
  return keys;
}

/** FNV-1a, 32 bits: a collision only adds a pair to compare, it never loses one. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every record's keys as sorted (hash, record) entries, for lookups by binary search. */
interface KeyIndex {
  hashes: Uint32Array;
  records: Int32Array;
}

// A 32-bit hash times 2^21 plus a record number stays below 2^53, exact in a float.
const INDEX_BITS = 2 ** 21;

function buildIndex(keysOf: readonly number[][]): KeyIndex {
  if (keysOf.length > INDEX_BITS) throw new Error(`Zu viele Datensätze für einen Abgleich (höchstens ${INDEX_BITS}).`);
  const total = keysOf.reduce((s, k) => s + k.length, 0);
  const packed = new Float64Array(total);
  let n = 0;
  keysOf.forEach((hashes, record) => {
    for (const h of hashes) packed[n++] = h * INDEX_BITS + record;
  });
  packed.sort();
  const hashes = new Uint32Array(total);
  const records = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const v = packed[i]!;
    hashes[i] = Math.floor(v / INDEX_BITS);
    records[i] = v % INDEX_BITS;
  }
  return { hashes, records };
}

/** First position in the index with a hash ≥ h. */
function lowerBound(index: KeyIndex, h: number): number {
  let lo = 0;
  let hi = index.hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.hashes[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function range(index: KeyIndex, h: number): [number, number] {
  const from = lowerBound(index, h);
  let to = from;
  while (to < index.hashes.length && index.hashes[to] === h) to++;
  return [from, to];
}

export interface CandidatePairs {
  /** Pair i is (left[i], right[i]), each pair once. */
  left: Int32Array;
  right: Int32Array;
  count: number;
  /** Distinct keys, and keys left out because they would pair too many records (e.g. a very common name in one month). */
  keys: number;
  skippedKeys: number;
}

export interface BlockingOptions {
  /** Keys that would pair more records than this are left out; the other keys still find those records. */
  maxPairsPerKey?: number;
}

const uniqueHashes = (side: 'leaver' | 'list') => (r: PreparedRecord) => [...new Set(blockingKeys(r, side).map(hashKey))];

/**
 * Pairs to compare between two lists. With `right` omitted, pairs inside one list (i < j), for
 * finding a child that stands twice in it.
 */
export function candidatePairs(left: readonly PreparedRecord[], right: readonly PreparedRecord[] | null, options: BlockingOptions = {}): CandidatePairs {
  const maxPairs = options.maxPairsPerKey ?? 2_000;
  const leftKeys = left.map(uniqueHashes(right ? 'leaver' : 'list'));
  const rightKeys = right ? right.map(uniqueHashes('list')) : leftKeys;
  const rightIndex = buildIndex(rightKeys);
  const leftIndex = right ? buildIndex(leftKeys) : rightIndex;

  const tooLarge = new Set<number>();
  let keys = 0;
  for (let i = 0; i < rightIndex.hashes.length; ) {
    const h = rightIndex.hashes[i]!;
    let j = i;
    while (j < rightIndex.hashes.length && rightIndex.hashes[j] === h) j++;
    keys++;
    const [from, to] = right ? range(leftIndex, h) : [i, j];
    const pairs = right ? (j - i) * (to - from) : ((j - i) * (j - i - 1)) / 2;
    if (pairs > maxPairs) tooLarge.add(h);
    i = j;
  }

  let capacity = Math.max(1024, left.length * 4);
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let count = 0;
  const seen = new Int32Array(right ? right.length : left.length).fill(-1);
  for (let i = 0; i < left.length; i++) {
    for (const h of leftKeys[i]!) {
      if (tooLarge.has(h)) continue;
      const [from, to] = range(rightIndex, h);
      for (let k = from; k < to; k++) {
        const j = rightIndex.records[k]!;
        if (seen[j] === i || (!right && j <= i)) continue;
        seen[j] = i;
        if (count === capacity) {
          capacity *= 2;
          const a2 = new Int32Array(capacity);
          a2.set(a);
          a = a2;
          const b2 = new Int32Array(capacity);
          b2.set(b);
          b = b2;
        }
        a[count] = i;
        b[count] = j;
        count++;
      }
    }
  }
  return { left: a.subarray(0, count), right: b.subarray(0, count), count, keys, skippedKeys: tooLarge.size };
}

/** Every pair, without blocking: only for measuring what blocking costs in pairs and loses in matches. */
export function allPairs(left: number, right: number | null): CandidatePairs {
  const count = right === null ? (left * (left - 1)) / 2 : left * right;
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < left; i++) {
    for (let j = right === null ? i + 1 : 0; j < (right ?? left); j++) {
      a[k] = i;
      b[k++] = j;
    }
  }
  return { left: a, right: b, count, keys: 0, skippedKeys: 0 };
}
