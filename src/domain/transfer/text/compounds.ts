import { fold } from './tokenize.js';

/**
 * Splitting German compounds into known words, so that "Sozialarbeit" finds "Schulsozialarbeit" and
 * "Eltern" finds "Elternbegleitung". A word is split when it is made of words of the lexicon (each at
 * least four letters, or three at the end), joined directly or by a linking element (Fugen-s, -n,
 * -en, -e, -er, -es). The segmentation with the fewest parts wins; ties go to longer first parts.
 */

const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 4;
const MIN_LAST = 3;

/** Words every lexicon knows: the building blocks of the field's compounds. */
export const BASE_LEXICON = [
  'schul', 'schule', 'sozial', 'arbeit', 'familie', 'familien', 'eltern', 'kind', 'kinder', 'jugend', 'jugendliche', 'sprache', 'sprach', 'förderung', 'zentrum', 'zentren',
  'begleitung', 'beratung', 'hilfe', 'hilfen', 'angebot', 'angebote', 'besuch', 'besuche', 'willkommen', 'lese', 'lesen', 'paten', 'patenschaft', 'stadt', 'teil', 'stadtteil',
  'mütter', 'mutter', 'vater', 'väter', 'baby', 'lotsen', 'lotse', 'lotsin', 'gesundheit', 'beruf', 'berufs', 'einstieg', 'übergang', 'übergänge', 'coaching',
  'ferien', 'freizeit', 'haus', 'aufgaben', 'netz', 'netzwerk', 'werk', 'kette', 'praevention', 'bildung', 'bildungs', 'büro', 'amt', 'jugendamt', 'kita', 'krippe',
  'tages', 'pflege', 'ganztag', 'ganztags', 'betreuung', 'mittag', 'essen', 'sport', 'bewegung', 'musik', 'kultur', 'medien', 'kompetenz', 'kompetenzen', 'demokratie',
  'beteiligung', 'planung', 'koordination', 'steuerung', 'gruppe', 'gruppen', 'kurs', 'kurse', 'treff', 'cafe', 'raum', 'räume', 'quartier', 'arbeitsmarkt', 'ausbildung',
  'praktikum', 'orientierung', 'sucht', 'gewalt', 'schutz', 'früh', 'frühe', 'hilfen', 'lern', 'lernen', 'ort', 'orte', 'werkstatt', 'projekt', 'projekte', 'stelle',
  'stellen', 'fach', 'kraft', 'kräfte', 'dienst', 'dienste', 'psychologie', 'schwanger', 'schaft', 'geburt', 'zugang', 'zuwanderung', 'integration', 'flucht', 'armut',
  'daten', 'bericht', 'monitoring', 'vertrag', 'vereinbarung', 'konferenz', 'runde', 'tisch', 'brief', 'mappe', 'paket', 'begrüßung', 'abend', 'früh', 'stück',
  'grund', 'gesamt', 'real', 'haupt', 'förder', 'sekundar', 'stufe', 'klasse', 'klassen', 'lehr', 'lehrer', 'leitung', 'verwaltung', 'träger', 'verein', 'vereine',
  'markt', 'sozialraum', 'lebens', 'welt', 'alltag', 'erziehung', 'erziehungs', 'kompass', 'tandem', 'mentor', 'mentoren', 'ehrenamt', 'ehrenamtliche', 'bürger',
] as const;

export interface CompoundSplitter {
  /** The parts of a folded word, and the joins of adjacent parts; [] when it is not a known compound. */
  split(word: string): string[];
}

const baseFolded = BASE_LEXICON.map(fold);

export function compoundSplitter(lexicon: Iterable<string>): CompoundSplitter {
  const known = new Set<string>(baseFolded);
  for (const w of lexicon) if (w.length >= MIN_LAST) known.add(w);
  const cache = new Map<string, string[]>();

  type Part = { start: number; end: number };
  /** Fewest parts covering word[from..]; null when impossible. The whole word is never its own split. */
  const segment = (word: string, from: number, memo: Map<number, Part[] | null>): Part[] | null => {
    if (from === word.length) return [];
    if (memo.has(from)) return memo.get(from)!;
    let best: Part[] | null = null;
    for (let end = from === 0 ? word.length - MIN_LAST : word.length; end - from >= MIN_LAST; end--) {
      const part = word.slice(from, end);
      const last = end === word.length;
      if (!known.has(part) || (!last && part.length < MIN_PART)) continue;
      for (const link of LINKS) {
        if (last && link) continue;
        if (link && !word.startsWith(link, end)) continue;
        const rest = segment(word, end + link.length, memo);
        if (rest && (!best || rest.length + 1 < best.length)) best = [{ start: from, end }, ...rest];
      }
    }
    memo.set(from, best);
    return best;
  };

  return {
    split(word) {
      if (word.length < MIN_PART + MIN_LAST) return [];
      const cached = cache.get(word);
      if (cached) return cached;
      const parts = segment(word, 0, new Map());
      const out: string[] = [];
      // Every run of adjacent parts but the whole, as written (with its linking elements): sozial|arbeit → sozialarbeit.
      if (parts && parts.length > 1) {
        for (let i = 0; i < parts.length; i++) for (let j = i; j < parts.length; j++) if (j - i + 1 < parts.length) out.push(word.slice(parts[i]!.start, parts[j]!.end));
      }
      cache.set(word, out);
      return out;
    },
  };
}
