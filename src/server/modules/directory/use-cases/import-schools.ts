import { eq, sql } from 'drizzle-orm';
import { parseSchoolFile, type RowError, type SchoolRecord } from '../../../../domain/directory/school-file.js';
import { writeAudit } from '../../../core/audit.js';
import type { DbOrTx, Db } from '../../../core/db.js';
import { forbidden } from '../../../core/errors.js';
import { can, type Actor } from '../../../core/policy.js';
import { ensureRootScope, findScopeByCode, insertScope, type ScopeRow } from '../../identity/identity.repository.js';
import { scopes } from '../../identity/identity.schema.js';
import { allKommunen, allSchulen, insertChunked, type SchuleRow } from '../directory.repository.js';
import { kommunen, schulen } from '../directory.schema.js';

export interface SchoolImportReport {
  ok: boolean;
  errors: RowError[];
  warnings: RowError[];
  rows: number;
  kommunen: { created: number; updated: number };
  schulen: { created: number; updated: number; unchanged: number; notInFile: number };
  millis: number;
}

/** NRW is the state the bundled file describes; its AGS prefix is 05. */
const NRW = { code: '05', name: 'Nordrhein-Westfalen' };

const fields = ['schulform', 'name', 'zusatz', 'strasse', 'plz', 'ort', 'rechtsstatus', 'schueler', 'sozialindex', 'startchancen', 'lat', 'lon', 'schuljahr'] as const;

function changed(row: SchuleRow, rec: SchoolRecord, kommuneId: string): boolean {
  return row.kommuneId !== kommuneId || fields.some((f) => (row[f] ?? null) !== (rec[f] ?? null));
}

/**
 * Imports or refreshes schools and municipalities from a file in the NRW open-data format.
 * All or nothing: any row error writes nothing. Running the same file twice changes nothing.
 * `actor` null means the command line (whoever runs it controls the server).
 */
export async function importSchools(db: Db, input: { content: string; actor: Actor | null; requestId?: string | null }): Promise<SchoolImportReport> {
  const started = Date.now();
  if (input.actor) {
    const root = await ensureRootScope(db);
    if (!can(input.actor, 'directory.import', { scopePath: root.path })) throw forbidden();
  }
  const parsed = parseSchoolFile(input.content);
  const empty = { kommunen: { created: 0, updated: 0 }, schulen: { created: 0, updated: 0, unchanged: 0, notInFile: 0 } };
  if (parsed.errors.length || parsed.records.length === 0) {
    const errors = parsed.errors.length ? parsed.errors : [{ row: 2, column: '', message: 'Die Datei enthält keine Schulen.' }];
    return { ok: false, errors, warnings: parsed.warnings, rows: parsed.records.length, ...empty, millis: Date.now() - started };
  }
  const report = await db.transaction(async (tx) => {
    // One import at a time: a second one waits instead of creating the same schools twice.
    await tx.execute(sql`select pg_advisory_xact_lock(7710101)`);
    const land = await ensureLand(tx);
    const kommuneIds = await upsertKommunen(tx, parsed.records, land, empty.kommunen);
    await upsertSchulen(tx, parsed.records, kommuneIds, empty.schulen);
    await writeAudit(tx, {
      actorId: input.actor?.id ?? null,
      action: 'directory.schools_imported',
      entityType: 'schule',
      scopeId: land.id,
      requestId: input.requestId ?? null,
      after: { rows: parsed.records.length, ...empty },
    });
    return empty;
  });
  // Thousands of new rows: let the planner know before the first filtered list.
  await db.execute(sql`analyze kommunen, schulen, scopes`);
  return { ok: true, errors: [], warnings: parsed.warnings, rows: parsed.records.length, ...report, millis: Date.now() - started };
}

async function ensureLand(tx: DbOrTx): Promise<ScopeRow> {
  const existing = await findScopeByCode(tx, 'land', NRW.code);
  if (existing) return existing;
  return insertScope(tx, { type: 'land', name: NRW.name, code: NRW.code, parent: await ensureRootScope(tx) });
}

async function upsertKommunen(tx: DbOrTx, records: SchoolRecord[], land: ScopeRow, counts: { created: number; updated: number }) {
  const byAgs = new Map<string, SchoolRecord>();
  for (const r of records) if (!byAgs.has(r.ags)) byAgs.set(r.ags, r);
  const existing = new Map((await allKommunen(tx)).map((k) => [k.ags, k]));
  const ids = new Map<string, { id: string; path: string }>();
  const scopeRows = new Map((await tx.select().from(scopes).where(eq(scopes.type, 'kommune'))).map((s) => [s.code, s]));
  for (const [ags, r] of byAgs) {
    const known = existing.get(ags);
    let scope = scopeRows.get(ags);
    if (!scope) scope = await insertScope(tx, { type: 'kommune', name: r.kommuneName, code: ags, parent: land });
    ids.set(ags, { id: scope.id, path: scope.path });
    if (!known) {
      await tx.insert(kommunen).values({ id: scope.id, ags, name: r.kommuneName, art: r.kommuneArt });
      counts.created++;
    } else if (known.name !== r.kommuneName || known.art !== r.kommuneArt) {
      await tx.update(kommunen).set({ name: r.kommuneName, art: r.kommuneArt, updatedAt: new Date() }).where(eq(kommunen.id, known.id));
      await tx.update(scopes).set({ name: r.kommuneName }).where(eq(scopes.id, known.id));
      counts.updated++;
    }
  }
  return ids;
}

async function upsertSchulen(
  tx: DbOrTx,
  records: SchoolRecord[],
  kommuneIds: Map<string, { id: string; path: string }>,
  counts: SchoolImportReport['schulen'],
) {
  const existing = new Map((await allSchulen(tx)).map((s) => [s.schulnummer, s]));
  // Schule scopes set up by hand before the list arrived carry the Schulnummer as code (unique per type).
  const scopeIdsByCode = new Map((await tx.select({ id: scopes.id, code: scopes.code }).from(scopes).where(eq(scopes.type, 'schule'))).map((s) => [s.code, s.id]));
  const newScopes: (typeof scopes.$inferInsert)[] = [];
  const newSchulen: (typeof schulen.$inferInsert)[] = [];
  for (const r of records) {
    const kommune = kommuneIds.get(r.ags)!;
    const known = existing.get(r.schulnummer);
    const values = Object.fromEntries(fields.map((f) => [f, r[f]])) as Pick<SchoolRecord, (typeof fields)[number]>;
    if (!known) {
      const adopted = scopeIdsByCode.get(r.schulnummer);
      const id = adopted ?? crypto.randomUUID();
      const scope = { name: r.name, parentId: kommune.id, path: `${kommune.path}${id}/` };
      // Taking over the scope keeps its memberships; it moves to the Kommune the file names.
      if (adopted) await tx.update(scopes).set(scope).where(eq(scopes.id, adopted));
      else newScopes.push({ id, type: 'schule', code: r.schulnummer, ...scope });
      newSchulen.push({ id, schulnummer: r.schulnummer, kommuneId: kommune.id, ...values });
      counts.created++;
    } else if (changed(known, r, kommune.id)) {
      // A school that moves to another Kommune leaves its Sozialraum, which belongs to the old one.
      const moved = known.kommuneId !== kommune.id;
      await tx
        .update(schulen)
        .set({ ...values, kommuneId: kommune.id, ...(moved ? { sozialraumId: null } : {}), version: sql`${schulen.version} + 1`, updatedAt: new Date() })
        .where(eq(schulen.id, known.id));
      await tx.update(scopes).set({ name: r.name, parentId: kommune.id, path: `${kommune.path}${known.id}/` }).where(eq(scopes.id, known.id));
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  await insertChunked(tx, scopes, newScopes);
  await insertChunked(tx, schulen, newSchulen);
  const inFile = new Set(records.map((r) => r.schulnummer));
  counts.notInFile = [...existing.keys()].filter((n) => !inFile.has(n)).length;
}
