import { stemmer } from '@orama/stemmers/german';
import { practiceTerms } from './rank.js';
import { fold, words } from './text/tokenize.js';

/**
 * Full-text search in the practice library. A practice is indexed with the stems of its words, the
 * parts of its compounds and the field's concepts (the terms the ranking reads, kept with their
 * counts); a query is matched by the stems of its words, all of which must occur. So
 * "Sozialarbeit" finds "Schulsozialarbeit" and "Familien" finds "Familie".
 */
export function indexText(p: { titel: string; beschreibung: string; zielgruppen?: readonly string[] }): string {
  return practiceTerms(p).join(' ');
}

export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map((w) => stemmer(fold(w.folded))))].filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
}
