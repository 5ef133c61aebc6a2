import { describe, expect, it } from 'vitest';
import { koelnerPhonetik } from './koelner-phonetik.js';

describe('Kölner Phonetik', () => {
  it('gives the published codes', () => {
    expect(koelnerPhonetik('Müller-Lüdenscheidt')).toBe('65752682');
    expect(koelnerPhonetik('Wikipedia')).toBe('3412');
    expect(koelnerPhonetik('Breschnew')).toBe('17863');
  });

  it('gives names that sound alike the same code', () => {
    expect(new Set(['Meier', 'Mayer', 'Maier', 'Meyer'].map(koelnerPhonetik))).toEqual(new Set(['67']));
    expect(koelnerPhonetik('Schmidt')).toBe(koelnerPhonetik('Schmitt'));
    expect(koelnerPhonetik('Müller')).toBe(koelnerPhonetik('Mueller'));
    expect(koelnerPhonetik('Philipp')).toBe(koelnerPhonetik('Filip'));
  });

  it('codes C, D/T, P and X by their neighbours', () => {
    expect(koelnerPhonetik('Christoph')).toBe('47823'); // C before H at the start: 4; P before H: 3
    expect(koelnerPhonetik('Carl')).toBe('475'); // C at the start before A: 4
    expect(koelnerPhonetik('Cecilie')).toBe('885'); // C before E or I: 8
    expect(koelnerPhonetik('Axel')).toBe('0485'); // X not after C, K, Q: 48
    expect(koelnerPhonetik('Dietz')).toBe('28'); // T before Z: 8
  });

  it('skips what is no letter, folds accents and keeps a leading vowel', () => {
    expect(koelnerPhonetik('Çelik')).toBe('854');
    expect(koelnerPhonetik('Anna')).toBe('06');
    expect(koelnerPhonetik('')).toBe('');
    expect(koelnerPhonetik('123 - !')).toBe('');
  });
});
