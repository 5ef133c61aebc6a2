import i18next from 'i18next';
import { formatDate } from '../../lib/format.js';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

/**
 * A calendar day: "2014-12-31" → 31.12.2014, read as written (a Date would shift it in time zones
 * west of UTC). Timestamps go through the shared date format.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return formatDate(value);
  return i18next.resolvedLanguage === 'en' ? `${day[3]}/${day[2]}/${day[1]}` : `${day[3]}.${day[2]}.${day[1]}`;
}

/** 0.734 → "73 %" */
export function formatPercent(probability: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(probability);
}

export function formatCount(n: number): string {
  return n.toLocaleString(locale());
}
