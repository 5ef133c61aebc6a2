import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../core/audit.schema.js';
import { openDatabase } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import type { Actor } from '../../../core/policy.js';
import { buildScope, buildUser } from '../../../testing/factories.js';
import { runStrang } from '../../../testing/run-strang.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { ensureRootScope, findScope, findScopeByCode } from '../../identity/identity.repository.js';
import { memberships, scopes } from '../../identity/identity.schema.js';
import { kommunen, schulen, sozialraeume } from '../directory.schema.js';
import { importSchools, type SchoolImportReport } from '../use-cases/import-schools.js';
import { directoryCounts, directoryDigest, realSchoolFile, rewriteSchoolFile, toCsv } from './support.js';

// The tests build on each other in order: one database, one import after the other.
let t: TestApp;
const db = () => t.database.db;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const run = (content: string, actor: Actor | null = null) => importSchools(db(), { content, actor });

const schuleByNummer = async (nummer: string) => (await db().select().from(schulen).where(eq(schulen.schulnummer, nummer)))[0]!;
const kommuneByAgs = async (ags: string) => (await db().select().from(kommunen).where(eq(kommunen.ags, ags)))[0]!;
const importEntries = () => db().select().from(auditLog).where(eq(auditLog.action, 'directory.schools_imported')).orderBy(auditLog.id);

/** Schools of the real file: new figures, a move from Düsseldorf to Köln, a new name, gone from the file; and one new school. */
const CHANGED = '100020';
const MOVED = '100061';
const RENAMED = '100078';
const DROPPED = '100113';
const ADDED = '999991';

let changed: string | undefined;
/** The real file with exactly the changes above, Blankenheim renamed, one school dropped and one added. */
function changedFile(): string {
  changed ??=
    rewriteSchoolFile(realSchoolFile(), (r) => {
      if (r.Schulnummer === CHANGED) return { ...r, Anzahl: '333', Sozialindex: '7.0' };
      if (r.Schulnummer === MOVED) return { ...r, 'Amtlicher Gemeindeschlüssel': '5315000', Verwaltungsbezirk: 'Krfr. Stadt Köln' };
      if (r.Schulnummer === RENAMED) return { ...r, 'Amtliche Bezeichnung 1': 'LOGOS-Grundschule Köln-Nord', 'Amtliche Bezeichnung 2': '' };
      if (r.Schulnummer === DROPPED) return null;
      if (r.Verwaltungsbezirk === 'Blankenheim') return { ...r, Verwaltungsbezirk: 'Blankenheim (Ahr)' };
      return r;
    }) + `2024/25,Grundschule,5315000,Krfr. Stadt Köln,${ADDED},Neue Grundschule,Am Rhein,,Rheinufer 1,50667,Köln,Öffentlich,,,,,,180,4.0,50.93,6.97,,0\n`;
  return changed;
}

describe('importing the bundled NRW file', () => {
  it('creates 396 Kommunen and 5,407 Schulen under the Land NRW', { timeout: 60_000 }, async () => {
    const first: SchoolImportReport = await run(realSchoolFile());
    expect(first.ok, JSON.stringify(first.errors.slice(0, 3))).toBe(true);
    expect(first).toMatchObject({
      rows: 5407,
      errors: [],
      kommunen: { created: 396, updated: 0 },
      schulen: { created: 5407, updated: 0, unchanged: 0, notInFile: 0 },
    });
    expect(first.warnings.map((w) => w.row)).toEqual([2795, 4515, 4991]);

    const counts = await directoryCounts(db());
    expect(counts).toMatchObject({ kommunen: 396, schulen: 5407 });
    const scopeTypes = await db().execute(sql`select type, count(*)::int as n from scopes group by type order by type`);
    expect((scopeTypes as unknown as { rows: { type: string; n: number }[] }).rows).toEqual([
      { type: 'kommune', n: 396 },
      { type: 'land', n: 1 },
      { type: 'plattform', n: 1 },
      { type: 'schule', n: 5407 },
    ]);

    const land = (await findScopeByCode(db(), 'land', '05'))!;
    expect(land.name).toBe('Nordrhein-Westfalen');
    const koeln = await kommuneByAgs('05315000');
    expect(koeln).toMatchObject({ name: 'Köln', art: 'kreisfreie-stadt' });
    const koelnScope = (await findScope(db(), koeln.id))!;
    expect(koelnScope).toMatchObject({ type: 'kommune', name: 'Köln', code: '05315000', parentId: land.id, path: `${land.path}${koeln.id}/` });
    expect(await db().$count(schulen, eq(schulen.kommuneId, koeln.id))).toBe(305);

    const school = await schuleByNummer(CHANGED);
    expect(school).toMatchObject({ name: 'Städt. Kath. Grundschule Kartause-Hain-Schule', schueler: 220, sozialindex: 5, startchancen: false, version: 1 });
    const schoolScope = (await findScope(db(), school.id))!;
    expect(schoolScope.path.startsWith(land.path)).toBe(true);
    expect(schoolScope).toMatchObject({ type: 'schule', code: CHANGED, name: school.name });
  });

  it('writes one audit entry for the import, with the counts', async () => {
    const entries = await importEntries();
    expect(entries).toHaveLength(1);
    const land = (await findScopeByCode(db(), 'land', '05'))!;
    expect(entries[0]).toMatchObject({ actorId: null, entityType: 'schule', scopeId: land.id });
    expect(entries[0]!.after).toMatchObject({ rows: 5407, kommunen: { created: 396, updated: 0 }, schulen: { created: 5407, updated: 0 } });
  });

  it('changes nothing when the same file is imported again', { timeout: 30_000 }, async () => {
    const before = await directoryDigest(db());
    const again = await run(realSchoolFile());
    expect(again).toMatchObject({
      ok: true,
      rows: 5407,
      kommunen: { created: 0, updated: 0 },
      schulen: { created: 0, updated: 0, unchanged: 5407, notInFile: 0 },
    });
    expect(await directoryDigest(db())).toEqual(before);
  });

  it('updates exactly the changed schools and Kommunen of a new edition, and moved schools follow in the scope tree', { timeout: 30_000 }, async () => {
    // Assignments made in Strang: one on a school that only gets new figures, one on the school that moves.
    const duesseldorf = await kommuneByAgs('05111000');
    const [raum] = await db().insert(sozialraeume).values({ kommuneId: duesseldorf.id, name: 'Düsseldorf-Nord' }).returning();
    await db().update(schulen).set({ sozialraumId: raum!.id }).where(eq(schulen.schulnummer, CHANGED));
    await db().update(schulen).set({ sozialraumId: raum!.id }).where(eq(schulen.schulnummer, MOVED));
    const before = await directoryCounts(db());
    const moved = await schuleByNummer(MOVED);

    const report = await run(changedFile());
    expect(report).toMatchObject({
      ok: true,
      rows: 5407,
      kommunen: { created: 0, updated: 1 },
      schulen: { created: 1, updated: 3, unchanged: 5403, notInFile: 1 },
    });

    const after = await directoryCounts(db());
    expect(after.kommunen).toBe(396);
    // The dropped school stays: other modules may refer to it.
    expect(after.schulen).toBe(5408);
    expect((await schuleByNummer(DROPPED)).version).toBe(1);
    // Three existing schools were written, each once; the new one starts at version 1.
    expect(after.schulenVersions - before.schulenVersions).toBe(3 + 1);

    expect(await schuleByNummer(CHANGED)).toMatchObject({ schueler: 333, sozialindex: 7, version: 2, sozialraumId: raum!.id });

    const koeln = await kommuneByAgs('05315000');
    const koelnScope = (await findScope(db(), koeln.id))!;
    const movedAfter = await schuleByNummer(MOVED);
    expect(movedAfter).toMatchObject({ id: moved.id, kommuneId: koeln.id, version: 2 });
    // A Sozialraum of Düsseldorf cannot hold a school of Köln.
    expect(movedAfter.sozialraumId).toBeNull();
    expect(await findScope(db(), moved.id)).toMatchObject({ parentId: koeln.id, path: `${koelnScope.path}${moved.id}/` });
    expect(await db().$count(schulen, eq(schulen.kommuneId, koeln.id))).toBe(305 + 2);

    const renamed = await schuleByNummer(RENAMED);
    expect(renamed.name).toBe('LOGOS-Grundschule Köln-Nord');
    expect((await findScope(db(), renamed.id))!.name).toBe('LOGOS-Grundschule Köln-Nord');

    const added = await schuleByNummer(ADDED);
    expect(added).toMatchObject({ name: 'Neue Grundschule Am Rhein', kommuneId: koeln.id, version: 1 });
    expect(await findScope(db(), added.id)).toMatchObject({ type: 'schule', code: ADDED, parentId: koeln.id, path: `${koelnScope.path}${added.id}/` });

    const blankenheim = await kommuneByAgs('05366008');
    expect(blankenheim.name).toBe('Blankenheim (Ahr)');
    expect((await findScope(db(), blankenheim.id))!.name).toBe('Blankenheim (Ahr)');

    const entries = await importEntries();
    expect(entries.at(-1)!.after).toMatchObject({ rows: 5407, kommunen: { created: 0, updated: 1 }, schulen: { created: 1, updated: 3, unchanged: 5403, notInFile: 1 } });
  });

  it('is idempotent for the new edition too', { timeout: 30_000 }, async () => {
    const before = await directoryDigest(db());
    const report = await run(changedFile());
    expect(report).toMatchObject({ ok: true, kommunen: { created: 0, updated: 0 }, schulen: { created: 0, updated: 0, unchanged: 5407, notInFile: 1 } });
    expect(await directoryDigest(db())).toEqual(before);
  });
});

describe('a bad file writes nothing', () => {
  it('rejects a file with bad rows among good ones, naming each row, and leaves the database as it was', { timeout: 30_000 }, async () => {
    const before = { counts: await directoryCounts(db()), digest: await directoryDigest(db()) };
    let rowOf100020 = 0;
    const content = rewriteSchoolFile(realSchoolFile(), (r, row) => {
      if (r.Schulnummer === CHANGED) rowOf100020 = row;
      // Good changes that must not be written either.
      if (r.Verwaltungsbezirk === 'Krfr. Stadt Köln') return { ...r, Anzahl: '1' };
      if (row === 10) return { ...r, Sozialindex: '12' };
      if (row === 20) return { ...r, Schulnummer: CHANGED };
      if (row === 30) return { ...r, 'Startchancen-Schule': 'vielleicht', Anzahl: '-5' };
      return r;
    });
    const report = await run(content);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { row: 10, column: 'Sozialindex', message: 'Der Sozialindex muss leer oder eine ganze Zahl von 1 bis 9 sein.' },
      { row: 20, column: 'Schulnummer', message: `Die Schulnummer ${CHANGED} steht schon in Zeile ${rowOf100020}.` },
      { row: 30, column: 'Anzahl', message: 'Die Schülerzahl muss eine ganze Zahl zwischen 0 und 20.000 sein.' },
      { row: 30, column: 'Startchancen-Schule', message: 'Startchancen-Schule muss 0/1 oder ja/nein sein.' },
    ]);
    expect(report.kommunen).toEqual({ created: 0, updated: 0 });
    expect(report.schulen).toEqual({ created: 0, updated: 0, unchanged: 0, notInFile: 0 });
    expect(await directoryCounts(db())).toEqual(before.counts);
    expect(await directoryDigest(db())).toEqual(before.digest);
  });

  it('rejects an empty file, a header without schools and a file without the required columns', async () => {
    const before = await directoryDigest(db());
    const header = realSchoolFile().split('\n')[0]!;
    expect(await run('')).toMatchObject({ ok: false, errors: [{ row: 1, message: 'Die Datei ist leer.' }] });
    expect(await run(header + '\n')).toMatchObject({ ok: false, errors: [{ row: 2, message: 'Die Datei enthält keine Schulen.' }] });
    const noNumbers = await run(toCsv([['Schulform', 'Amtliche Bezeichnung 1'], ['Grundschule', 'GS Am Park']]));
    expect(noNumbers.ok).toBe(false);
    expect(noNumbers.errors.map((e) => e.column)).toContain('Schulnummer');
    expect(await directoryDigest(db())).toEqual(before);
  });

  it('rolls the whole import back when writing fails half-way (here: the audit entry at the end)', { timeout: 30_000 }, async () => {
    const before = { counts: await directoryCounts(db()), digest: await directoryDigest(db()) };
    // Real changes and new schools and Kommunen, so there is something to roll back.
    const content =
      rewriteSchoolFile(realSchoolFile(), (r) => (r.Verwaltungsbezirk === 'Krfr. Stadt Köln' ? { ...r, Anzahl: '2' } : r)) +
      '2024/25,Grundschule,5999999,Neustadt,999992,Grundschule Neustadt,,,,,,Öffentlich,,,,,,100,3.0,,,,0\n';
    await db().execute(sql`alter table audit_log add constraint audit_refuses_everything check (false) not valid`);
    try {
      await expect(run(content)).rejects.toThrow();
    } finally {
      await db().execute(sql`alter table audit_log drop constraint audit_refuses_everything`);
    }
    expect(await directoryCounts(db())).toEqual(before.counts);
    expect(await directoryDigest(db())).toEqual(before.digest);
  });
});

describe('schools that already exist as scopes', () => {
  it('takes over a Schule scope created by hand with the same Schulnummer, keeping its members', { timeout: 30_000 }, async () => {
    // Someone set up the school before the official list arrived, in a Kommune of their own.
    const elsewhere = await buildScope(db(), { type: 'kommune', name: 'Vorläufige Kommune' });
    const handMade = await buildScope(db(), { type: 'schule', name: 'GS Rheinufer (vorläufig)', code: '999994', parentId: elsewhere.id });
    const member = await buildUser(db(), { role: 'schulleitung', scopeId: handMade.id });

    const report = await run(changedFile() + '2024/25,Grundschule,5315000,Krfr. Stadt Köln,999994,Grundschule Rheinufer,,,,,,Öffentlich,,,,,,150,6.0,,,,1\n');
    expect(report, JSON.stringify(report.errors)).toMatchObject({ ok: true, schulen: { created: 1, updated: 0 } });

    const koeln = await kommuneByAgs('05315000');
    const koelnScope = (await findScope(db(), koeln.id))!;
    expect(await schuleByNummer('999994')).toMatchObject({ id: handMade.id, kommuneId: koeln.id, name: 'Grundschule Rheinufer', sozialindex: 6, startchancen: true });
    expect(await findScope(db(), handMade.id)).toMatchObject({ name: 'Grundschule Rheinufer', code: '999994', parentId: koeln.id, path: `${koelnScope.path}${handMade.id}/` });
    expect(await db().$count(memberships, and(eq(memberships.userId, member.id), eq(memberships.scopeId, handMade.id)))).toBe(1);
    expect(await db().$count(scopes, and(eq(scopes.type, 'schule'), eq(scopes.code, '999994')))).toBe(1);
  });
});

describe('who may import', () => {
  const actorFor = async (role: 'administration' | 'kommunalkoordination'): Promise<Actor> => {
    const root = await ensureRootScope(db());
    const koeln = await kommuneByAgs('05315000');
    const scope = role === 'administration' ? root : (await findScope(db(), koeln.id))!;
    const user = await buildUser(db(), { role, scopeId: scope.id });
    return { id: user.id, name: user.name, memberships: [{ role, scopeId: scope.id, scopePath: scope.path }] };
  };

  it('refuses a municipal coordinator with 403 before reading the file', async () => {
    const actor = await actorFor('kommunalkoordination');
    const error = await run(realSchoolFile(), actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lets the platform administration import and records them in the audit', { timeout: 30_000 }, async () => {
    const actor = await actorFor('administration');
    const report = await run(changedFile(), actor);
    expect(report).toMatchObject({ ok: true, schulen: { created: 0, updated: 0 } });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'directory.schools_imported'), eq(auditLog.actorId, actor.id)));
    expect(entry).toBeDefined();
  });

  it('runs two imports at the same time one after the other, creating each new school once', { timeout: 60_000 }, async () => {
    const content = changedFile() + '2024/25,Grundschule,5315000,Krfr. Stadt Köln,999993,Grundschule Parallel,,,,,,Öffentlich,,,,,,100,3.0,,,,0\n';
    const reports = await Promise.all([run(content), run(content)]);
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    expect(reports.map((r) => r.schulen.created).sort()).toEqual([0, 1]);
    expect(await db().$count(schulen, eq(schulen.schulnummer, '999993'))).toBe(1);
  });
});

// The command line opens its own embedded database in a data directory.
const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});


async function schoolsIn(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    return await database.db.select({ schulnummer: schulen.schulnummer, schueler: schulen.schueler }).from(schulen).orderBy(schulen.schulnummer);
  } finally {
    await database.close();
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('strang import schools on the command line', () => {
  // One data directory for both tests: creating a fresh one (migrations included) costs seconds.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-import-'));
  tempDirs.push(dir);
  const dataDir = path.join(dir, 'data');

  it('imports a file, prints the counts, and reports everything unchanged the second time', { timeout: 120_000 }, async () => {
    const file = path.join(dir, 'schulen.csv');
    // The first 40 schools of the real file: Düsseldorf and a few neighbours.
    fs.writeFileSync(file, realSchoolFile().split('\n').slice(0, 41).join('\n') + '\n');

    const first = await runStrang(['import', 'schools', file], dataDir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^40 Schulen gelesen in [\d.]+ ms\.$/m);
    expect(first.stdout).toMatch(/Kommunen: \d+ neu, 0 geändert/);
    expect(first.stdout).toContain('Schulen:  40 neu, 0 geändert, 0 unverändert');

    const second = await runStrang(['import', 'schools', file], dataDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Kommunen: 0 neu, 0 geändert');
    expect(second.stdout).toContain('Schulen:  0 neu, 0 geändert, 40 unverändert');

    // A broken file: exit code 1, one line per error naming row and column, nothing written.
    const broken = path.join(dir, 'kaputt.csv');
    fs.writeFileSync(
      broken,
      rewriteSchoolFile(realSchoolFile().split('\n').slice(0, 41).join('\n') + '\n', (r, row) =>
        row === 3 ? { ...r, Sozialindex: '0' } : row === 7 ? { ...r, Schulnummer: '12345' } : { ...r, Anzahl: '1' },
      ),
    );
    const failed = await runStrang(['import', 'schools', broken], dataDir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Import abgebrochen, es wurde nichts gespeichert. 2 Fehler:');
    expect(failed.stderr).toContain('Zeile 3, Spalte „Sozialindex“: Der Sozialindex muss leer oder eine ganze Zahl von 1 bis 9 sein.');
    expect(failed.stderr).toContain('Zeile 7, Spalte „Schulnummer“: Die Schulnummer muss aus sechs Ziffern bestehen.');
    expect(failed.stderr).not.toMatch(/\n\s+at /);

    const missing = await runStrang(['import', 'schools', path.join(dir, 'gibt-es-nicht.csv')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('kann nicht gelesen werden');

    // The good rows of the broken file (every pupil count set to 1) were not written either.
    const schools = await schoolsIn(dataDir);
    expect(schools).toHaveLength(40);
    expect(schools.filter((s) => s.schueler === 1)).toEqual([]);
  });

  it('imports a semicolon file in Windows-1252 from Excel with umlauts intact', { timeout: 120_000 }, async () => {
    const rows = [
      ['Schuljahr', 'Schulform', 'Amtlicher Gemeindeschlüssel', 'Verwaltungsbezirk', 'Schulnummer', 'Amtliche Bezeichnung 1', 'Amtliche Bezeichnung 2', 'Straße und Hausnummer', 'Postleitzahl', 'Ort', 'Rechtsstatus', 'Anzahl', 'Sozialindex', 'Startchancen-Schule'],
      ['2024/25', 'Grundschule', '5315000', 'Krfr. Stadt Köln', '900001', 'Städtische Grundschule', 'Königsstraße', 'Königsstraße 1', '50667', 'Köln', 'Öffentlich', '210', '6,0', '1'],
      ['2024/25', 'Gesamtschule', '5358008', 'Düren, Stadt', '900002', 'Gesamtschule Übergänge', 'Weiße Öffnung', 'Größenweg 2', '52349', 'Düren', 'Öffentlich', '950', '', '0'],
      ['2024/25', 'Gymnasium', '5366008', 'Blankenheim', '900003', 'Gymnasium „Ahrquelle“; Blankenheim', '', 'Ahrstraße 3', '53945', 'Blankenheim', 'Privat', '480', '2,0', '0'],
    ];
    const file = path.join(dir, 'excel.csv');
    const text = rows.map((r) => r.map((v) => (v.includes(';') ? `"${v}"` : v)).join(';')).join('\r\n') + '\r\n';
    const bytes = iconv.encode(text, 'win1252');
    // Really not UTF-8: "ö" is the single byte 0xF6.
    expect(bytes.includes(0xf6)).toBe(true);
    expect(bytes.includes(Buffer.from('ö'))).toBe(false);
    fs.writeFileSync(file, bytes);

    const res = await runStrang(['import', 'schools', file], dataDir);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Kommunen: [23] neu, 0 geändert/);
    expect(res.stdout).toMatch(/Schulen: {2}3 neu, 0 geändert, \d+ unverändert/);

    const database = await openDatabase({ dataDir });
    try {
      const schools = await database.db
        .select({ schulnummer: schulen.schulnummer, name: schulen.name, ort: schulen.ort, strasse: schulen.strasse, sozialindex: schulen.sozialindex, startchancen: schulen.startchancen })
        .from(schulen)
        .where(inArray(schulen.schulnummer, ['900001', '900002', '900003']))
        .orderBy(schulen.schulnummer);
      expect(schools).toEqual([
        { schulnummer: '900001', name: 'Städtische Grundschule Königsstraße', ort: 'Köln', strasse: 'Königsstraße 1', sozialindex: 6, startchancen: true },
        { schulnummer: '900002', name: 'Gesamtschule Übergänge Weiße Öffnung', ort: 'Düren', strasse: 'Größenweg 2', sozialindex: null, startchancen: false },
        { schulnummer: '900003', name: 'Gymnasium „Ahrquelle“; Blankenheim', ort: 'Blankenheim', strasse: 'Ahrstraße 3', sozialindex: 2, startchancen: false },
      ]);
      const ks = await database.db
        .select({ ags: kommunen.ags, name: kommunen.name, art: kommunen.art })
        .from(kommunen)
        .where(inArray(kommunen.ags, ['05315000', '05358008', '05366008']))
        .orderBy(kommunen.ags);
      expect(ks).toEqual([
        { ags: '05315000', name: 'Köln', art: 'kreisfreie-stadt' },
        { ags: '05358008', name: 'Düren', art: 'kreisangehoerige-stadt' },
        { ags: '05366008', name: 'Blankenheim', art: 'kreisangehoerige-gemeinde' },
      ]);
    } finally {
      await database.close();
    }
  });
});
