/**
 * Kölner Phonetik (Postel 1969): a digit code for how a German name sounds, so that Meier, Mayer and
 * Maier share a code. Letters are coded by their neighbours, repeated codes collapse and zeros
 * (vowels) are dropped except at the start. Umlauts count as vowels, ß as s, accents are dropped
 * (Ç as C); other characters (blanks, hyphens, digits) are skipped.
 */
const VOWELS = new Set('AEIJOUY');

function letters(text: string): string {
  // Names come in normalised (lower-case a–z) nearly always: then only the case changes.
  if (/^[a-z]*$/.test(text)) return text.toUpperCase();
  return text
    .replace(/ß/g, 's')
    .replace(/[ÄÖÜäöü]/g, 'e')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function codeAt(s: string, i: number): string {
  const c = s[i]!;
  const prev = i > 0 ? s[i - 1]! : '';
  const next = i + 1 < s.length ? s[i + 1]! : '';
  if (VOWELS.has(c)) return '0';
  switch (c) {
    case 'H':
      return '';
    case 'B':
      return '1';
    case 'P':
      return next === 'H' ? '3' : '1';
    case 'D':
    case 'T':
      return 'CSZ'.includes(next) && next !== '' ? '8' : '2';
    case 'F':
    case 'V':
    case 'W':
      return '3';
    case 'G':
    case 'K':
    case 'Q':
      return '4';
    case 'C':
      if (i === 0) return next !== '' && 'AHKLOQRUX'.includes(next) ? '4' : '8';
      if (prev === 'S' || prev === 'Z') return '8';
      return next !== '' && 'AHKOQUX'.includes(next) ? '4' : '8';
    case 'X':
      return prev !== '' && 'CKQ'.includes(prev) ? '8' : '48';
    case 'L':
      return '5';
    case 'M':
    case 'N':
      return '6';
    case 'R':
      return '7';
    case 'S':
    case 'Z':
      return '8';
    default:
      return '';
  }
}

export function koelnerPhonetik(text: string): string {
  const s = letters(text);
  let raw = '';
  for (let i = 0; i < s.length; i++) raw += codeAt(s, i);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const d = raw[i]!;
    if (i > 0 && d === raw[i - 1]) continue;
    if (d === '0' && out.length) continue;
    out.push(d);
  }
  // A flat string (not one built by +=), so that comparing codes later stays cheap.
  return out.join('');
}
