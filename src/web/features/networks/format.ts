import i18next from 'i18next';

/** Meetings take place in Germany: every date and time is shown in Berlin time, wherever the browser is. */
export const TIME_ZONE = 'Europe/Berlin';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Di., 14.10.2025 */
export function formatMeetingDay(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/** 13:30 */
export function formatClock(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }).format(date);
}

/** Di., 14.10.2025, 13:30–14:30 Uhr */
export function formatMeetingTime(beginn: string, ende?: string | null): string {
  const day = formatMeetingDay(beginn);
  if (!day) return '';
  const time = ende ? `${formatClock(beginn)}–${formatClock(ende)}` : formatClock(beginn);
  return i18next.t('format.dateTime', { date: day, time });
}

/** 31.12.2025 (an instant, in Berlin time). */
export function formatInstantDate(iso: string | null | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A wall-clock value "2025-10-14T13:30" or a day "2025-10-14" as a UTC date with the same fields. */
function floating(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

/** "2025-10-14T13:30" → 14.10.2025 (no time-zone shift: the value already is Berlin time). */
export function formatLocalDate(local: string | null | undefined): string {
  const date = local ? floating(local) : null;
  if (!date) return local ?? '';
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2025-10-14T13:30" → Dienstag */
export function formatLocalWeekday(local: string | null | undefined, style: 'long' | 'short' = 'long'): string {
  const date = local ? floating(local) : null;
  if (!date) return '';
  return new Intl.DateTimeFormat(locale(), { weekday: style, timeZone: 'UTC' }).format(date);
}

/** "2025-10-14T13:30" → 13:30 */
export function formatLocalTime(local: string | null | undefined): string {
  const m = local ? LOCAL.exec(local) : null;
  return m && m[4] ? `${m[4]}:${m[5]}` : '';
}

/** "2025-10-14T13:30" → Di., 14.10.2025, 13:30 Uhr */
export function formatLocalDateTime(local: string | null | undefined): string {
  if (!local) return '';
  const date = floating(local);
  if (!date) return local;
  const day = new Intl.DateTimeFormat(locale(), { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
  const time = formatLocalTime(local);
  return time ? i18next.t('format.dateTime', { date: day, time }) : day;
}

/** Today in Berlin as "YYYY-MM-DD" (the split between upcoming and past meetings). */
export function todayInBerlin(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds minutes to a wall-clock "HH:mm" (for "13:30–14:30"); wraps past midnight. */
export function addMinutesToClock(clock: string, minutes: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!m || !Number.isFinite(minutes)) return '';
  const total = (((Number(m[1]) * 60 + Number(m[2]) + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Whole minutes as they are typed ("90"); null when empty, NaN when not a whole number. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A local day "YYYY-MM-DD" plus n days. */
export function addDaysTo(day: string, n: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}
