import { stemmer } from '@orama/stemmers/german';
import { buildAnalyzer } from './text/analyzer.js';
import { fold, words } from './text/tokenize.js';

/**
 * Full-text search in the practice library. A practice is indexed with the stems of its words, the
 * parts of its compounds and the field's concepts; a query is matched by the stems of its words, all
 * of which must occur. So "Sozialarbeit" finds "Schulsozialarbeit" and "Familien" finds "Familie".
 */
export function indexText(parts: readonly string[]): string {
  const text = parts.join('\n');
  return [...new Set(buildAnalyzer([text]).terms(text))].join(' ');
}

export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map((w) => stemmer(fold(w.folded))))].filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
}
