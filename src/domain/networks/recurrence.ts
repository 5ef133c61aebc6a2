import { CalendarDateTime, toZoned } from '@internationalized/date';
import rrulePkg, { type rrulestr as RruleStr } from 'rrule';

// rrule ships CommonJS; its named exports are reached through the default export under Node.
const { rrulestr } = rrulePkg as unknown as { rrulestr: typeof RruleStr };

/** Formats of the sources (DialOGStandorte, the state coordination office) as RFC 5545 rules. */
export const seriesTemplates = {
  'vier-pro-schuljahr': { label: 'Viermal im Schuljahr', rule: 'FREQ=MONTHLY;INTERVAL=3' },
  'zweimal-jaehrlich': { label: 'Zweimal im Jahr', rule: 'FREQ=MONTHLY;INTERVAL=6' },
  jaehrlich: { label: 'Einmal im Jahr', rule: 'FREQ=YEARLY' },
  'monatlich-dienstag': { label: 'Monatlich dienstags (zweiter Dienstag)', rule: 'FREQ=MONTHLY;BYDAY=2TU' },
  'erster-montag': { label: 'Am ersten Montag jedes Monats', rule: 'FREQ=MONTHLY;BYDAY=1MO' },
  quartalsweise: { label: 'Vierteljährlich', rule: 'FREQ=MONTHLY;INTERVAL=3' },
} as const;

export interface SeriesDefinition {
  /** RRULE value without "RRULE:", e.g. "FREQ=MONTHLY;BYDAY=2TU". */
  rule: string;
  /** First meeting as local wall-clock time, "YYYY-MM-DDTHH:mm". */
  start: string;
  durationMinutes: number;
  timeZone: string;
}

export interface Occurrence {
  /** Local calendar day, "YYYY-MM-DD". */
  day: string;
  /** Local start, "HH:mm". */
  time: string;
  /** Instants in UTC (ISO 8601). */
  startsAt: string;
  endsAt: string;
}

export class RecurrenceError extends Error {
  constructor(
    public readonly field: 'rule' | 'start' | 'durationMinutes' | 'timeZone',
    message: string,
  ) {
    super(message);
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Expands a series between two local days (inclusive), at most `limit` meetings.
 * The rule runs on floating wall-clock times; each is then placed in the time zone, so 13:30 stays
 * 13:30 on both sides of a daylight-saving change.
 */
export function expandSeries(series: SeriesDefinition, range: { from: string; to: string; limit?: number }): Occurrence[] {
  const m = LOCAL.exec(series.start);
  if (!m) throw new RecurrenceError('start', 'Der Beginn muss als Datum mit Uhrzeit angegeben werden (JJJJ-MM-TTTHH:MM).');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < 5 || series.durationMinutes > 24 * 60) {
    throw new RecurrenceError('durationMinutes', 'Die Dauer muss zwischen 5 Minuten und 24 Stunden liegen.');
  }
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: series.timeZone });
  } catch {
    throw new RecurrenceError('timeZone', `Die Zeitzone „${series.timeZone}“ ist unbekannt.`);
  }
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const floatingStart = new Date(Date.UTC(y, mo - 1, d, h, mi));
  let rule;
  try {
    rule = rrulestr(series.rule.replace(/^RRULE:/i, ''), { dtstart: floatingStart });
  } catch (err) {
    throw new RecurrenceError('rule', `Die Wiederholungsregel ist ungültig: ${(err as Error).message}`);
  }
  const from = new Date(`${range.from}T00:00:00Z`);
  const to = new Date(`${range.to}T23:59:59Z`);
  const limit = range.limit ?? 1000;
  const out: Occurrence[] = [];
  rule.between(from, to, true, (date: Date) => {
    const local = new CalendarDateTime(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes());
    const zoned = toZoned(local, series.timeZone, 'later');
    const startsAt = zoned.toDate();
    out.push({
      day: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
      time: `${pad(local.hour)}:${pad(local.minute)}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000).toISOString(),
    });
    return out.length < limit;
  });
  return out;
}
