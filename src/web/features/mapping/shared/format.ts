import i18next from 'i18next';
import { standardAkteurTypen } from '../../../../domain/mapping/vocabulary.js';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

/** 2,5 (at most two decimals, German separators). */
export function formatHours(value: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
}

/** A calendar day "2025-09-01" as 01.09.2025, without any time-zone shift. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export type ParsedHours = { ok: true; value: number | null } | { ok: false };

/**
 * Hours as people type them: "2,5", "2.5", "10", or nothing. A thousands separator makes no sense
 * for weekly hours, so a dot is read as the decimal separator too.
 */
export function parseHours(text: string): ParsedHours {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d{1,4}([.,]\d{1,2})?$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** The text shown in the input for stored hours (2.5 → "2,5"). */
export function hoursText(value: number | null): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

export const isStandardTyp = (code: string): code is keyof typeof standardAkteurTypen => code in standardAkteurTypen;

/** 1.234 */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
