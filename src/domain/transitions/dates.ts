/**
 * Birth dates: reading the formats school lists use, and how two dates differ. A date is kept as
 * the number YYYYMMDD (0 = unknown), which makes comparison and blocking cheap.
 */

export type ParsedDate = { ok: true; value: number } | { ok: false; message: string };

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

const FORMATS = 'erwartet wird z. B. 31.12.2014, 2014-12-31 oder 20141231';

/**
 * Reads 31.12.2014 (also 1.2.2014), 2014-12-31 or 20141231, optionally followed by a midnight
 * time as spreadsheets export it. Empty text is an unknown date (value 0), not an error.
 */
export function parseBirthDate(text: string | null | undefined): ParsedDate {
  const t = (text ?? '').trim().replace(/[ T]0?0:00(:00(\.0+)?)?Z?$/, '');
  if (!t) return { ok: true, value: 0 };
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const parts = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return { ok: false, message: `„${t}“ ist kein Datum; ${FORMATS}.` };
  const [y, mo, d] = parts.map(Number) as [number, number, number];
  if (y < 1900 || y > 2100) return { ok: false, message: `Das Jahr in „${t}“ liegt nicht zwischen 1900 und 2100.` };
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return { ok: false, message: `„${t}“ ist kein gültiger Kalendertag.` };
  return { ok: true, value: y * 10000 + mo * 100 + d };
}

/** 20141231 → "2014-12-31"; 0 → "". */
export function formatIsoDate(value: number): string {
  if (!value) return '';
  const s = String(value);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** 20141231 → "31.12.2014"; 0 → "". */
export function formatGermanDate(value: number): string {
  if (!value) return '';
  const s = String(value);
  return `${s.slice(6, 8)}.${s.slice(4, 6)}.${s.slice(0, 4)}`;
}

/** How two birth dates relate, from equal to unrelated; the order is the order of the levels. */
export const DATE_LEVELS = ['exact', 'swapped', 'typo', 'transposed', 'year', 'partial', 'different'] as const;
export type DateLevel = (typeof DATE_LEVELS)[number];

export const dateLevelLabels: Record<DateLevel, string> = {
  exact: 'gleich',
  swapped: 'Tag und Monat vertauscht',
  typo: 'eine Ziffer anders',
  transposed: 'zwei Nachbarziffern vertauscht',
  year: 'Jahr um eins verschoben',
  partial: 'zwei von drei Teilen gleich',
  different: 'verschieden',
};

/** Level index (into DATE_LEVELS) of two known dates given as YYYYMMDD. */
export function compareDates(a: number, b: number): number {
  if (a === b) return 0;
  const ya = (a / 10000) | 0;
  const yb = (b / 10000) | 0;
  const ma = ((a / 100) | 0) % 100;
  const mb = ((b / 100) | 0) % 100;
  const da = a % 100;
  const db = b % 100;
  if (ya === yb && da === mb && ma === db) return 1;
  // Digits from the right: at most eight, compared without building strings.
  let differing = 0;
  let first = -1;
  let x = a;
  let y = b;
  for (let i = 0; i < 8; i++) {
    if (x % 10 !== y % 10) {
      if (differing === 0) first = i;
      differing++;
    }
    x = (x / 10) | 0;
    y = (y / 10) | 0;
  }
  if (differing === 1) return 2;
  if (differing === 2 && digitAt(a, first) === digitAt(b, first + 1) && digitAt(a, first + 1) === digitAt(b, first)) return 3;
  if (ma === mb && da === db && Math.abs(ya - yb) === 1) return 4;
  if ((ya === yb ? 1 : 0) + (ma === mb ? 1 : 0) + (da === db ? 1 : 0) >= 2) return 5;
  return 6;
}

const digitAt = (n: number, fromRight: number) => ((n / 10 ** fromRight) | 0) % 10;
