import { stemmer } from '@orama/stemmers/german';
import { compoundSplitter, type CompoundSplitter } from './compounds.js';
import { words } from './tokenize.js';

/** A text as index terms: stems of its words, and of the parts of its compounds. */
export interface Analyzer {
  terms(text: string): string[];
  /** Each term with the word of the text it came from (for reasons shown to people). */
  termsWithWords(text: string): { term: string; word: string }[];
}

const stem = (w: string) => stemmer(w);

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
    for (const { folded, original } of words(text)) {
      out.push({ term: stem(folded), word: original });
      for (const part of splitter.split(folded)) out.push({ term: stem(part), word: original });
    }
    return out;
  };
  return { termsWithWords, terms: (text) => termsWithWords(text).map((t) => t.term) };
}
