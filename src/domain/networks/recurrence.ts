import { CalendarDateTime, fromDate } from '@internationalized/date';
import rrulePkg, { type rrulestr as RruleStr } from 'rrule';

// rrule ships CommonJS; its named exports are reached through the default export under Node.
const { rrulestr } = rrulePkg as unknown as { rrulestr: typeof RruleStr };

/** Every meeting is planned in German local time. */
export const TIME_ZONE = 'Europe/Berlin';

export interface SeriesTemplate {
  label: string;
  /** RRULE value; every template ends (COUNT) so it can be saved as it is. */
  rule: string;
  /** Usual local start time, "HH:mm". */
  time: string;
  durationMinutes: number;
  online: boolean;
}

/**
 * Formats of the sources as RFC 5545 rules: the DialOGStandorte networks (four intra-municipal
 * meetings per school year, inter-municipal practice twice and steering once a year) and the online
 * meetings of the Saxony-Anhalt coordination office (school social work monthly on Tuesdays
 * 13:30–14:30, regional network offices on the first Monday, providers quarterly).
 */
export const seriesTemplates = {
  'vier-pro-schuljahr': {
    label: 'Intrakommunales Netzwerktreffen – viermal im Schuljahr',
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=4',
    time: '14:00',
    durationMinutes: 180,
    online: false,
  },
  'zweimal-jaehrlich': {
    label: 'Interkommunales Netzwerktreffen Praxis – zweimal im Jahr',
    rule: 'FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE;COUNT=4',
    time: '09:30',
    durationMinutes: 240,
    online: false,
  },
  jaehrlich: {
    label: 'Interkommunales Netzwerktreffen Steuerung/Planung – einmal im Jahr',
    rule: 'FREQ=YEARLY;COUNT=3',
    time: '10:00',
    durationMinutes: 180,
    online: false,
  },
  'monatlich-dienstag': {
    label: 'Online-Meeting Schulsozialarbeit – monatlich dienstags, Impulsvortrag und Austausch',
    rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=10',
    time: '13:30',
    durationMinutes: 60,
    online: true,
  },
  'erster-montag': {
    label: 'Online-Meeting der regionalen Netzwerkstellen – am ersten Montag jedes Monats',
    rule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=12',
    time: '10:00',
    durationMinutes: 90,
    online: true,
  },
  quartalsweise: {
    label: 'Online-Meeting der Träger – vierteljährlich',
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE;COUNT=4',
    time: '10:00',
    durationMinutes: 120,
    online: true,
  },
} as const satisfies Record<string, SeriesTemplate>;
export type SeriesTemplateCode = keyof typeof seriesTemplates;

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

/** "YYYY-MM-DDTHH:mm" as a wall-clock time; null when the text or the day does not exist (31 April) or lies outside 2000–2100. */
export function parseLocal(local: string): CalendarDateTime | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return new CalendarDateTime(y, mo, d, h, mi);
}

const zones = new Map<string, { format: Intl.DateTimeFormat; offsets: Map<number, number> }>();
const HALF_HOUR = 1_800_000;

/** Offset of the zone from UTC at an instant, in ms; cached per half hour (zones change on those). */
function offsetAt(instant: number, timeZone: string): number {
  let zone = zones.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    zone = { format, offsets: new Map() };
    zones.set(timeZone, zone);
  }
  const slot = Math.floor(instant / HALF_HOUR) * HALF_HOUR;
  const cached = zone.offsets.get(slot);
  if (cached !== undefined) return cached;
  const p = Object.fromEntries(zone.format.formatToParts(new Date(slot)).map((x) => [x.type, x.value]));
  const offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - slot;
  if (zone.offsets.size > 200_000) zone.offsets.clear();
  zone.offsets.set(slot, offset);
  return offset;
}

/**
 * The instant of a wall-clock time in a zone. Of two instants with that wall-clock time (the hour
 * repeated in October) the later; a time skipped in March moves forward by the gap, as
 * @internationalized/date's toZoned(…, 'later') does — only much faster, which counts when
 * hundreds of series are expanded.
 */
function zonedInstant(t: { year: number; month: number; day: number; hour: number; minute: number }, timeZone: string): Date {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  const before = offsetAt(wall - 12 * 3_600_000, timeZone);
  const after = offsetAt(wall + 12 * 3_600_000, timeZone);
  const valid = [wall - before, wall - after].filter((c) => offsetAt(c, timeZone) === wall - c);
  return new Date(valid.length ? Math.max(...valid) : wall - Math.min(before, after));
}

const formatLocal = (t: { year: number; month: number; day: number; hour: number; minute: number }) =>
  `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;

/**
 * The instant of a local wall-clock time. A time skipped by the change to summer time (02:30 on the
 * last Sunday of March) moves to the later side, as calendar programs do.
 */
export function localToInstant(local: string, timeZone = TIME_ZONE): Date {
  const parsed = parseLocal(local);
  if (!parsed) throw new RecurrenceError('start', `„${local}“ ist kein gültiger Zeitpunkt (JJJJ-MM-TTTHH:MM).`);
  return zonedInstant(parsed, timeZone);
}

/** The local wall-clock time of an instant, "YYYY-MM-DDTHH:mm". */
export function instantToLocal(at: Date, timeZone = TIME_ZONE): string {
  return formatLocal(fromDate(at, timeZone));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The local calendar day of an instant, "YYYY-MM-DD" (the day of `instantToLocal`): what "today",
 * "overdue" and holiday flags are measured against. One formatter per zone, as lists call it per meeting.
 */
export function localDay(at: Date, timeZone = TIME_ZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}

// ---- rules ------------------------------------------------------------------

export interface ParsedRule {
  /** Upper case, without "RRULE:", a bare UNTIL date widened to the end of that day. */
  rule: string;
  count: number | null;
  /** Local end of the series, "YYYY-MM-DDTHH:mm". */
  until: string | null;
}

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string) => new RegExp(`^${item}(,${item})*$`);
const signedInt = '[+-]?\\d{1,3}';
const partChecks: Record<string, { re: RegExp; message: string }> = {
  FREQ: { re: /^(YEARLY|MONTHLY|WEEKLY|DAILY)$/, message: 'FREQ muss YEARLY, MONTHLY, WEEKLY oder DAILY sein (jährlich, monatlich, wöchentlich, täglich).' },
  INTERVAL: { re: /^[1-9]\d{0,2}$/, message: 'INTERVAL muss eine ganze Zahl von 1 bis 999 sein.' },
  COUNT: { re: /^[1-9]\d{0,4}$/, message: 'COUNT muss eine positive ganze Zahl sein.' },
  UNTIL: { re: /^\d{8}(T\d{6}Z?)?$/, message: 'UNTIL muss ein Datum wie 20270630 oder 20270630T235959 sein.' },
  BYDAY: { re: list(`([+-]?[1-5])?${WEEKDAY}`), message: 'BYDAY erwartet Wochentage wie MO, TU oder 2TU (zweiter Dienstag), -1FR (letzter Freitag).' },
  BYMONTHDAY: { re: list(signedInt), message: 'BYMONTHDAY erwartet Tage des Monats wie 1 oder -1.' },
  BYMONTH: { re: list('\\d{1,2}'), message: 'BYMONTH erwartet Monate von 1 bis 12.' },
  BYSETPOS: { re: list(signedInt), message: 'BYSETPOS erwartet Positionen wie 1 oder -1.' },
  BYWEEKNO: { re: list('[+-]?\\d{1,2}'), message: 'BYWEEKNO erwartet Kalenderwochen wie 1 bis 53.' },
  BYYEARDAY: { re: list(signedInt), message: 'BYYEARDAY erwartet Tage des Jahres wie 1 bis 366.' },
  WKST: { re: new RegExp(`^${WEEKDAY}$`), message: 'WKST muss ein Wochentag wie MO sein.' },
};
const ranges: Record<string, [number, number]> = { BYMONTHDAY: [1, 31], BYMONTH: [1, 12], BYSETPOS: [1, 366], BYWEEKNO: [1, 53], BYYEARDAY: [1, 366] };

/**
 * Checks an RRULE value strictly (the rrule library accepts much that calendars would not) and
 * normalises it. Times of day come from the start, so BYHOUR, BYMINUTE and BYSECOND are refused,
 * as are DTSTART and TZID inside the rule.
 */
export function parseRule(input: string): ParsedRule {
  const text = input.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (!text) throw new RecurrenceError('rule', 'Bitte eine Wiederholungsregel angeben, z. B. FREQ=MONTHLY;BYDAY=2TU;COUNT=10.');
  if (/[\s]/.test(text)) throw new RecurrenceError('rule', 'Die Regel darf keine Leerzeichen oder Zeilenumbrüche enthalten.');
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || value === '' || rest.length) throw new RecurrenceError('rule', `„${part}“ ist kein Bestandteil der Form NAME=WERT.`);
    if (['BYHOUR', 'BYMINUTE', 'BYSECOND'].includes(key)) throw new RecurrenceError('rule', `${key} ist nicht erlaubt: die Uhrzeit ergibt sich aus dem Beginn.`);
    if (key === 'DTSTART' || key === 'TZID') throw new RecurrenceError('rule', `${key} gehört nicht in die Regel: Beginn und Zeitzone werden getrennt angegeben.`);
    const check = partChecks[key];
    if (!check) throw new RecurrenceError('rule', `Unbekannter Bestandteil „${key}“ in der Regel.`);
    if (parts.has(key)) throw new RecurrenceError('rule', `${key} darf nur einmal vorkommen.`);
    if (!check.re.test(value)) throw new RecurrenceError('rule', check.message);
    const range = ranges[key];
    if (range && value.split(',').some((v) => Math.abs(Number(v)) < range[0] || Math.abs(Number(v)) > range[1])) throw new RecurrenceError('rule', check.message);
    parts.set(key, value);
  }
  if (!parts.has('FREQ')) throw new RecurrenceError('rule', 'Die Regel braucht FREQ (z. B. FREQ=MONTHLY).');
  if (parts.has('COUNT') && parts.has('UNTIL')) throw new RecurrenceError('rule', 'COUNT und UNTIL dürfen nicht zusammen vorkommen: bitte entweder eine Anzahl oder ein Enddatum.');
  let until: string | null = null;
  const untilValue = parts.get('UNTIL');
  if (untilValue) {
    const [, y, mo, d, h, mi] = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?/.exec(untilValue)!;
    const local = `${y}-${mo}-${d}T${h ?? '23'}:${mi ?? '59'}`;
    if (!parseLocal(local)) throw new RecurrenceError('rule', `UNTIL=${untilValue} ist kein gültiges Datum.`);
    until = local;
    // A bare date means "up to and including that day", not midnight before it.
    if (!h) parts.set('UNTIL', `${untilValue}T235959`);
  }
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  return { rule: [...parts].map(([k, v]) => `${k}=${v}`).join(';'), count, until };
}

/**
 * Expands a series between two local days (inclusive), at most `limit` meetings.
 * The rule runs on floating wall-clock times; each is then placed in the time zone, so 13:30 stays
 * 13:30 on both sides of a daylight-saving change.
 */
export function expandSeries(series: SeriesDefinition, range: { from: string; to: string; limit?: number }): Occurrence[] {
  const start = parseLocal(series.start);
  if (!start) throw new RecurrenceError('start', 'Der Beginn muss ein gültiges Datum mit Uhrzeit sein (JJJJ-MM-TTTHH:MM).');
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < 5 || series.durationMinutes > 24 * 60) {
    throw new RecurrenceError('durationMinutes', 'Die Dauer muss zwischen 5 Minuten und 24 Stunden liegen.');
  }
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: series.timeZone });
  } catch {
    throw new RecurrenceError('timeZone', `Die Zeitzone „${series.timeZone}“ ist unbekannt.`);
  }
  const parsed = parseRule(series.rule);
  const floatingStart = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute));
  let rule;
  try {
    rule = rrulestr(parsed.rule, { dtstart: floatingStart });
  } catch (err) {
    throw new RecurrenceError('rule', `Die Wiederholungsregel ist ungültig: ${(err as Error).message}`);
  }
  const from = new Date(`${range.from}T00:00:00Z`);
  const to = new Date(`${range.to}T23:59:59Z`);
  const limit = range.limit ?? 1000;
  const out: Occurrence[] = [];
  rule.between(from, to, true, (date: Date) => {
    const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() };
    const startsAt = zonedInstant(local, series.timeZone);
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

export const MAX_SERIES_YEARS = 10;
export const MAX_SERIES_MEETINGS = 500;

const fmtDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/**
 * Every meeting of a series that is to be saved: the rule must end (COUNT or UNTIL) within ten
 * years of the start and give between one and 500 meetings. Never expands an endless rule.
 */
export function expandFiniteSeries(series: SeriesDefinition): Occurrence[] {
  const start = parseLocal(series.start);
  if (!start) throw new RecurrenceError('start', 'Der Beginn muss ein gültiges Datum mit Uhrzeit sein (JJJJ-MM-TTTHH:MM).');
  const parsed = parseRule(series.rule);
  if (parsed.count === null && parsed.until === null) {
    throw new RecurrenceError('rule', 'Die Reihe braucht ein Ende: eine Anzahl von Treffen (COUNT=…) oder ein Enddatum (UNTIL=…).');
  }
  if (parsed.count !== null && parsed.count > MAX_SERIES_MEETINGS) {
    throw new RecurrenceError('rule', `Eine Reihe darf höchstens ${MAX_SERIES_MEETINGS} Treffen haben.`);
  }
  const firstDay = series.start.slice(0, 10);
  // The same calendar day ten years on (29 February falls back to the 28th).
  const lastDay = new Date(Date.UTC(start.year + MAX_SERIES_YEARS, start.month - 1, Math.min(start.day, start.month === 2 ? 28 : start.day))).toISOString().slice(0, 10);
  const tooLong = `Die Reihe darf höchstens ${MAX_SERIES_YEARS} Jahre laufen, also bis spätestens ${fmtDay(lastDay)}.`;
  if (parsed.until !== null && parsed.until.slice(0, 10) > lastDay) throw new RecurrenceError('rule', tooLong);
  if (parsed.until !== null && parsed.until < series.start) throw new RecurrenceError('rule', 'Das Enddatum (UNTIL) liegt vor dem Beginn.');
  const occurrences = expandSeries(series, { from: firstDay, to: lastDay, limit: MAX_SERIES_MEETINGS + 1 });
  if (!occurrences.length) throw new RecurrenceError('rule', 'Die Regel ergibt ab dem Beginn keinen einzigen Termin.');
  if (occurrences.length > MAX_SERIES_MEETINGS) throw new RecurrenceError('rule', `Eine Reihe darf höchstens ${MAX_SERIES_MEETINGS} Treffen haben; diese Regel ergibt mehr.`);
  if (parsed.count !== null && occurrences.length < parsed.count) throw new RecurrenceError('rule', tooLong);
  return occurrences;
}
