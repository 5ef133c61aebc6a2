import { randomInt, type Random } from './random.js';

/**
 * The errors that creep into a list when a child's data is typed in again: neighbouring keys,
 * umlauts written out or without dots, double names cut short, slipped dates.
 */

export const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, items.length)]!;
export const chance = (random: Random, p: number) => random() < p;
export const pad = (n: number) => String(n).padStart(2, '0');
export const isoOf = ([y, m, d]: [number, number, number]) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'sqy', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'kö', m: 'n', n: 'bm', o: 'ip', p: 'oü',
  r: 'et', s: 'ad', t: 'rz', u: 'zi', v: 'cb', w: 'qe', x: 'yc', y: 'xa', z: 'tu', ä: 'a', ö: 'o', ü: 'u',
};

/** One typing error: a neighbouring key, a letter left out, doubled, or two letters turned. */
export function typo(random: Random, text: string): string {
  if (text.length < 3) return text;
  const i = 1 + randomInt(random, text.length - 2);
  const c = text[i]!;
  switch (randomInt(random, 4)) {
    case 0: {
      const near = KEYBOARD_NEIGHBOURS[c.toLowerCase()];
      return near ? text.slice(0, i) + pick(random, [...near]) + text.slice(i + 1) : text;
    }
    case 1:
      return text.slice(0, i) + text.slice(i + 1);
    case 2:
      return text.slice(0, i) + c + text.slice(i);
    default:
      return text.slice(0, i - 1) + c + text[i - 1] + text.slice(i + 1);
  }
}

/** Umlauts and ß written out or losing their dots, accents dropped; or "ue" typed as "ü". */
export function transliterate(random: Random, text: string): string {
  if (/[äöüÄÖÜß]/.test(text)) {
    const dropDots = chance(random, 0.3);
    return text.replace(/[äöüÄÖÜß]/g, (c) => (c === 'ß' ? 'ss' : dropDots ? ({ ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' } as Record<string, string>)[c]! : ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' } as Record<string, string>)[c]!));
  }
  if (/[^ -~]/.test(text)) return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (/ue|ae|oe/.test(text) && chance(random, 0.3)) return text.replace('ue', 'ü').replace('ae', 'ä').replace('oe', 'ö');
  return text;
}

/** A double name in part, or joined differently: "Müller-Schmidt" → "Müller", "Schmidt", "Müller Schmidt", "MüllerSchmidt". */
export function doubleNameVariant(random: Random, name: string, firstOnly: boolean): string {
  const parts = name.split(/[- ]/);
  if (parts.length < 2) return name;
  if (firstOnly) return parts[0]!;
  return pick(random, [parts[0]!, parts[parts.length - 1]!, parts.join(' '), parts.join('-'), parts.join('')]);
}

export function slipDate(random: Random, [y, m, d]: [number, number, number]): [number, number, number] {
  for (let attempt = 0; attempt < 10; attempt++) {
    let next: [number, number, number];
    switch (randomInt(random, 4)) {
      case 0:
        next = [y, d, m];
        break;
      case 1: {
        const digits = `${y}${pad(m)}${pad(d)}`.split('');
        const at = 2 + randomInt(random, 6);
        digits[at] = String((Number(digits[at]) + 1 + randomInt(random, 9)) % 10);
        const s = digits.join('');
        next = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6))];
        break;
      }
      case 2:
        next = [y + (chance(random, 0.5) ? 1 : -1), m, d];
        break;
      default:
        next = [y, m, Number(pad(d).split('').reverse().join(''))];
    }
    const [ny, nm, nd] = next;
    if (nm >= 1 && nm <= 12 && nd >= 1 && nd <= daysIn(ny, nm) && isoOf(next) !== isoOf([y, m, d])) return next;
  }
  return [y, m, d];
}
