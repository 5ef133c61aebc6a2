import i18next from 'i18next';

function locale(): string {
  return i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE';
}

/** 31.12.2025 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** 14:30 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

/** 31.12.2025, 14:30 Uhr */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = formatDate(iso);
  if (!date) return '';
  return i18next.t('format.dateTime', { date, time: formatTime(iso) });
}
