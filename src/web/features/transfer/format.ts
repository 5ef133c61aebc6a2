import { TZDate } from '@date-fns/tz';
import i18next from 'i18next';

/** Exchanges take place in Germany: dates and times are entered and shown in Berlin time. */
export const TIME_ZONE = 'Europe/Berlin';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

/**
 * "2027-03-15" and "14:30" (Berlin wall clock) → "2027-03-15T14:30:00.000+01:00", or null when
 * either is not a valid value.
 */
export function terminIso(datum: string, uhrzeit: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  const u = /^(\d{2}):(\d{2})$/.exec(uhrzeit);
  if (!d || !u) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(u[1]), Number(u[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, TIME_ZONE);
  // 31 February and the like roll over into the next month: not a date anyone meant.
  if (date.getDate() !== day || date.getMonth() !== month - 1) return null;
  return date.toISOString();
}

/** An instant → the Berlin date and time fields ("2027-03-15", "14:30"), to fill a form. */
export function terminFields(iso: string | null | undefined): { datum: string; uhrzeit: string } {
  if (!iso) return { datum: '', uhrzeit: '' };
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { datum: '', uhrzeit: '' };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return { datum: `${parts.year}-${parts.month}-${parts.day}`, uhrzeit: `${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}` };
}

/** Di., 15.03.2027, 14:30 Uhr (Berlin time). */
export function formatTermin(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = new Intl.DateTimeFormat(locale(), { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date);
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }).format(date);
  return i18next.t('format.dateTime', { date: day, time });
}

/** 15.03.2027 (Berlin time). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/** Lines of a text area → trimmed, non-empty entries. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
