import i18next from 'i18next';
import { einheitMass, type Einheit } from '../../../../domain/allocation/contracts.js';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

// One formatter per language and number of decimals: tables of thousands of schools format a lot.
const formats = new Map<string, Intl.NumberFormat>();
function format(maximumFractionDigits: number, minimumFractionDigits = 0): Intl.NumberFormat {
  const key = `${locale()}|${maximumFractionDigits}|${minimumFractionDigits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale(), { maximumFractionDigits, minimumFractionDigits })));
  return f;
}

/** 1.234 */
export const formatCount = (value: number): string => format(0).format(value);

/** 2,5 – at most `places` decimals. */
export const formatNumber = (value: number, places = 2): string => format(places).format(value);

/** A decimal text of the API ("12.3456") with at most `places` decimals. */
export const formatDecimal = (value: string, places = 4): string => format(places).format(Number(value));

/** Positions to two decimals (quarter positions), euros whole. */
export const formatMenge = (value: number, einheit: Einheit): string => format(einheitMass(einheit) === 'Euro' ? 0 : 2).format(value);

const minus = '\u2212';

/** +1,5 · −0,5 · 0: the sign is written, so no colour is needed to tell more from less. */
export function formatSigned(value: number, einheit: Einheit): string {
  if (value === 0) return '0';
  const text = formatMenge(Math.abs(value), einheit);
  return value > 0 ? `+${text}` : `${minus}${text}`;
}

/**
 * Positions per pupil are tiny (0,0023); they are shown per 1,000 pupils. Euros are shown per
 * pupil.
 */
export const perPupilFactor = (einheit: Einheit): number => (einheitMass(einheit) === 'Euro' ? 1 : 1000);

/** Amount per pupil in the unit of `perPupilFactor`, two decimals. */
export const formatPerPupil = (value: number, einheit: Einheit): string => format(2, 2).format(value * perPupilFactor(einheit));
