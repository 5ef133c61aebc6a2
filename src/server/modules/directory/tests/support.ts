import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { bundledSchoolFile } from '../index.js';

export { expectProblem, fieldsOf, signedIn } from '../../identity/tests/support.js';

let cached: string | undefined;
/** The bundled NRW school list (5,407 schools), read once per test file. */
export const realSchoolFile = (): string => (cached ??= fs.readFileSync(bundledSchoolFile, 'utf8'));

const quote = (v: string, d: string) => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Turns rows (the first one is the header) back into CSV text. */
export const toCsv = (rows: string[][], delimiter = ','): string => rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter)).join('\n') + '\n';

/**
 * Rewrites a school file cell by cell: `edit` gets each data row as a record keyed by header label
 * and returns it changed, or null to drop the row.
 */
export function rewriteSchoolFile(content: string, edit: (row: Record<string, string>, rowNumber: number) => Record<string, string> | null): string {
  const [header, ...rows] = parse(content, { relax_column_count: true }) as string[][];
  const out = rows.flatMap((cells, i) => {
    const record = Object.fromEntries(header!.map((h, j) => [h, cells[j] ?? '']));
    const edited = edit(record, i + 2);
    return edited ? [header!.map((h) => edited[h] ?? '')] : [];
  });
  return toCsv([header!, ...out]);
}

/** Row counts of everything an import may touch, to show that a failed one wrote nothing. */
export async function directoryCounts(db: Db) {
  const one = async (query: ReturnType<typeof sql>) => Number(((await db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows[0]!.n);
  return {
    kommunen: await one(sql`select count(*)::int as n from kommunen`),
    schulen: await one(sql`select count(*)::int as n from schulen`),
    scopes: await one(sql`select count(*)::int as n from scopes`),
    audit: await one(sql`select count(*)::int as n from audit_log`),
    /** Changes every time any school row is written. */
    schulenVersions: await one(sql`select coalesce(sum(version), 0)::int as n from schulen`),
  };
}

/** A fingerprint of the full content of the directory tables and the scope tree. */
export async function directoryDigest(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of ['kommunen', 'schulen', 'sozialraeume', 'scopes']) {
    const res = await db.execute(sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${table} t`));
    out[table] = (res as unknown as { rows: { d: string }[] }).rows[0]!.d;
  }
  return out;
}
