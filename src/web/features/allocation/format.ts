import i18next from 'i18next';
import { einheitWert, type Einheit } from '../../../domain/allocation/contracts.js';

const locale = () => (i18next.resolvedLanguage === 'en' ? 'en-GB' : 'de-DE');

// One formatter per number of decimals: a result table formats thousands of figures.
const formats = new Map<string, Intl.NumberFormat>();

function formatter(places: number): Intl.NumberFormat {
  const key = `${locale()}:${places}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale(), { maximumFractionDigits: places })));
  return format;
}

/** 6.315 · 0,5 · 12,3457 (a number, or a decimal text from the API such as "12.345678"). */
export function formatNumber(value: number | string, places = 2): string {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? formatter(places).format(n) : String(value);
}

/** +0,25 · −0,5 · 0 */
export function formatSigned(value: number | string, places = 4): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n === 0) return '0';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n), places)}`;
}

/** "1 Stelle", "1,5 Stellen", "1.000 Euro": an amount in the measure of the pool. */
export function formatMenge(menge: number | string, einheit: Einheit, places = 4): string {
  const n = typeof menge === 'number' ? menge : Number(menge);
  const value = formatNumber(n, places);
  return einheit === 'euro' ? i18next.t('allocation.menge.euro', { value }) : i18next.t('allocation.menge.stellen', { count: n, value });
}

/** Key of a unit in the texts (i18next keys must not contain dots). */
export const einheitKey = { '1': 'ganz', '0.5': 'halb', '0.25': 'viertel', euro: 'euro' } as const satisfies Record<Einheit, string>;

/** How many units an amount is (0,5 Stellen in halves: 1). */
export const inEinheiten = (menge: number, einheit: Einheit) => Math.round(menge / einheitWert[einheit]);

/**
 * A number typed in the German way: "6315", "6.315" (thousands), "40,5", also "40.5". Empty text
 * gives undefined; anything else that is not a number gives NaN (the contract then names the field).
 */
export function parseNumber(text: string): number | undefined {
  const raw = text.trim().replace(/\s/g, '');
  if (raw === '') return undefined;
  let normal = raw;
  if (raw.includes(',')) normal = raw.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(raw)) normal = raw.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** A number for an input field: 1.5 → "1,5" (no grouping, so it reads back unchanged). */
export const numberInput = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

const id = encodeURIComponent;

export const allocationHome = '/ressourcen';
export const createHref = '/ressourcen/neu';
/** A scenario page; with `version` the result of that saved version. */
export const szenarioHref = (szenarioId: string, version?: number | null) => `/ressourcen/szenarien/${id(szenarioId)}${version ? `?version=${version}` : ''}`;
export const editHref = (szenarioId: string) => `/ressourcen/szenarien/${id(szenarioId)}/bearbeiten`;
/** The explanation of one school; with `version` in that saved version. */
export const schuleHref = (szenarioId: string, schuleId: string, version?: number | null) =>
  `/ressourcen/szenarien/${id(szenarioId)}/schulen/${id(schuleId)}${version ? `?version=${version}` : ''}`;
export const compareHref = (ids: readonly string[]) => `/ressourcen/vergleich?ids=${ids.map(id).join(',')}`;
