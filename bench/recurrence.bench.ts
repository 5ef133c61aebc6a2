/**
 * Expands 200 meeting series over ten years and checks every date against the school holidays and
 * public holidays of the state (bundled data). Prints the time; asserts nothing.
 *
 *   npx tsx bench/recurrence.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import { buildHolidayCalendar, type PublicHolidayFile, type SchoolHolidayFile } from '../src/domain/networks/holidays.js';
import { expandSeries, seriesTemplates } from '../src/domain/networks/recurrence.js';

const read = <T>(file: string) => JSON.parse(fs.readFileSync(`data/ferien/${file}`, 'utf8')) as T;
const calendar = buildHolidayCalendar('NW', read<SchoolHolidayFile>('NW.json'), read<PublicHolidayFile>('feiertage_de.json'));
const rules = [...Object.values(seriesTemplates).map((t) => t.rule), 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'];

const runs: number[] = [];
let meetings = 0;
let flagged = 0;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  meetings = 0;
  flagged = 0;
  for (let i = 0; i < 200; i++) {
    const occurrences = expandSeries(
      { rule: rules[i % rules.length]!, start: `2019-0${1 + (i % 9)}-1${i % 10}T${String(8 + (i % 9)).padStart(2, '0')}:30`, durationMinutes: 90, timeZone: 'Europe/Berlin' },
      { from: '2019-01-01', to: '2028-12-31', limit: 10_000 },
    );
    for (const o of occurrences) {
      meetings++;
      if (calendar.closuresOn(o.day).length) {
        flagged++;
        calendar.proposeFor(o.day);
      }
    }
  }
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`200 Serien über 10 Jahre (2019–2028): ${meetings.toLocaleString('de-DE')} Termine, davon ${flagged.toLocaleString('de-DE')} in Ferien oder an Feiertagen (mit Vorschlag)`);
console.log(`Zeit je Durchlauf: Median ${runs[2]!.toFixed(0)} ms (min ${runs[0]!.toFixed(0)} ms, max ${runs[4]!.toFixed(0)} ms, 5 Durchläufe) · node ${process.version} · ${os.cpus().length} CPUs`);
