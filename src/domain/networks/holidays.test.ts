import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, buildHolidayCalendar, landCodes, type LandCode, type PublicHolidayFile, type SchoolHolidayFile } from './holidays.js';

const read = <T>(file: string) => JSON.parse(fs.readFileSync(`data/ferien/${file}`, 'utf8')) as T;
const publicHolidays = read<PublicHolidayFile>('feiertage_de.json');
const calendar = (land: LandCode) => buildHolidayCalendar(land, read<SchoolHolidayFile>(`${land}.json`), publicHolidays);
const nrw = calendar('NW');
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

describe('holiday calendar of a state (bundled data)', () => {
  it('flags the NRW autumn holidays 2025 and proposes the same weekday after them', () => {
    const tuesday = '2025-10-14';
    expect(nrw.closuresOn(tuesday)).toEqual([{ kind: 'ferien', name: 'Herbstferien 2025 Nordrhein-Westfalen', from: '2025-10-13', to: '2025-10-25' }]);
    expect(nrw.proposeFor(tuesday)).toBe('2025-10-28');
    expect(weekday('2025-10-28')).toBe(2);
  });

  it('flags public holidays of the state only', () => {
    expect(nrw.closuresOn('2025-10-03').map((c) => c.name)).toEqual(['Tag der Deutschen Einheit']);
    expect(nrw.closuresOn('2025-06-19').map((c) => c.name)).toEqual(['Fronleichnam']);
    const berlin = calendar('BE');
    expect(berlin.closuresOn('2025-06-19').filter((c) => c.kind === 'feiertag')).toEqual([]);
  });

  it('names every closure of a day that lies in holidays and on a public holiday', () => {
    const christmas = nrw.closuresOn('2025-12-25');
    expect(christmas.map((c) => c.kind).sort()).toEqual(['feiertag', 'ferien']);
    expect(nrw.proposeFor('2025-12-25')).toBe('2026-01-08');
  });

  it('leaves ordinary school days alone', () => {
    expect(nrw.closuresOn('2025-11-04')).toEqual([]);
    expect(nrw.proposeFor('2025-11-04')).toBeNull();
  });

  it('skips a following holiday as well when the first proposal is closed too', () => {
    // Last Monday of the NRW summer holidays 2026 → the next Monday is 2026-09-07, a school day.
    expect(nrw.proposeFor('2026-08-31')).toBe('2026-09-07');
  });

  it('has data for all 16 states and every year 2019–2028', () => {
    for (const land of landCodes) {
      const file = read<SchoolHolidayFile>(`${land}.json`);
      const years = new Set(file.holidays.map((h) => h.date.slice(0, 4)));
      for (let y = 2020; y <= 2027; y++) expect(years.has(String(y)), `${land} ${y}`).toBe(true);
    }
  });

  it('always proposes a free day of the same weekday, later than the flagged one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...landCodes), fc.integer({ min: 0, max: 365 * 7 }), (land, offset) => {
        const cal = calendar(land);
        const day = addDays('2020-01-01', offset);
        const proposal = cal.proposeFor(day);
        if (!cal.closuresOn(day).length) return proposal === null;
        return proposal !== null && proposal > day && weekday(proposal) === weekday(day) && cal.closuresOn(proposal).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it('refuses something that is not a calendar day', () => {
    expect(() => nrw.closuresOn('14.10.2025')).toThrow(/calendar day/);
  });
});
