import i18next from 'i18next';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

/** 1.234 */
export const formatCount = (value: number): string => new Intl.NumberFormat(locale()).format(value);

/** 2,5 – at most two decimals. */
export const formatNumber = (value: number, maximumFractionDigits = 2): string => new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);

/** 12 % */
export const formatPercent = (value: number): string => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
