import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler.js';

describe('Jaro-Winkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
  });

  it('is 1 for equal and 0 for empty or disjoint strings', () => {
    expect(jaroWinkler('mueller', 'mueller')).toBe(1);
    expect(jaroWinkler('', '')).toBe(0);
    expect(jaroWinkler('', 'anna')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('copes with strings longer than its reused buffers', () => {
    const long = 'a'.repeat(200);
    expect(jaroWinkler(long, `${long}b`)).toBeGreaterThan(0.99);
  });

  it('stays between 0 and 1 and is 1 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        if (a !== b) expect(s).toBeLessThan(1);
      }),
    );
  });
});
