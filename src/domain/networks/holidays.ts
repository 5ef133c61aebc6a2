/**
 * School holidays and public holidays of a German state, to flag meeting dates before a series is
 * saved and to propose another date. Pure: the caller passes the bundled data (data/ferien).
 * Dates are calendar days "YYYY-MM-DD" in the state's local time; ISO strings compare correctly.
 */

export const landCodes = ['BB', 'BE', 'BW', 'BY', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SH', 'SL', 'SN', 'ST', 'TH'] as const;
export type LandCode = (typeof landCodes)[number];
export const isLandCode = (value: string): value is LandCode => (landCodes as readonly string[]).includes(value);

/** Shown wherever holiday checks appear (ODbL requires it). */
export const holidayDataAttribution = 'Ferien- und Feiertagsdaten: ics-tools/ics.tools nach der OpenHolidays API, Open Database License (ODbL 1.0).';

export interface SchoolHolidayFile {
  holidays: { name: string; date: string; endDate: string }[];
}

export interface PublicHolidayFile {
  holidays: { name: string; startDate: string; endDate: string; states: string[] }[];
}

export interface Closure {
  kind: 'ferien' | 'feiertag';
  name: string;
  from: string;
  to: string;
}

export interface HolidayCalendar {
  land: LandCode;
  /** Every holiday period or public holiday that covers the day (empty: a normal day). */
  closuresOn(day: string): Closure[];
  /**
   * A proposal for a flagged date: the same weekday in the first week after the closure ends,
   * so a "Tuesday" series stays on Tuesdays. Null when the day is not flagged.
   */
  proposeFor(day: string): string | null;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function buildHolidayCalendar(land: LandCode, schoolHolidays: SchoolHolidayFile, publicHolidays: PublicHolidayFile): HolidayCalendar {
  const closures: Closure[] = [
    ...schoolHolidays.holidays.map((h) => ({ kind: 'ferien' as const, name: h.name, from: h.date, to: h.endDate })),
    ...publicHolidays.holidays.filter((h) => h.states.includes(land)).map((h) => ({ kind: 'feiertag' as const, name: h.name, from: h.startDate, to: h.endDate })),
  ].sort((a, b) => a.from.localeCompare(b.from));

  const closuresOn = (day: string): Closure[] => {
    if (!isDay(day)) throw new Error(`not a calendar day: ${day}`);
    return closures.filter((c) => c.from <= day && day <= c.to);
  };

  const proposeFor = (day: string): string | null => {
    if (!closuresOn(day).length) return null;
    // Step a week at a time from the flagged day until a free day of the same weekday; a year is plenty.
    for (let candidate = addDays(day, 7), i = 0; i < 53; candidate = addDays(candidate, 7), i++) {
      if (!closuresOn(candidate).length) return candidate;
    }
    return null;
  };

  return { land, closuresOn, proposeFor };
}
