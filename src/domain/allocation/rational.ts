/**
 * Exact fractions on BigInt, just enough for apportionment: a floating-point quota such as
 * 0.1 + 0.2 would decide a remainder seat by an error in the 17th digit.
 * Always normalised: denominator > 0, numerator and denominator without common factor.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  // Most values fit in a double, where % on whole numbers is exact and far cheaper than on BigInt.
  if (a <= SAFE && b <= SAFE) {
    let x = Number(a);
    let y = Number(b);
    while (y) {
      const t = x % y;
      x = y;
      y = t;
    }
    return BigInt(x);
  }
  while (b) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('Division durch null');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
/** -1, 0 or 1. */
export const compare = (a: Rational, b: Rational) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const isInteger = (a: Rational) => a.d === 1n;
/** Largest integer ≤ a (BigInt division truncates towards zero, so negatives need a step down). */
export const floor = (a: Rational) => (a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d));

// Digits and a dot or a comma (German spreadsheets), optionally an exponent as String(1e21) gives.
const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[eE]([+-]?\d{1,3}))?$/;
const MAX_DIGITS = 40;

/**
 * A decimal text ("12.5", "12,5", "-3", "1e-7") as an exact fraction; null when it is no such number
 * or longer than 40 digits or with an exponent beyond ±40 (a weight needs no more, and unbounded input would cost unbounded time).
 */
export function parseDecimal(text: string): Rational | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, sign, int = '', frac = '', exp] = m;
  if (!int && !frac) return null;
  if (int.length + frac.length > MAX_DIGITS || Math.abs(Number(exp ?? 0)) > MAX_DIGITS) return null;
  const e = Number(exp ?? 0) - frac.length;
  const digits = BigInt((int + frac).replace(/^0+(?=\d)/, '') || '0');
  const n = sign === '-' ? -digits : digits;
  return e >= 0 ? rational(n * 10n ** BigInt(e)) : rational(n, 10n ** BigInt(-e));
}

/**
 * A JavaScript number by its shortest decimal form (String(0.1) is "0.1"), which is the number the
 * user typed — not the binary double 0.1000000000000000055…; null for NaN and ±Infinity.
 */
export function fromNumber(x: number): Rational | null {
  return Number.isFinite(x) ? parseDecimal(String(x)) : null;
}

/**
 * A decimal text with at most `places` decimals, rounded half away from zero; trailing zeros dropped,
 * so an exact value such as 4.7 reads "4.7" and a repeating one "1.428571428571".
 */
export function formatDecimal(a: Rational, places = 12): string {
  if (a.d === 1n) return a.n.toString();
  // A terminating decimal needs no more places than its denominator's factors 2 and 5 say.
  const needed = terminatingPlaces(a.d);
  if (needed !== null && needed < places) places = needed;
  const neg = a.n < 0n;
  const scale = tenTo(places);
  const scaled = (abs(a.n) * scale * 2n + a.d) / (2n * a.d);
  const int = scaled / scale;
  let frac = (scaled % scale).toString().padStart(places, '0');
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  const text = frac ? `${int}.${frac}` : `${int}`;
  return neg && scaled !== 0n ? `-${text}` : text;
}

/** Places of a terminating decimal with this denominator (2^a·5^b needs max(a, b)), or null. */
function terminatingPlaces(d: bigint): number | null {
  if (d > SAFE) return null;
  let x = Number(d);
  let twos = 0;
  let fives = 0;
  while (x % 2 === 0) {
    x /= 2;
    twos++;
  }
  while (x % 5 === 0) {
    x /= 5;
    fives++;
  }
  return x === 1 ? Math.max(twos, fives) : null;
}

const powers: bigint[] = [];
/** 10^k, cached: formatting thousands of values should not recompute it each time. */
const tenTo = (k: number) => (powers[k] ??= 10n ** BigInt(k));

/** True when the decimal text of formatDecimal is the exact value (the denominator divides 10^places). */
export function isExactDecimal(a: Rational, places = 12): boolean {
  return tenTo(places) % a.d === 0n;
}

/** "n/d", or "n" for an integer. */
export function formatFraction(a: Rational): string {
  return a.d === 1n ? `${a.n}` : `${a.n}/${a.d}`;
}
