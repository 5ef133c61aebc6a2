import i18next from 'i18next';

function locale(): string {
  return i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE';
}

/** 1.234 */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** 51,03963° N, 6,88271° O (five decimals ≈ one metre). */
export function formatCoordinates(lat: number, lon: number): string {
  const number = new Intl.NumberFormat(locale(), { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  const t = i18next.t;
  const ns = lat >= 0 ? t('directory.north') : t('directory.south');
  const ew = lon >= 0 ? t('directory.east') : t('directory.west');
  return `${number.format(Math.abs(lat))}° ${ns}, ${number.format(Math.abs(lon))}° ${ew}`;
}
