import i18next from 'i18next';

/** Meetings take place in Germany: every date and time is shown in Berlin time, wherever the browser is. */
const zone = 'Europe/Berlin';

function locale(): string {
  return i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE';
}

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Dienstag, 14. April 2026" */
export function longDate(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "Di., 14.04.2026" */
export function shortDate(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** "13:30" */
export function clock(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "Dienstag, 14. April 2026, 13:30–14:30 Uhr" (the end with its date when it is another day). */
export function meetingWhen(beginn: string, ende: string, short = false): string {
  const day = short ? shortDate(beginn) : longDate(beginn);
  if (localDay(beginn) === localDay(ende)) return i18next.t('meetings.format.when', { date: day, from: clock(beginn), to: clock(ende) });
  return i18next.t('meetings.format.whenTwoDays', { date: day, from: clock(beginn), endDate: short ? shortDate(ende) : longDate(ende), to: clock(ende) });
}

/** A calendar date without time ("2026-04-14", e.g. a due date) as "14.04.2026". */
export function dayDate(isoDay: string | null | undefined): string {
  if (!isoDay || !/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return '';
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as a date in Berlin: "14.04.2026". */
export function instantDate(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** An instant as date and time in Berlin: "14.04.2026, 13:30 Uhr". */
export function instantDateTime(iso: string | null | undefined): string {
  if (!valid(iso)) return '';
  return i18next.t('format.dateTime', { date: instantDate(iso), time: clock(iso) });
}

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date)) {
    out[part.type] = part.value;
  }
  return out;
}

/** The Berlin calendar day of an instant, "YYYY-MM-DD". */
export function localDay(iso: string): string {
  const date = valid(iso);
  if (!date) return '';
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The value of a datetime-local field for an instant: Berlin wall-clock time "YYYY-MM-DDTHH:mm". */
export function toLocalInput(iso: string): string {
  const date = valid(iso);
  if (!date) return '';
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

export function minutesBetween(beginn: string, ende: string): number {
  return Math.round((new Date(ende).getTime() - new Date(beginn).getTime()) / 60_000);
}

/** Today in Berlin, "YYYY-MM-DD". */
export function today(): string {
  return localDay(new Date().toISOString());
}

/** Monday of the Berlin week an instant falls in, "YYYY-MM-DD" (used to group meetings by week). */
export function weekStart(iso: string): string {
  const [y, m, d] = localDay(iso).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" plus n days. */
export function addDays(isoDay: string, n: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d + n));
  return day.toISOString().slice(0, 10);
}
