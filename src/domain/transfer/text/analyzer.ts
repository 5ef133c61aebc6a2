import { stemmer } from '@orama/stemmers/german';
import { compoundSplitter, type CompoundSplitter } from './compounds.js';
import { conceptGroups } from './thesaurus.js';
import { fold, words } from './tokenize.js';

/** A text as index terms: stems of its words, and of the parts of its compounds. */
export interface Analyzer {
  terms(text: string): string[];
  /** Each term with the word of the text it came from (for reasons shown to people). */
  termsWithWords(text: string): { term: string; word: string }[];
}

const stem = (w: string) => stemmer(w);

/** Stem → concept terms ("~smartphone"), from the thesaurus written in plain words. */
const concepts = new Map<string, string[]>();
for (const [name, members] of Object.entries(conceptGroups)) {
  for (const m of members) {
    const s = stem(fold(m));
    concepts.set(s, [...(concepts.get(s) ?? []), `~${name}`]);
  }
}

/**
 * The lexicon for compound splitting comes from the texts themselves (every word that stands alone
 * somewhere) plus the base lexicon, so the words of a practice library split each other.
 */
export function buildAnalyzer(corpus: Iterable<string>): Analyzer {
  const lexicon = new Set<string>();
  for (const text of corpus) for (const w of words(text)) lexicon.add(w.folded);
  const splitter: CompoundSplitter = compoundSplitter(lexicon);
  const termsWithWords = (text: string) => {
    const out: { term: string; word: string }[] = [];
    const push = (term: string, word: string) => {
      out.push({ term, word });
      for (const c of concepts.get(term) ?? []) out.push({ term: c, word });
    };
    for (const { folded, original } of words(text)) {
      push(stem(folded), original);
      // Parts of parts too: Schulsozialarbeit → schul, sozialarbeit → sozial, arbeit.
      const parts = new Set(splitter.split(folded));
      for (const part of [...parts]) for (const inner of splitter.split(part)) parts.add(inner);
      for (const part of parts) push(stem(part), original);
    }
    return out;
  };
  return { termsWithWords, terms: (text) => termsWithWords(text).map((t) => t.term) };
}
