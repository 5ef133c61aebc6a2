import { defaultSeed, lotOf } from './draw.js';
import { compare, div, floor, formatDecimal, formatFraction, fromNumber, gcd, isInteger, mul, parseDecimal, rational, type Rational } from './rational.js';

/**
 * Exact apportionment of a pool (positions, hours, euros) over recipients by weight.
 *
 * Everything that decides a unit is integer or BigInt arithmetic: weights are read as exact decimals
 * and scaled to integers, the pool is counted in units (0.5 FTE = one unit), and quotas are fractions
 * with one common denominator. Floating point appears only in the lot numbers of the draw, which
 * decide nothing but exact ties.
 */

export const allocationMethods = ['hare-niemeyer', 'sainte-lague', 'dhondt'] as const;
export type AllocationMethod = (typeof allocationMethods)[number];

export const allocationMethodLabels: Record<AllocationMethod, string> = {
  'hare-niemeyer': 'Hare-Niemeyer (größte Reste)',
  'sainte-lague': 'Sainte-Laguë/Schepers (Divisorverfahren mit Standardrundung)',
  dhondt: 'D’Hondt (Divisorverfahren mit Abrundung)',
};

export interface AllocationRecipient {
  id: string;
  /** Decimal text ("312.5", "312,5") or a number (read by its shortest decimal form) or an exact fraction. */
  weight: string | number | Rational;
  /** In the measure of the total (e.g. FTE), a multiple of the unit; empty = 0. */
  min?: string | number | null;
  /** In the measure of the total, a multiple of the unit; empty = no cap. */
  max?: string | number | null;
}

export interface AllocationInput {
  recipients: readonly AllocationRecipient[];
  /** The pool, e.g. 40 (FTE) or 250000 (euros). */
  total: string | number;
  /** Smallest share: 1, 0.5, 0.25 FTE or 1 euro; default 1. */
  unit?: string | number;
  method: AllocationMethod;
  /** Seed of the draw for exact ties; by default derived from ids and weights. */
  seed?: string | null;
}

export type AllocationField = 'recipients' | 'total' | 'unit' | 'method' | 'seed' | 'id' | 'weight' | 'min' | 'max';

export interface AllocationIssue {
  field: AllocationField;
  /** Position in the recipient list, null for the input as a whole. */
  index: number | null;
  id: string | null;
  message: string;
}

export class AllocationError extends Error {
  readonly field: AllocationField;
  readonly index: number | null;
  readonly id: string | null;
  constructor(public readonly issues: AllocationIssue[]) {
    super(issues[0]!.message);
    this.field = issues[0]!.field;
    this.index = issues[0]!.index;
    this.id = issues[0]!.id;
  }
}

/** An exact value for display: the reduced fraction and a decimal with up to 12 places. */
export interface ExactValue {
  fraction: string;
  decimal: string;
}

export interface AllocatedRecipient {
  id: string;
  /** Position in the input list. */
  index: number;
  /** The weight as read, as a decimal. */
  weight: string;
  /** Weight ÷ sum of all weights. */
  share: ExactValue;
  /** Ideal claim in units: units of the pool × share (the Hare quota). */
  quota: ExactValue;
  /**
   * The value that was rounded, in units. Hare-Niemeyer: the quota after bounds. Divisor methods:
   * weight ÷ divisor, rounded down (D'Hondt) or to the nearest whole number (Sainte-Laguë).
   */
  claim: ExactValue;
  /** Units the same method would give without any min or max. */
  unitsBeforeBounds: number;
  units: number;
  /** units × unit, in the measure of the total. */
  amount: string;
  /** Bounds in units; max null = none. */
  min: number;
  max: number | null;
  /** The bound that changed this recipient's claim. */
  bound: 'min' | 'max' | null;
  /** Hare-Niemeyer: claim minus its whole part, and its rank (1 = largest; equal remainders share a rank). */
  remainder: ExactValue | null;
  remainderRank: number | null;
  /** Hare-Niemeyer: received a unit for its remainder. */
  remainderUnit: boolean;
  /** A candidate in a tie, and whether the draw gave it a unit. */
  tied: boolean;
  wonDraw: boolean;
}

/** Units that several recipients claim exactly equally; the draw decided who gets them. */
export interface AllocationTie {
  units: number;
  /** In draw order; the first `units` of them got one unit each. */
  candidates: string[];
  winners: string[];
  /** The equal claim: the remainder (Hare-Niemeyer) or the quotient weight ÷ divisor step (divisor methods). */
  value: ExactValue;
}

export interface AllocationResult {
  method: AllocationMethod;
  total: string;
  unit: string;
  /** Number of units in the pool: total ÷ unit. */
  units: number;
  weightSum: string;
  /** Divisor methods: the weight per unit used for rounding; null for Hare-Niemeyer or when every recipient is fixed by its bounds. */
  divisor: ExactValue | null;
  recipients: AllocatedRecipient[];
  /** Never more than one for one apportionment; empty when the result is unique. */
  ties: AllocationTie[];
  seed: string;
  /** Set when a tie was decided: seed and the draw order of its candidates. */
  draw: { seed: string; order: string[] } | null;
}

// ---- input --------------------------------------------------------------------------------

const MAX_UNITS = 1e15;
const de = (r: Rational) => formatDecimal(r).replace('.', ',');
const show = (v: unknown) => (typeof v === 'string' ? v.trim() : String(v));

type Read = Rational | 'empty' | 'invalid' | 'infinite';

function read(value: unknown): Read {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'empty';
  if (typeof value === 'number') return Number.isFinite(value) ? fromNumber(value)! : 'infinite';
  if (typeof value === 'string') return parseDecimal(value) ?? (/^[+-]?(inf|infinity|∞)$/i.test(value.trim()) ? 'infinite' : 'invalid');
  if (typeof value === 'object' && typeof (value as Rational).n === 'bigint' && typeof (value as Rational).d === 'bigint' && (value as Rational).d !== 0n) {
    return rational((value as Rational).n, (value as Rational).d);
  }
  return 'invalid';
}

interface Prepared {
  method: AllocationMethod;
  total: Rational;
  unit: Rational;
  /** Units in the pool. */
  H: number;
  ids: string[];
  weights: Rational[];
  /** Weights as positive integers in a common scale (only ratios matter); original = w × back. */
  w: bigint[];
  back: Rational;
  W: bigint;
  lo: number[];
  /** Capped at H, so "no max" needs no special case. */
  hi: number[];
  hasMax: boolean[];
  hasBounds: boolean;
  seed: string;
  lots: number[];
}

function prepare(input: AllocationInput): { prepared: Prepared } | { issues: AllocationIssue[] } {
  const issues: AllocationIssue[] = [];
  const whole = (field: AllocationField, message: string) => issues.push({ field, index: null, id: null, message });
  if (!allocationMethods.includes(input.method)) {
    whole('method', `Unbekanntes Verfahren „${show(input.method)}“: möglich sind hare-niemeyer, sainte-lague und dhondt.`);
  }
  const unitRead = read(input.unit ?? 1);
  const unit = typeof unitRead === 'object' && unitRead.n > 0n ? unitRead : null;
  if (!unit) whole('unit', `Die Einheit (unit) muss eine Zahl größer als 0 sein, z. B. 1, 0,5 oder 0,25 (angegeben: „${show(input.unit)}“).`);
  const totalRead = read(input.total);
  const total = typeof totalRead === 'object' && totalRead.n > 0n ? totalRead : null;
  if (!total) whole('total', `Der Gesamtumfang (total) muss eine Zahl größer als 0 sein (angegeben: „${show(input.total)}“).`);
  let H = 0;
  if (unit && total) {
    const units = div(total, unit);
    if (!isInteger(units)) whole('total', `Der Gesamtumfang ${de(total)} ist kein ganzzahliges Vielfaches der Einheit ${de(unit)}.`);
    else if (units.n > BigInt(MAX_UNITS)) whole('unit', `Der Gesamtumfang ${de(total)} ergibt mit der Einheit ${de(unit)} mehr als eine Billiarde Einheiten; bitte eine größere Einheit wählen.`);
    else H = Number(units.n);
  }
  if (input.seed !== undefined && input.seed !== null && (typeof input.seed !== 'string' || !input.seed.trim() || input.seed.length > 200)) {
    whole('seed', 'Der Startwert des Losverfahrens (seed) muss ein Text mit 1 bis 200 Zeichen sein.');
  }
  if (!input.recipients.length) whole('recipients', 'Die Liste ist leer: Es gibt niemanden, auf den verteilt werden kann.');

  const ids: string[] = [];
  const weights: Rational[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const hasMax: boolean[] = [];
  const seen = new Set<string>();
  let rowsOk = true;
  input.recipients.forEach((r, index) => {
    const id = typeof r.id === 'string' ? r.id.trim() : '';
    const fail = (field: AllocationField, message: string) => {
      issues.push({ field, index, id: id || null, message });
      rowsOk = false;
    };
    const name = id ? `„${id}“` : `Eintrag ${index + 1}`;
    if (!id) fail('id', 'Die Kennung (id) fehlt.');
    else if (seen.has(id)) fail('id', `Die Kennung „${id}“ kommt mehrfach vor; jede Kennung darf nur einmal stehen.`);
    seen.add(id);

    const weight = read(r.weight);
    if (weight === 'empty') fail('weight', `Das Gewicht von ${name} fehlt.`);
    else if (weight === 'infinite') fail('weight', `Das Gewicht von ${name} muss eine endliche Zahl sein (angegeben: „${show(r.weight)}“).`);
    else if (weight === 'invalid') fail('weight', `Das Gewicht von ${name} ist keine Zahl (angegeben: „${show(r.weight)}“); erwartet wird z. B. 312 oder 312,5.`);
    else if (weight.n <= 0n) fail('weight', `Das Gewicht von ${name} muss größer als 0 sein (angegeben: ${de(weight)}).`);

    const bound = (field: 'min' | 'max', label: string, value: unknown): number | null => {
      const v = read(value);
      if (v === 'empty') return null;
      if (v === 'invalid' || v === 'infinite') return fail(field, `Der ${label} von ${name} ist keine Zahl (angegeben: „${show(value)}“).`), null;
      if (v.n < 0n) return fail(field, `Der ${label} von ${name} darf nicht negativ sein (angegeben: ${de(v)}).`), null;
      if (!unit) return null;
      const count = div(v, unit);
      if (!isInteger(count)) return fail(field, `Der ${label} von ${name} (${de(v)}) ist kein ganzzahliges Vielfaches der Einheit ${de(unit)}.`), null;
      return count.n > BigInt(MAX_UNITS) ? MAX_UNITS : Number(count.n);
    };
    const min = bound('min', 'Mindestwert', r.min);
    const max = bound('max', 'Höchstwert', r.max);
    if (min !== null && max !== null && min > max) fail('min', `Der Mindestwert von ${name} ist größer als sein Höchstwert.`);
    ids.push(id);
    weights.push(typeof weight === 'object' ? weight : rational(1n));
    lo.push(min ?? 0);
    hi.push(max === null ? H : Math.min(max, H));
    hasMax.push(max !== null);
  });

  if (rowsOk && unit && total && H > 0 && input.recipients.length) {
    const minSum = lo.reduce((a, b) => a + b, 0);
    if (minSum > H) whole('min', `Die Mindestwerte ergeben zusammen ${de(mul(rational(BigInt(minSum)), unit))}, mehr als der Gesamtumfang ${de(total)}.`);
    if (hasMax.every(Boolean)) {
      const maxSum = hasMax.reduce((a, _, i) => a + hi[i]!, 0);
      if (maxSum < H) whole('max', `Die Höchstwerte ergeben zusammen ${de(mul(rational(BigInt(maxSum)), unit))}, weniger als der Gesamtumfang ${de(total)}: So viel kann nicht verteilt werden.`);
    }
  }
  if (issues.length) return { issues };

  // Scale the weights to integers with the least common denominator, then divide out their common factor.
  let L = 1n;
  for (const x of weights) L = (L / gcd(L, x.d)) * x.d;
  let w = weights.map((x) => x.n * (L / x.d));
  const g = w.reduce((a, b) => gcd(a, b), 0n);
  if (g > 1n) w = w.map((x) => x / g);
  const seed = input.seed?.trim() || defaultSeed(ids.map((id, i) => ({ id, weight: formatFraction(weights[i]!) })));
  return {
    prepared: {
      method: input.method,
      total: total!,
      unit: unit!,
      H,
      ids,
      weights,
      w,
      back: rational(g, L),
      W: w.reduce((a, b) => a + b, 0n),
      lo,
      hi,
      hasMax,
      hasBounds: lo.some((x) => x > 0) || hasMax.some(Boolean),
      seed,
      lots: ids.map((id) => lotOf(seed, id)),
    },
  };
}

/** All problems with the input at once (empty when it can be apportioned). */
export function validateAllocation(input: AllocationInput): AllocationIssue[] {
  const p = prepare(input);
  return 'issues' in p ? p.issues : [];
}

// ---- the quota with bounds ---------------------------------------------------------------------

type Bound = 'min' | 'max' | null;

/** Exact shares x_i = num_i / den in units, summing to H. */
interface Shares {
  num: bigint[];
  den: bigint;
  bound: Bound[];
}

/**
 * The quota with bounds: the factor λ with Σ clamp(λ·w_i, min_i, max_i) = H, so that every recipient
 * inside its bounds gets the same amount per weight. This is the fixed point of "give the minimums,
 * cap at the maximums, share the rest among the others by weight, repeat until nothing changes",
 * found in one exact pass: the sum is piecewise linear in λ and bends only where a recipient reaches
 * a bound (λ = min_i/w_i or max_i/w_i), so walking those points in order finds the piece that holds H.
 * Without binding bounds λ = H / Σw and x_i is the plain Hare quota.
 */
function boundedShares(p: Prepared): Shares {
  const n = p.w.length;
  const H = BigInt(p.H);
  const plain = { num: p.w.map((x) => x * H), den: p.W };
  if (!p.hasBounds || plain.num.every((x, i) => x >= BigInt(p.lo[i]!) * p.W && x <= BigInt(p.hi[i]!) * p.W)) {
    return { ...plain, bound: new Array<Bound>(n).fill(null) };
  }
  // Events: recipient i starts to grow at λ = lo_i/w_i and stops at hi_i/w_i.
  const events: { at: bigint; w: bigint; i: number; start: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    events.push({ at: BigInt(p.lo[i]!), w: p.w[i]!, i, start: true }, { at: BigInt(p.hi[i]!), w: p.w[i]!, i, start: false });
  }
  events.sort((a, b) => {
    const l = a.at * b.w;
    const r = b.at * a.w;
    return l < r ? -1 : l > r ? 1 : a.start === b.start ? 0 : a.start ? -1 : 1;
  });
  // Below the first event everyone sits at its minimum: sum = C + S·λ with C = Σ fixed, S = Σ growing weights.
  let C = p.lo.reduce((a, b) => a + BigInt(b), 0n);
  let S = 0n;
  let lambda: Rational | null = null;
  for (const e of events) {
    // Sum at λ = e.at / e.w, compared with H without dividing.
    if (C * e.w + S * e.at >= H * e.w) {
      lambda = S > 0n ? rational(H - C, S) : rational(e.at, e.w);
      break;
    }
    if (e.start) {
      C -= BigInt(p.lo[e.i]!);
      S += e.w;
    } else {
      S -= e.w;
      C += BigInt(p.hi[e.i]!);
    }
  }
  // Not reached when Σ min ≤ H ≤ Σ max (checked before): the sum at the last event is Σ max.
  lambda ??= rational(events[events.length - 1]!.at, events[events.length - 1]!.w);
  const num: bigint[] = [];
  const bound: Bound[] = [];
  for (let i = 0; i < n; i++) {
    const x = lambda.n * p.w[i]!;
    const low = BigInt(p.lo[i]!) * lambda.d;
    const high = BigInt(p.hi[i]!) * lambda.d;
    num.push(x < low ? low : x > high ? high : x);
    bound.push(x < low ? 'min' : x > high && p.hasMax[i] ? 'max' : null);
  }
  return { num, den: lambda.d, bound };
}

/** Recipients by index in draw order. */
const byLotOf = (p: Prepared) => (a: number, b: number) => p.lots[a]! - p.lots[b]! || (p.ids[a]! < p.ids[b]! ? -1 : p.ids[a]! > p.ids[b]! ? 1 : 0);

// ---- Hare-Niemeyer ------------------------------------------------------------------------------

interface Rounded {
  units: number[];
  tie: { units: number; candidates: number[]; winners: number[] } | null;
}

/**
 * Largest remainder on the quota with bounds: everyone gets the whole part; the units left go to the
 * largest remainders. Because the bounds are whole units and the bounded quota lies within them,
 * whole part and whole part + 1 stay within the bounds. Equal remainders at the cut are a tie.
 */
function hareNiemeyer(p: Prepared, s: Shares): Rounded & { rank: number[]; remainderUnit: boolean[] } {
  const n = p.w.length;
  const units = s.num.map((x) => Number(x / s.den));
  const rem = s.num.map((x) => x % s.den);
  let left = p.H - units.reduce((a, b) => a + b, 0);
  const lots = byLotOf(p);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rem[a]! > rem[b]! ? -1 : rem[a]! < rem[b]! ? 1 : lots(a, b)));
  const rank = new Array<number>(n);
  order.forEach((i, k) => (rank[i] = k > 0 && rem[order[k - 1]!] === rem[i] ? rank[order[k - 1]!]! : k + 1));
  const remainderUnit = new Array<boolean>(n).fill(false);
  let tie: Rounded['tie'] = null;
  if (left > 0) {
    const cut = rem[order[left - 1]!]!;
    const above = order.filter((i) => rem[i]! > cut);
    const equal = order.filter((i) => rem[i] === cut);
    for (const i of above) remainderUnit[i] = true;
    left -= above.length;
    // `equal` is already in lot order: the first `left` win.
    if (equal.length > left) tie = { units: left, candidates: equal, winners: equal.slice(0, left) };
    for (const i of equal.slice(0, left)) remainderUnit[i] = true;
  }
  for (let i = 0; i < n; i++) if (remainderUnit[i]) units[i]!++;
  return { units, tie, rank, remainderUnit };
}

// ---- divisor methods ------------------------------------------------------------------------------

/**
 * The step of a divisor method: the (s+1)-th unit of weight w has the quotient w / (s + 1) with
 * D'Hondt and w / (s + ½) with Sainte-Laguë. Kept as w·m / (m·s + c) in integers (m = 2 for the half).
 */
const steps = { dhondt: { m: 1, c: 1 }, 'sainte-lague': { m: 2, c: 1 } } as const;

/** A tiny binary heap over recipient indices. */
class Heap {
  private items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size() {
    return this.items.length;
  }
  push(x: number) {
    const a = this.items;
    a.push(x);
    let k = a.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.before(a[k]!, a[parent]!)) break;
      [a[k], a[parent]] = [a[parent]!, a[k]!];
      k = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let best = k;
        if (l < a.length && this.before(a[l]!, a[best]!)) best = l;
        if (r < a.length && this.before(a[r]!, a[best]!)) best = r;
        if (best === k) break;
        [a[k], a[best]] = [a[best]!, a[k]!];
        k = best;
      }
    }
    return top;
  }
}

/**
 * Divisor method with bounds: units_i = clamp(round(w_i / D), min_i, max_i) for a divisor D that
 * makes them add up to the pool (round = down for D'Hondt, to nearest for Sainte-Laguë).
 * Jump and step: rounding the quota with bounds already is such an apportionment for some pool size
 * near H (off by less than one unit per recipient); then the next unit goes to the highest quotient
 * (or the last one is taken from the lowest) until the sum is H — the same as handing out unit by
 * unit from the minimums, only without walking through all units of a large pool.
 * Equal quotients at the cut are a tie, decided by the draw.
 */
function divisorMethod(p: Prepared, s: Shares, method: 'dhondt' | 'sainte-lague'): Rounded & { cut: { given: Rational | null; next: Rational | null } } {
  const { m, c } = steps[method];
  const n = p.w.length;
  const units = s.num.map((x) => Number(method === 'dhondt' ? x / s.den : (2n * x + s.den) / (2n * s.den)));
  // Denominator of the quotient of unit number k + 1 (k units held).
  const step = (k: number) => BigInt(m * k + c);
  // a's quotient w_a / da against b's w_b / db.
  const cmp = (a: number, da: bigint, b: number, db: bigint) => {
    const l = p.w[a]! * db;
    const r = p.w[b]! * da;
    return l < r ? -1 : l > r ? 1 : 0;
  };
  const lots = byLotOf(p);
  let diff = p.H - units.reduce((a, b) => a + b, 0);
  if (diff > 0) {
    const heap = new Heap((a, b) => {
      const k = cmp(a, step(units[a]!), b, step(units[b]!));
      return k > 0 || (k === 0 && lots(a, b) < 0);
    });
    for (let i = 0; i < n; i++) if (units[i]! < p.hi[i]!) heap.push(i);
    for (; diff > 0; diff--) {
      const i = heap.pop();
      units[i]!++;
      if (units[i]! < p.hi[i]!) heap.push(i);
    }
  } else if (diff < 0) {
    const heap = new Heap((a, b) => {
      const k = cmp(a, step(units[a]! - 1), b, step(units[b]! - 1));
      return k < 0 || (k === 0 && lots(a, b) > 0);
    });
    for (let i = 0; i < n; i++) if (units[i]! > p.lo[i]!) heap.push(i);
    for (; diff < 0; diff++) {
      const i = heap.pop();
      units[i]!--;
      if (units[i]! > p.lo[i]!) heap.push(i);
    }
  }
  // The cut: the lowest quotient given (A) and the highest not given (B); A ≥ B always.
  let a = -1;
  let b = -1;
  for (let i = 0; i < n; i++) {
    if (units[i]! > p.lo[i]! && (a < 0 || cmp(i, step(units[i]! - 1), a, step(units[a]! - 1)) < 0)) a = i;
    if (units[i]! < p.hi[i]! && (b < 0 || cmp(i, step(units[i]!), b, step(units[b]!)) > 0)) b = i;
  }
  const quotient = (i: number, k: number) => mul(rational(p.w[i]! * BigInt(m), step(k)), p.back);
  const cut = { given: a >= 0 ? quotient(a, units[a]! - 1) : null, next: b >= 0 ? quotient(b, units[b]!) : null };
  let tie: Rounded['tie'] = null;
  if (a >= 0 && b >= 0 && cmp(a, step(units[a]! - 1), b, step(units[b]!)) === 0) {
    // Every unit with exactly this quotient, given or not, goes back into the draw.
    const given: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      if (units[i]! > p.lo[i]! && cmp(i, step(units[i]! - 1), a, step(units[a]! - 1)) === 0) given.push(i);
      else if (units[i]! < p.hi[i]! && cmp(i, step(units[i]!), b, step(units[b]!)) === 0) open.push(i);
    }
    const candidates = [...given, ...open].sort(byLotOf(p));
    const winners = candidates.slice(0, given.length);
    for (const i of given) units[i]!--;
    for (const i of winners) units[i]!++;
    tie = { units: given.length, candidates, winners };
  }
  return { units, tie, cut };
}

/**
 * A divisor to show: for a unique result the number with the fewest significant digits strictly
 * between the highest quotient left out and the lowest given (so no claim sits exactly on a rounding
 * step); for a tie the tied quotient itself.
 */
function chooseDivisor(given: Rational | null, next: Rational | null): Rational | null {
  if (!given && !next) return null;
  if (given && next && compare(given, next) === 0) return given;
  const top = given ?? next!;
  let k = 0;
  for (let x = floor(top); x >= 10n; x /= 10n) k++;
  for (k += 1; k > -60; k--) {
    const stepSize = k >= 0 ? rational(10n ** BigInt(k)) : rational(1n, 10n ** BigInt(-k));
    const candidate = next ? mul(rational(floor(div(next, stepSize)) + 1n), stepSize) : stepSize;
    if (!given || compare(candidate, given) < 0) return candidate;
  }
  return given;
}

// ---- the result -------------------------------------------------------------------------------------

const exact = (r: Rational): ExactValue => ({ fraction: formatFraction(r), decimal: formatDecimal(r) });

function run(p: Prepared) {
  const shares = boundedShares(p);
  if (p.method === 'hare-niemeyer') {
    const hn = hareNiemeyer(p, shares);
    return { shares, ...hn, divisor: null };
  }
  const dm = divisorMethod(p, shares, p.method);
  return { shares, ...dm, divisor: chooseDivisor(dm.cut.given, dm.cut.next) };
}

/**
 * Apportions the pool. Throws AllocationError (German message, field, index and id of the first
 * problem; all of them in `issues`) for input that cannot be apportioned.
 */
export function allocate(input: AllocationInput): AllocationResult {
  const prepared = prepare(input);
  if ('issues' in prepared) throw new AllocationError(prepared.issues);
  const p = prepared.prepared;
  const n = p.w.length;
  const main = run(p);
  const before = p.hasBounds ? run({ ...p, lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(p.H), hasMax: new Array<boolean>(n).fill(false), hasBounds: false }).units : main.units;

  const H = BigInt(p.H);
  const tied = new Set(main.tie?.candidates);
  const won = new Set(main.tie?.winners);
  const divisor = main.divisor;
  const recipients = p.ids.map((id, i): AllocatedRecipient => {
    const hn = 'rank' in main;
    let claim: Rational;
    let bound: Bound = main.shares.bound[i]!;
    if (hn || !divisor) {
      claim = rational(main.shares.num[i]!, main.shares.den);
    } else {
      claim = div(p.weights[i]!, divisor);
      // For a divisor method the bound is binding when it changed the rounded value.
      const r = p.method === 'dhondt' ? floor(claim) : floor({ n: 2n * claim.n + claim.d, d: 2n * claim.d });
      bound = r < BigInt(p.lo[i]!) ? 'min' : r > BigInt(p.hi[i]!) && p.hasMax[i] ? 'max' : null;
    }
    return {
      id,
      index: i,
      weight: formatDecimal(p.weights[i]!, 40),
      share: exact(rational(p.w[i]!, p.W)),
      quota: exact(rational(p.w[i]! * H, p.W)),
      claim: exact(claim),
      unitsBeforeBounds: before[i]!,
      units: main.units[i]!,
      amount: formatDecimal(mul(rational(BigInt(main.units[i]!)), p.unit), 40),
      min: p.lo[i]!,
      max: p.hasMax[i] ? p.hi[i]! : null,
      bound,
      remainder: hn ? exact(rational(main.shares.num[i]! % main.shares.den, main.shares.den)) : null,
      remainderRank: hn ? main.rank[i]! : null,
      remainderUnit: hn ? main.remainderUnit[i]! : false,
      tied: tied.has(i),
      wonDraw: won.has(i),
    };
  });
  let ties: AllocationTie[] = [];
  if (main.tie) {
    const first = main.tie.candidates[0]!;
    const value =
      'rank' in main
        ? rational(main.shares.num[first]! % main.shares.den, main.shares.den)
        : // The tied quotient: the weight per unit at which all candidates stand equal.
          main.cut.given!;
    ties = [{ units: main.tie.units, candidates: main.tie.candidates.map((i) => p.ids[i]!), winners: main.tie.winners.map((i) => p.ids[i]!), value: exact(value) }];
  }
  return {
    method: p.method,
    total: formatDecimal(p.total, 40),
    unit: formatDecimal(p.unit, 40),
    units: p.H,
    weightSum: formatDecimal(mul(rational(p.W), p.back), 40),
    divisor: divisor ? exact(divisor) : null,
    recipients,
    ties,
    seed: p.seed,
    draw: ties.length ? { seed: p.seed, order: ties[0]!.candidates } : null,
  };
}
