/** Reading single cells of an import file: German and ISO dates, decimal comma, ja/nein, lists. */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2199) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** TT.MM.JJJJ (also T.M.JJJJ) or JJJJ-MM-TT; empty → null. Answers ISO (JJJJ-MM-TT). */
export function parseDateCell(raw: string): CellResult<string | null> {
  const t = raw.trim();
  if (!t) return ok(null);
  let y: number;
  let m: number;
  let d: number;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(t);
  if (german) [d, m, y] = [Number(german[1]), Number(german[2]), Number(german[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return fail(`„${t}“ ist kein Datum. Bitte im Format TT.MM.JJJJ (z. B. 31.12.2026) oder JJJJ-MM-TT angeben.`);
  if (!validDate(y, m, d)) return fail(`Den ${pad(d)}.${pad(m)}.${y} gibt es nicht.`);
  return ok(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}

/** ISO date → TT.MM.JJJJ (for CSV). */
export function germanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A plain decimal with comma or point ("2,5", "2.5", "3"); empty → null. */
export function parseDecimalCell(raw: string): CellResult<number | null> {
  const t = raw.trim().replace(/\s/g, '');
  if (!t) return ok(null);
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(t)) return fail(`„${raw.trim()}“ ist keine Zahl. Bitte z. B. 2 oder 2,5 angeben.`);
  return ok(Number(t.replace(',', '.')));
}

/** Number → German decimal without grouping ("2,5"), as the import reads it back. */
export function germanDecimal(n: number): string {
  return String(n).replace('.', ',');
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-']);

/** ja/nein (also true/false, 1/0, x); empty → null (the caller's default). */
export function parseBooleanCell(raw: string): CellResult<boolean | null> {
  const t = raw.trim().toLowerCase();
  if (!t) return ok(null);
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail(`„${raw.trim()}“ ist weder ja noch nein.`);
}

/** Values separated by commas, semicolons or line breaks; empty parts are dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Schulnummern separated by commas, semicolons, line breaks or spaces. */
export function splitSchulnummern(raw: string): string[] {
  return raw
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (/^\d{1,5}$/.test(s) ? s.padStart(6, '0') : s));
}

/** How entries are matched on re-import: case, surrounding and repeated spaces do not matter. */
export function entryKey(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}
