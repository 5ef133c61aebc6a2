import { describe, expect, it } from 'vitest';
import { normalizeName, normalizePlace, normalizePostcode, normalizeStreet, normalizeText, stripText } from './normalize.js';

describe('normalising names', () => {
  it('folds case, umlauts (ä → ae, ß → ss) and other diacritics', () => {
    expect(normalizeText('MÜLLER')).toBe('mueller');
    expect(normalizeText('Strauß')).toBe('strauss');
    expect(normalizeText('Çelik')).toBe('celik');
    expect(normalizeText('Yılmaz')).toBe('yilmaz');
    expect(normalizeText('Wiśniewski')).toBe('wisniewski');
    expect(normalizeText('Łukasz')).toBe('lukasz');
    expect(normalizeText('Zoë Anaïs')).toBe('zoe anais');
    expect(stripText('Müller')).toBe('muller');
  });

  it('makes Müller, Mueller and MÜLLER one name, and Muller (dots lost) equal through the stripped form', () => {
    const keys = ['Müller', 'Mueller', 'MÜLLER', ' müller '].map((n) => normalizeName(n).key);
    expect(new Set(keys)).toEqual(new Set(['mueller']));
    expect(normalizeName('Muller').variants).toContain(normalizeName('Müller').plainKey);
  });

  it('splits hyphenated and double names into words and joins them for the key', () => {
    const name = normalizeName('Müller-Lüdenscheidt');
    expect(name.tokens).toEqual(['mueller', 'luedenscheidt']);
    expect(name.key).toBe('muellerluedenscheidt');
    expect(normalizeName('Anna Lena').key).toBe(normalizeName('Anna-Lena').key);
    expect(normalizeName('Anna-Lena').key).toBe(normalizeName('Annalena').key);
    // Reordered double names share the sorted variant.
    expect(normalizeName('Schmidt-Meyer').variants).toContain(normalizeName('Meyer-Schmidt').variants.at(-1));
  });

  it('sets particles apart but keeps the glued spelling as a variant', () => {
    const name = normalizeName('von der Heide');
    expect(name.core).toEqual(['heide']);
    expect(name.key).toBe('heide');
    expect(name.variants).toContain('vonderheide');
    expect(normalizeName('Van den Berg').key).toBe('berg');
    expect(normalizeName('de Vries').key).toBe(normalizeName('Vries').key);
    expect(normalizeName('zu Salm').key).toBe('salm');
    // Glued particles: the name after them counts as a spelling too, if enough of it is left.
    expect(normalizeName('Vandenberg').variants).toContain('berg');
    expect(normalizeName('Terhorst').variants).toContain('horst');
    expect(normalizeName('Dehmel').variants).toEqual(['dehmel']);
    // A particle alone is the name.
    expect(normalizeName('Van').key).toBe('van');
  });

  it('drops apostrophes and treats empty input as empty', () => {
    expect(normalizeName("O'Brien").key).toBe('obrien');
    expect(normalizeName('').key).toBe('');
    expect(normalizeName(null).variants).toEqual([]);
  });
});

describe('normalising addresses', () => {
  it('reads street and number in German and English order, with abbreviations', () => {
    expect(normalizeStreet('Hauptstraße 12a')).toEqual({ name: 'hauptstrasse', number: '12a' });
    expect(normalizeStreet('Hauptstr. 12 a')).toEqual({ name: 'hauptstrasse', number: '12a' });
    expect(normalizeStreet('Haupt Straße 12')).toEqual({ name: 'hauptstrasse', number: '12' });
    expect(normalizeStreet('12 stanley street')).toEqual({ name: 'stanleystreet', number: '12' });
    expect(normalizeStreet('Friedrich-Ebert-Str. 3-5')).toEqual({ name: 'friedrichebertstrasse', number: '3-5' });
    expect(normalizeStreet('Am Markt')).toEqual({ name: 'ammarkt', number: '' });
  });

  it('keeps postcode digits and folds places', () => {
    expect(normalizePostcode('D-50667')).toBe('50667');
    expect(normalizePlace('Mülheim an der Ruhr')).toBe('muelheimanderruhr');
  });
});
