import type { PupilRecord } from './contracts.js';
import { BOYS, CITIES, GIRLS, PARTICLE_VARIANTS, SECOND_NAMES_BOYS, SECOND_NAMES_GIRLS, STREET_KINDS, STREET_WORDS, SURNAME_ENDINGS, SURNAME_STEMS, SURNAMES } from './generator-data.js';
import { chance, doubleNameVariant, isoOf, pick, slipDate, transliterate, typo } from './generator-errors.js';
import { randomInt, seededRandom, type Random } from './random.js';

/**
 * Generated transition rounds with ground truth, for measuring the linkage: a cohort of children
 * leaving primary schools in NRW cities (leaver lists, fairly clean, as school software exports
 * them) and their registrations at secondary schools (typed in again, with the errors that come
 * with it). Seeded: the same options give the same lists.
 */

export interface GeneratorRates {
  /** Child moves away: no registration anywhere. */
  movedAway: number;
  /** Child registered at a second school as well. */
  secondSchool: number;
  /** Child registered twice at the same school. */
  sameSchoolTwice: number;
  /** Child registered somewhere other than the expected school. */
  elsewhere: number;
  /** Registrations of children who are in no leaver list (moved in), relative to the cohort. */
  unknown: number;
  /** Twins in the cohort: same surname, birth date and address. */
  twins: number;
  /** Child listed by two primary schools. */
  twoLeaverLists: number;
  /** Per name in a registration: a typing error. */
  typo: number;
  /** Per name with umlaut, ß or other diacritics: written the other way (ae/ä, ss/ß, without accents). */
  transliteration: number;
  /** First and last name swapped. */
  swapped: number;
  /** Double name (surname, or first names) written only in part or differently joined. */
  doubleNamePart: number;
  /** Birth date: day and month swapped, one digit wrong, year off by one, two digits turned. */
  dateSlip: number;
  /** Birth date missing. */
  missingDate: number;
  /** New address at registration. */
  moved: number;
  /** Leaver lists carry errors at this fraction of the registration rates. */
  leaverErrorScale: number;
}

export const defaultGeneratorRates: GeneratorRates = {
  movedAway: 0.03,
  secondSchool: 0.02,
  sameSchoolTwice: 0.003,
  elsewhere: 0.06,
  unknown: 0.03,
  twins: 0.015,
  twoLeaverLists: 0.002,
  typo: 0.06,
  transliteration: 0.3,
  swapped: 0.015,
  doubleNamePart: 0.4,
  dateSlip: 0.03,
  missingDate: 0.005,
  moved: 0.06,
  leaverErrorScale: 0.25,
};

export interface GeneratorOptions {
  /** Children in the cohort (leavers). */
  pupils: number;
  seed?: number;
  rates?: Partial<GeneratorRates>;
}

export interface GeneratedRound {
  leavers: PupilRecord[];
  registrations: PupilRecord[];
  /** The child behind each leaver and each registration (same key = same child). */
  leaverChild: string[];
  registrationChild: string[];
}

interface Child {
  key: string;
  surname: string;
  given: string;
  birth: [number, number, number];
  sex: 'm' | 'w';
  street: string;
  plz: string;
  city: number;
  feeder: string;
  target: string;
}

/** Draws from a list with weights falling like 1/(rank+10)^0.9, so the first entries are frequent. */
function zipf<T>(items: readonly T[]): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, i) => cumulative.push((total += 1 / (i + 10) ** 0.9)));
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const commonSurname = zipf(SURNAMES);
const girl = zipf(GIRLS);
const boy = zipf(BOYS);

function drawSurname(random: Random): string {
  // Frequent names for about a third, like in a German class; the rest spread over a long tail.
  const r = random();
  if (r < 0.35) return commonSurname(random);
  if (r < 0.96) return pick(random, SURNAME_STEMS) + pick(random, SURNAME_ENDINGS);
  return `${commonSurname(random)}-${commonSurname(random)}`;
}

function drawGiven(random: Random, sex: 'm' | 'w'): string {
  const first = sex === 'w' ? girl(random) : boy(random);
  if (!chance(random, 0.08)) return first;
  const second = pick(random, sex === 'w' ? SECOND_NAMES_GIRLS : SECOND_NAMES_BOYS);
  return second === first ? first : `${first}${chance(random, 0.5) ? '-' : ' '}${second}`;
}

function drawAddress(random: Random, city: number): { street: string; plz: string } {
  const [, from, to] = CITIES[city]!;
  const word = pick(random, STREET_WORDS);
  const kind = pick(random, STREET_KINDS);
  const name = kind === 'platz' && chance(random, 0.3) ? `Am ${word}platz` : `${word}${kind}`;
  const number = `${1 + randomInt(random, 120)}${chance(random, 0.05) ? pick(random, ['a', 'b', 'c']) : ''}`;
  return { street: `${name} ${number}`, plz: String(from + randomInt(random, to - from + 1)).padStart(5, '0') };
}

/** Born July to June of the cohort year; some repeat a year, a few started early. */
function drawBirth(random: Random, cohort: number): [number, number, number] {
  const r = random();
  const start = r < 0.05 ? cohort - 1 : r < 0.07 ? cohort + 1 : cohort;
  const day = randomInt(random, 365);
  const date = new Date(Date.UTC(start, 6, 1 + day));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** How one school's software writes its list. */
interface ListStyle {
  upperCaseSurname: boolean;
  withAddress: boolean;
  withSex: boolean;
  shortStreet: boolean;
}

function drawStyle(random: Random): ListStyle {
  return { upperCaseSurname: chance(random, 0.15), withAddress: !chance(random, 0.1), withSex: !chance(random, 0.2), shortStreet: chance(random, 0.4) };
}

function writeRecord(random: Random, child: Child, id: string, school: string, style: ListStyle, rates: GeneratorRates, scale: number, leaver: boolean): PupilRecord {
  let surname = child.surname;
  let given = child.given;
  if (PARTICLE_VARIANTS[surname] && chance(random, 0.5 * scale)) surname = pick(random, PARTICLE_VARIANTS[surname]!);
  if (chance(random, rates.doubleNamePart * scale)) surname = doubleNameVariant(random, surname, false);
  if (chance(random, rates.doubleNamePart * scale)) given = doubleNameVariant(random, given, chance(random, 0.7));
  if (chance(random, rates.transliteration * scale)) surname = transliterate(random, surname);
  if (chance(random, rates.transliteration * scale)) given = transliterate(random, given);
  if (chance(random, rates.typo * scale)) surname = typo(random, surname);
  if (chance(random, rates.typo * scale)) given = typo(random, given);
  if (style.upperCaseSurname) surname = surname.toUpperCase();
  if (chance(random, rates.swapped * scale)) [surname, given] = [given, surname];

  let birth: string | null = isoOf(child.birth);
  if (chance(random, rates.dateSlip * scale)) birth = isoOf(slipDate(random, child.birth));
  if (chance(random, rates.missingDate * scale)) birth = null;

  let { street, plz } = child;
  if (!leaver && chance(random, rates.moved)) ({ street, plz } = drawAddress(random, child.city));
  if (style.shortStreet) street = street.replace(/straße\b/, 'str.');
  if (chance(random, rates.typo * scale * 0.5)) street = typo(random, street);
  const ort = CITIES[child.city]![0];
  const sex = style.withSex ? (chance(random, 0.003) ? (child.sex === 'm' ? 'w' : 'm') : child.sex) : null;
  return {
    id,
    nachname: surname,
    vorname: given,
    geburtsdatum: birth,
    geschlecht: sex,
    strasse: style.withAddress ? street : null,
    plz: style.withAddress ? plz : null,
    ort: style.withAddress ? ort : null,
    schule: school,
    zielschule: leaver ? child.target : null,
  };
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function generateRound(options: GeneratorOptions): GeneratedRound {
  const rates = { ...defaultGeneratorRates, ...options.rates };
  const random = seededRandom(options.seed ?? 1);
  const cohort = 2014;
  const feederCount = Math.max(1, Math.round(options.pupils / 55));
  const receivingCount = Math.max(1, Math.round(options.pupils / 110));
  const cityOfSchool = (i: number) => i % Math.min(CITIES.length, Math.max(1, Math.ceil(receivingCount / 3)));
  const feeders = Array.from({ length: feederCount }, (_, i) => ({ id: `1${String(i).padStart(5, '0')}`, city: cityOfSchool(i) }));
  const receiving = Array.from({ length: receivingCount }, (_, i) => ({ id: `2${String(i).padStart(5, '0')}`, city: cityOfSchool(i) }));
  const receivingIn = (city: number) => {
    const here = receiving.filter((s) => s.city === city);
    return here.length ? here : receiving;
  };
  const styles = new Map([...feeders, ...receiving].map((s) => [s.id, drawStyle(random)]));
  styles.forEach((s, id) => id.startsWith('1') && Object.assign(s, { upperCaseSurname: false, withAddress: true, shortStreet: false }));

  const newChild = (key: string, feeder: { id: string; city: number }): Child => {
    const sex = chance(random, 0.5) ? 'w' : 'm';
    return {
      key,
      surname: drawSurname(random),
      given: drawGiven(random, sex),
      birth: drawBirth(random, cohort),
      sex,
      ...drawAddress(random, feeder.city),
      city: feeder.city,
      feeder: feeder.id,
      target: pick(random, receivingIn(feeder.city)).id,
    };
  };
  const children: Child[] = [];
  while (children.length < options.pupils) {
    const child = newChild(`K${children.length + 1}`, pick(random, feeders));
    children.push(child);
    if (chance(random, rates.twins) && children.length < options.pupils) {
      const sex = chance(random, 0.5) ? 'w' : 'm';
      let given = drawGiven(random, sex);
      while (given === child.given) given = drawGiven(random, sex);
      children.push({ ...child, key: `K${children.length + 1}`, given, sex });
    }
  }

  const leavers: PupilRecord[] = [];
  const leaverChild: string[] = [];
  const regs: { record: PupilRecord; child: string }[] = [];
  const register = (child: Child, school: string) => {
    regs.push({ record: writeRecord(random, child, '', school, styles.get(school)!, rates, 1, false), child: child.key });
  };
  for (const child of children) {
    const feederIds = chance(random, rates.twoLeaverLists) ? [child.feeder, pick(random, feeders).id] : [child.feeder];
    for (const feeder of feederIds) {
      leavers.push(writeRecord(random, child, `A${leavers.length + 1}`, feeder, styles.get(feeder)!, rates, rates.leaverErrorScale, true));
      leaverChild.push(child.key);
    }
    if (chance(random, rates.movedAway)) continue;
    const options = receivingIn(child.city);
    const first = chance(random, rates.elsewhere) && options.length > 1 ? pick(random, options.filter((s) => s.id !== child.target)).id : child.target;
    register(child, first);
    if (chance(random, rates.sameSchoolTwice)) register(child, first);
    if (chance(random, rates.secondSchool) && receiving.length > 1) register(child, pick(random, receiving.filter((s) => s.id !== first)).id);
  }
  const unknown = Math.round(options.pupils * rates.unknown);
  for (let i = 0; i < unknown; i++) {
    const child = newChild(`Z${i + 1}`, pick(random, feeders));
    register(child, child.target);
  }
  // Numbered after shuffling, so that neither order nor number tells which leaver a registration belongs to.
  shuffle(random, regs).forEach((r, i) => (r.record.id = `R${i + 1}`));
  return { leavers, registrations: regs.map((r) => r.record), leaverChild, registrationChild: regs.map((r) => r.child) };
}
