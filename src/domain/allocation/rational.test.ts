import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byLot, defaultSeed, hash53, lotOf } from './draw.js';
import { add, compare, div, floor, formatDecimal, formatFraction, fromNumber, gcd, isExactDecimal, mul, parseDecimal, rational, sub } from './rational.js';

describe('exact fractions', () => {
  it('reads decimals exactly, with a dot or a German comma', () => {
    expect(parseDecimal('12.5')).toEqual({ n: 25n, d: 2n });
    expect(parseDecimal(' 12,5 ')).toEqual({ n: 25n, d: 2n });
    expect(parseDecimal('-0.125')).toEqual({ n: -1n, d: 8n });
    expect(parseDecimal('.5')).toEqual({ n: 1n, d: 2n });
    expect(parseDecimal('007')).toEqual({ n: 7n, d: 1n });
    expect(parseDecimal('1e3')).toEqual({ n: 1000n, d: 1n });
    expect(parseDecimal('2.5E-2')).toEqual({ n: 1n, d: 40n });
    for (const bad of ['', ' ', '.', '1.2.3', '1,234.5', '1 000', '0x10', 'NaN', 'Infinity', '1e999', '1'.repeat(41), '12a']) expect(parseDecimal(bad), bad).toBeNull();
  });

  it('reads a number by its shortest decimal form, not its binary value', () => {
    expect(fromNumber(0.1)).toEqual({ n: 1n, d: 10n });
    expect(fromNumber(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(fromNumber(Number.NaN)).toBeNull();
    expect(fromNumber(Number.NEGATIVE_INFINITY)).toBeNull();
    // 0.1 + 0.2 is not 0.3 as a double, and stays distinct here.
    expect(compare(fromNumber(0.1 + 0.2)!, fromNumber(0.3)!)).toBe(1);
  });

  it('computes and normalises', () => {
    const third = rational(1n, 3n);
    expect(add(third, rational(1n, 6n))).toEqual({ n: 1n, d: 2n });
    expect(sub(third, third)).toEqual({ n: 0n, d: 1n });
    expect(mul(rational(2n, -4n), rational(3n))).toEqual({ n: -3n, d: 2n });
    expect(div(rational(1n), rational(-3n))).toEqual({ n: -1n, d: 3n });
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(gcd(2n ** 80n * 3n, 2n ** 70n * 9n)).toBe(2n ** 70n * 3n);
    expect(() => rational(1n, 0n)).toThrow();
  });

  it('formats as a decimal with up to 12 places and as a fraction', () => {
    expect(formatDecimal(rational(47n, 10n))).toBe('4.7');
    expect(formatDecimal(rational(10n, 7n))).toBe('1.428571428571');
    expect(formatDecimal(rational(2n, 3n))).toBe('0.666666666667');
    expect(formatDecimal(rational(-1n, 3n), 2)).toBe('-0.33');
    expect(formatDecimal(rational(-1n, 1000n), 2)).toBe('0');
    expect(formatDecimal(rational(1234567n))).toBe('1234567');
    expect(formatFraction(rational(6n, 4n))).toBe('3/2');
    expect(formatFraction(rational(6n, 3n))).toBe('2');
    expect(isExactDecimal(rational(1n, 8n))).toBe(true);
    expect(isExactDecimal(rational(1n, 3n))).toBe(false);
  });

  it('reads back what it formats, for every decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), (n, places) => {
        const r = rational(n, 10n ** BigInt(places));
        expect(parseDecimal(formatDecimal(r))).toEqual(r);
      }),
    );
  });
});

describe('the draw', () => {
  it('gives the same lot numbers everywhere (fixed values, so browser and server agree)', () => {
    expect(hash53('')).toBe(3338908027751811);
    expect(lotOf('seed', 'a')).toBe(hash53('seed\u0000a'));
    expect(lotOf('seed', 'a')).not.toBe(lotOf('seed', 'b'));
    expect(lotOf('seed', 'a')).not.toBe(lotOf('other', 'a'));
  });

  it('orders by lot, then by id', () => {
    expect(byLot({ id: 'b', lot: 1 }, { id: 'a', lot: 2 })).toBeLessThan(0);
    expect(byLot({ id: 'a', lot: 5 }, { id: 'b', lot: 5 })).toBeLessThan(0);
  });

  it('derives the default seed from ids and weights, whatever their order', () => {
    const a = defaultSeed([{ id: 'x', weight: '1' }, { id: 'y', weight: '2' }]);
    expect(defaultSeed([{ id: 'y', weight: '2' }, { id: 'x', weight: '1' }])).toBe(a);
    expect(defaultSeed([{ id: 'x', weight: '1' }, { id: 'y', weight: '3' }])).not.toBe(a);
  });
});
