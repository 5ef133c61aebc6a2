import { describe, expect, it } from 'vitest';
import { compareDates, DATE_LEVELS, formatGermanDate, formatIsoDate, parseBirthDate } from './dates.js';

const level = (a: number, b: number) => DATE_LEVELS[compareDates(a, b)];

describe('reading birth dates', () => {
  it('reads the three formats of school lists and a spreadsheet midnight', () => {
    for (const text of ['31.12.2014', '2014-12-31', '20141231', '31.12.2014 00:00', '2014-12-31T00:00:00']) expect(parseBirthDate(text)).toEqual({ ok: true, value: 20141231 });
    expect(parseBirthDate('1.2.2014')).toEqual({ ok: true, value: 20140201 });
  });

  it('treats an empty cell as unknown, not as an error', () => {
    expect(parseBirthDate('')).toEqual({ ok: true, value: 0 });
    expect(parseBirthDate(null)).toEqual({ ok: true, value: 0 });
  });

  it('refuses other formats and days that do not exist, in German', () => {
    expect(parseBirthDate('2014/12/31')).toEqual({ ok: false, message: '„2014/12/31“ ist kein Datum; erwartet wird z. B. 31.12.2014, 2014-12-31 oder 20141231.' });
    expect(parseBirthDate('31.02.2014')).toEqual({ ok: false, message: '„31.02.2014“ ist kein gültiger Kalendertag.' });
    expect(parseBirthDate('29.02.2015').ok).toBe(false);
    expect(parseBirthDate('29.02.2016').ok).toBe(true);
    expect(parseBirthDate('31.12.14').ok).toBe(false);
    expect(parseBirthDate('01.01.1899').ok).toBe(false);
  });

  it('formats for output', () => {
    expect(formatIsoDate(20140305)).toBe('2014-03-05');
    expect(formatGermanDate(20140305)).toBe('05.03.2014');
    expect(formatGermanDate(0)).toBe('');
  });
});

describe('comparing birth dates', () => {
  it('names each kind of slip', () => {
    expect(level(20141231, 20141231)).toBe('exact');
    expect(level(20140305, 20140503)).toBe('swapped');
    expect(level(20140305, 20140306)).toBe('typo');
    expect(level(20140305, 20150305)).toBe('typo'); // one digit of the year
    expect(level(20140312, 20140321)).toBe('transposed');
    expect(level(20091105, 20101105)).toBe('year'); // off by one, two digits differ
    expect(level(20140305, 20140317)).toBe('partial');
    expect(level(20140305, 20150911)).toBe('different');
  });

  it('is symmetric', () => {
    const dates = [20140305, 20140503, 20140306, 20140312, 20140321, 20091105, 20101105, 20150911];
    for (const a of dates) for (const b of dates) expect(compareDates(a, b)).toBe(compareDates(b, a));
  });
});
