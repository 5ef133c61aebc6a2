/** Every meeting is planned in German local time. */
export const FEED_TIME_ZONE = 'Europe/Berlin';

/**
 * Europe/Berlin as a VTIMEZONE: the EU rule in force since 1996 (last Sunday of March 02:00 → 03:00,
 * last Sunday of October 03:00 → 02:00). Written out rather than generated so the feed does not
 * depend on a time zone package; the DST test parses it back with ical.js.
 */
const EUROPE_BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** VTIMEZONE generator for ical-generator; only Europe/Berlin is ever used. */
export const vtimezone = (tz: string): string | null => (tz === FEED_TIME_ZONE ? EUROPE_BERLIN : null);
