import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHolidayCalendar, isLandCode, type HolidayCalendar, type LandCode, type PublicHolidayFile, type SchoolHolidayFile } from '../../../domain/networks/holidays.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/ferien');
const cache = new Map<LandCode, HolidayCalendar>();
let publicHolidays: PublicHolidayFile | undefined;

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;

/** School holidays and public holidays of a state, read once from the bundled data. */
export function holidayCalendarFor(land: string): HolidayCalendar {
  if (!isLandCode(land)) throw new Error(`unknown state code ${land}`);
  let calendar = cache.get(land);
  if (!calendar) {
    publicHolidays ??= read<PublicHolidayFile>('feiertage_de.json');
    calendar = buildHolidayCalendar(land, read<SchoolHolidayFile>(`${land}.json`), publicHolidays);
    cache.set(land, calendar);
  }
  return calendar;
}

/** "Sommerferien" / "Tag der Deutschen Einheit" for a local day, or null on a normal day. */
export function closureName(land: string, day: string): string | null {
  const closures = holidayCalendarFor(land).closuresOn(day);
  return closures.length ? closures.map((c) => c.name).join(', ') : null;
}
