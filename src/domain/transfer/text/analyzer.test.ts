import { describe, expect, it } from 'vitest';
import { buildAnalyzer } from './analyzer.js';
import { compoundSplitter } from './compounds.js';
import { fold, words } from './tokenize.js';

describe('German text analysis', () => {
  it('folds umlauts and ß and drops stopwords', () => {
    expect(fold('Übergänge für Straßenkinder')).toBe('ubergange fur strassenkinder');
    expect(words('Die Kinder und ihre Eltern').map((w) => w.folded)).toEqual(['kinder', 'eltern']);
  });

  it('reads hyphenated compounds as their parts and as a whole', () => {
    expect(words('Eltern-Kind-Gruppe').map((w) => w.folded)).toEqual(['eltern', 'kind', 'gruppe', 'elternkindgruppe']);
  });

  it('finds inflected forms through the stem', () => {
    const a = buildAnalyzer([]);
    expect(a.terms('Familien')).toEqual(a.terms('Familie'));
    expect(a.terms('Kindern')).toEqual(a.terms('Kinder'));
    expect(a.terms('Übergänge')[0]).toBe(a.terms('Übergang')[0]);
  });

  it('splits compounds into known words, so a search for Sozialarbeit finds Schulsozialarbeit', () => {
    const a = buildAnalyzer(['Sozialarbeit im Quartier']);
    const doc = a.terms('Schulsozialarbeit an drei Grundschulen');
    for (const t of a.terms('Sozialarbeit')) expect(doc).toContain(t);
    for (const t of a.terms('Grundschule')) expect(doc).toContain(t);
  });

  it('splits at linking elements and keeps runs of adjacent parts', () => {
    const s = compoundSplitter(['berufseinstieg']);
    expect(s.split('berufseinstiegsbegleitung')).toEqual(expect.arrayContaining(['berufseinstieg', 'begleitung']));
    expect(s.split('willkommensbesuche')).toEqual(expect.arrayContaining(['willkommen', 'besuche']));
  });

  it('leaves words alone that are not made of known words', () => {
    const s = compoundSplitter([]);
    expect(s.split('zwetschgenbaum')).toEqual([]);
    expect(s.split('schule')).toEqual([]);
  });
});
