import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../domain/mapping/transfer/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import { openDatabase, type Database } from '../../../core/db.js';
import { ensureRootScope } from '../../identity/identity.repository.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { createTestDatabase } from '../../../testing/test-database.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { akteure, angebote } from '../mapping.schema.js';
import { printImportReport, runImportCommand } from '../import-export/import-command.js';
import { bodyOf, signedIn } from './support.js';

const run = promisify(execFile);

describe('an import of 1,000 offers', () => {
  let t: TestApp;
  let kommuneId: string;
  let coordinator: Session;
  let schulnummern: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const scope = await buildScope(t.database.db, { type: 'kommune', name: 'Großstadt' });
    await buildKommune(t.database.db, { scope });
    kommuneId = scope.id;
    schulnummern = [];
    for (let i = 0; i < 20; i++) schulnummern.push((await buildSchool(t.database.db, { kommuneScope: scope })).schule.schulnummer);
    coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', scope)).session;
  }, 60_000);
  afterAll(async () => t?.close());

  const post = (kind: string, text: string, dryRun = false) =>
    call(t.app, coordinator, 'POST', `/api/mapping/kommunen/${kommuneId}/${kind}/import`, { format: 'csv', content: Buffer.from(text).toString('base64'), dryRun });

  it('creates, re-imports unchanged and exports them in a few seconds', async () => {
    const actorLines = ['Name;Art;Kreis'];
    for (let i = 0; i < 50; i++) actorLines.push(`Träger ${i};Freier Träger;Externe Partner:innen`);
    expect(bodyOf<ImportReport>(await post('akteure', actorLines.join('\n')))).toMatchObject({ ok: true, created: 50 });

    const lines = ['Titel;Beschreibung;Träger;Handlungsfeld;Ebene;Altersphasen;Zielgruppe;Standorte (Schulnummern);Stunden pro Woche;Finanzierung;Beginn;Ende;Status;Geteilt'];
    for (let i = 0; i < 1000; i++) {
      const sites = [schulnummern[i % 20], schulnummern[(i * 7) % 20]].join(', ');
      lines.push(`Angebot ${i};Beschreibung ${i};Träger ${i % 50};Leseförderung;Schule;Grundschule, Sekundarstufe I;Kinder;"${sites}";${(i % 8) / 2};Startchancen;01.08.2026;31.07.2027;laufend;${i % 2 ? 'ja' : 'nein'}`);
    }
    const file = lines.join('\r\n');
    const figures: Record<string, number> = {};
    const timed = async <T>(label: string, f: () => Promise<T>) => {
      const started = performance.now();
      const result = await f();
      figures[label] = Math.round(performance.now() - started);
      return result;
    };

    const dry = await timed('dry run', async () => bodyOf<ImportReport>(await post('angebote', file, true)));
    expect(dry).toMatchObject({ ok: true, created: 1000 });
    const created = await timed('first import', async () => bodyOf<ImportReport>(await post('angebote', file)));
    expect(created).toMatchObject({ ok: true, created: 1000, updated: 0, unchanged: 0 });
    const again = await timed('re-import', async () => bodyOf<ImportReport>(await post('angebote', file)));
    expect(again).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 1000 });
    const csv = await timed('CSV export', async () => call(t.app, coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/angebote/export?format=csv`));
    const xlsx = await timed('XLSX export', async () => call(t.app, coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/angebote/export?format=xlsx`));
    const roundTrip = await timed('XLSX re-import', async () =>
      bodyOf<ImportReport>(await call(t.app, coordinator, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote/import`, { format: 'xlsx', content: xlsx.rawPayload.toString('base64') })),
    );
    expect(roundTrip).toMatchObject({ ok: true, unchanged: 1000 });
    expect(csv.rawPayload.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(1001);
    console.log(`1.000 Angebote (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}): ${Object.entries(figures).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
    expect(figures['first import']).toBeLessThan(20_000);
  }, 120_000);
});

describe('the command line', () => {
  let database: Database & { url?: string };
  let dataDir: string | undefined;
  let ags: string;
  let schulnummer: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strang-transfer-'));

  /** PGlite allows one process at a time: the test opens the data directory only while the command is not running. */
  async function open(): Promise<Database> {
    if (database && !dataDir) return database;
    const db = await openDatabase({ dataDir: dataDir! });
    return db;
  }

  beforeAll(async () => {
    if (process.env.DATABASE_URL) database = await createTestDatabase();
    else {
      dataDir = path.join(dir, 'data');
      database = await openDatabase({ dataDir });
      await database.migrate();
    }
    await ensureRootScope(database.db);
    const scope = await buildScope(database.db, { type: 'kommune', name: 'Kommandostadt' });
    const { kommune } = await buildKommune(database.db, { scope, name: 'Kommandostadt' });
    ags = kommune.ags;
    schulnummer = (await buildSchool(database.db, { kommuneScope: scope })).schule.schulnummer;
    if (dataDir) await database.close();
  }, 60_000);
  afterAll(async () => {
    if (!dataDir) await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const strang = async (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
    if (dataDir) {
      env.STRANG_DATA_DIR = dataDir;
      delete env.DATABASE_URL;
    } else env.DATABASE_URL = database.url;
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/strang.js', ...args], { env, cwd: process.cwd() });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('prints the row report, exits 1 and writes nothing when a row is broken', async () => {
    const file = path.join(dir, 'kaputt.csv');
    fs.writeFileSync(file, `Name;Art;Kreis;Standorte\nGuter Verein;Verein;extern;${schulnummer}\nSchlechter Verein;Zirkus;extern;\n`);
    const res = await strang('import', 'akteure', '--kommune', ags, file);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Import abgebrochen, es wurde nichts gespeichert. 1 Fehler:');
    expect(res.stderr).toContain('Zeile 3, Spalte „Art“: Die Art „Zirkus“ gibt es in Kommandostadt nicht.');
    const db = await open();
    try {
      expect(await db.db.select().from(akteure)).toEqual([]);
    } finally {
      if (dataDir) await db.close();
    }
  }, 60_000);

  it('imports actors and then offers by file extension (CSV and XLSX) and reports the counts', async () => {
    const actors = path.join(dir, 'akteure.csv');
    fs.writeFileSync(actors, `Name;Art;Kreis;Standorte\nGuter Verein;Verein;extern;${schulnummer}\n`);
    const first = await strang('import', 'akteure', '--kommune', ags, actors);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 Akteure gelesen');
    expect(first.stdout).toContain('1 neu, 0 geändert, 0 unverändert');

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Angebote');
    sheet.addRow(['Titel', 'Träger', 'Handlungsfeld', 'Ebene', 'Altersphasen', 'Finanzierung']);
    sheet.addRow(['Hausaufgabenhilfe', 'Guter Verein', 'Betreuung und Ganztag', 'Schüler:innen', 'Grundschule', 'Kommunal']);
    const offers = path.join(dir, 'angebote.xlsx');
    await workbook.xlsx.writeFile(offers);
    const dry = await strang('import', 'angebote', '--kommune', ags, '--dry-run', offers);
    expect(dry.stdout).toContain('Prüfung (nichts gespeichert): 1 Angebote gelesen');
    const second = await strang('import', 'angebote', '--kommune', ags, offers);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('1 neu, 0 geändert, 0 unverändert');

    const db = await open();
    try {
      expect((await db.db.select().from(angebote)).map((a) => a.titel)).toEqual(['Hausaufgabenhilfe']);
      const entries = await db.db.select().from(auditLog).where(eq(auditLog.action, 'angebote.imported'));
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actorId).toBeNull();
    } finally {
      if (dataDir) await db.close();
    }
  }, 60_000);

  it('names an unknown Kommune and a wrong file type', async () => {
    const db = await open();
    try {
      await expect(runImportCommand(db.db, { kind: 'akteure', ags: '09999999', file: path.join(dir, 'akteure.csv'), dryRun: false })).rejects.toThrow(
        'Eine Kommune mit dem Gemeindeschlüssel 09999999 gibt es nicht.',
      );
      const txt = path.join(dir, 'akteure.txt');
      fs.writeFileSync(txt, 'Name;Art;Kreis\n');
      await expect(runImportCommand(db.db, { kind: 'akteure', ags, file: txt, dryRun: false })).rejects.toThrow('muss auf .csv oder .xlsx enden');
      await expect(runImportCommand(db.db, { kind: 'akteure', ags, file: path.join(dir, 'fehlt.csv'), dryRun: false })).rejects.toThrow('kann nicht gelesen werden');
    } finally {
      if (dataDir) await db.close();
    }
  });

  it('prints warnings and truncated error lists', () => {
    const out: string[] = [];
    const sink = { log: (s: string) => out.push(s), error: (s: string) => out.push(s) };
    printImportReport(
      'angebote',
      { ok: false, dryRun: false, rows: 3, created: 0, updated: 0, unchanged: 0, errors: [{ row: 2, column: 'Titel', message: 'Fehlt.' }], moreErrors: 4, warnings: [{ row: 1, column: 'X', message: 'Unbekannt.' }], millis: 3 },
      sink,
    );
    expect(out).toEqual(['Import abgebrochen, es wurde nichts gespeichert. 5 Fehler:', '  Zeile 2, Spalte „Titel“: Fehlt.', '  … und 4 weitere', '  Hinweis Zeile 1, Spalte „X“: Unbekannt.']);
  });
});
