/**
 * Normalisation of names, streets and places for the comparison: lower case, umlauts as the German
 * transliteration (ä → ae, ß → ss) or stripped (ä → a), other diacritics removed, hyphens and
 * blanks as token borders, particles (von, van, de, zu …) set apart. Lists from different school
 * administration programs spell the same child differently; this is where most of that disappears.
 */

/** Letters that Unicode does not decompose, or that German writes as two letters. */
const TRANSLITERATE: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const STRIP: Record<string, string> = { ...TRANSLITERATE, ä: 'a', ö: 'o', ü: 'u', ø: 'o' };

/** Name particles that some lists write, others leave out or glue to the name. */
export const NAME_PARTICLES = new Set(['von', 'vom', 'van', 'zu', 'zum', 'zur', 'de', 'der', 'den', 'des', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'do', 'la', 'le', 'ter', 'ten', 'op', 'al', 'el']);

function fold(text: string, table: Record<string, string>): string {
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .toLowerCase()
    .replace(/[äöüßæœøłđðþı]/g, (c) => table[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Lower case ASCII words, umlauts as ae/oe/ue, ß as ss, everything else as blanks. */
export const normalizeText = (text: string): string => fold(text, TRANSLITERATE);

/** Like normalizeText, but umlauts lose their dots (ä → a), as systems without umlauts write them. */
export const stripText = (text: string): string => fold(text, STRIP);

export interface NormalizedName {
  /** Words in their order (umlauts as ae/oe/ue), particles included. */
  tokens: string[];
  /** Words without particles (all words if there is nothing else). */
  core: string[];
  /** Core words joined without blank: "Müller-Lüdenscheidt" → "muellerluedenscheidt". */
  key: string;
  /** The key with stripped umlauts: "mullerludenscheidt". */
  plainKey: string;
  /** Spellings under which two names count as equal (joined, with and without particles, sorted words, stripped umlauts). */
  variants: string[];
}

const words = (text: string) => (text ? text.split(' ') : []);
const withoutParticles = (tokens: string[]) => {
  const core = tokens.filter((t) => !NAME_PARTICLES.has(t));
  return core.length ? core : tokens;
};

/**
 * Particles glued to the name ("Vandenberg", "Terhorst"): the name after them, if enough is left
 * (after a two-letter particle five letters, so that Dehmel stays Dehmel).
 */
const GLUED = [...NAME_PARTICLES].sort((a, b) => b.length - a.length);
function unglued(word: string): string {
  let rest = word;
  for (let found = true; found; ) {
    const particle = GLUED.find((p) => rest.startsWith(p) && rest.length - p.length >= (p.length < 3 ? 5 : 4));
    found = particle !== undefined;
    if (particle) rest = rest.slice(particle.length);
  }
  return rest;
}

export function normalizeName(raw: string | null | undefined): NormalizedName {
  const tokens = words(normalizeText(raw ?? ''));
  const core = withoutParticles(tokens);
  const plainCore = withoutParticles(words(stripText(raw ?? '')));
  const key = core.join('');
  const plainKey = plainCore.join('');
  const glued = tokens.length === 1 ? unglued(key) : key;
  const variants = [...new Set([key, tokens.join(''), plainKey, [...core].sort().join(''), glued])].filter(Boolean);
  return { tokens, core, key, plainKey, variants };
}

export interface NormalizedStreet {
  /** Street name: "Hauptstr." and "Hauptstraße" both "hauptstrasse". */
  name: string;
  /** House number with letter suffix, without blanks: "12a", "3-5". */
  number: string;
}

/** Splits "Hauptstr. 12 a" or "12 Hauptstraße" (English order, as in FEBRL) into name and number. */
export function normalizeStreet(raw: string | null | undefined): NormalizedStreet {
  const text = (raw ?? '').toLowerCase().replace(/stra(ss|ß)e\b/g, 'str').replace(/\bstr\b\.?/g, 'str').replace(/str\./g, 'str');
  const trailing = /^(.*?\D)\s*(\d+\s*[a-z]?(?:\s*[-/]\s*\d+\s*[a-z]?)?)\s*$/.exec(text);
  const leading = trailing ? null : /^\s*(\d+\s*[a-z]?)\s+(.*\D.*)$/.exec(text);
  const namePart = trailing ? trailing[1]! : leading ? leading[2]! : text;
  const numberPart = trailing ? trailing[2]! : leading ? leading[1]! : '';
  const name = normalizeText(namePart).replace(/str\b/g, 'strasse').replace(/ /g, '');
  return { name, number: numberPart.replace(/\s+/g, '') };
}

/** Postcode digits only ("D-50667" → "50667"). */
export const normalizePostcode = (raw: string | null | undefined): string => (raw ?? '').replace(/\D/g, '');

/** Place without blanks and hyphens: "Mülheim an der Ruhr" → "muelheimanderruhr". */
export const normalizePlace = (raw: string | null | undefined): string => normalizeText(raw ?? '').replace(/ /g, '');
