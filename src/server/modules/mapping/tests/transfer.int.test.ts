import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../domain/mapping/transfer/contracts.js';
import type { Akteur, Angebot } from '../../../../domain/mapping/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import type { ScopeRow } from '../../identity/identity.repository.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { buildScope } from '../../../testing/factories.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { akteure, angebote } from '../mapping.schema.js';
import { bodyOf, expectProblem, signedIn, type Page } from './support.js';

let t: TestApp;
let kommune: { id: string; scope: ScopeRow; name: string };
let schulnummer1: string;
let schulnummer2: string;
let foreignSchulnummer: string;
let coordinator: Session;
let schulleitung: Session;
let lesend: Session;
let foreignCoordinator: Session;
let foreignKommuneId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const land = await buildScope(db, { type: 'land', name: 'Nordrhein-Westfalen' });
  const scope = await buildScope(db, { type: 'kommune', name: 'Köln', parentId: land.id });
  await buildKommune(db, { scope, name: 'Köln' });
  kommune = { id: scope.id, scope, name: 'Köln' };
  const s1 = await buildSchool(db, { kommuneScope: scope, name: 'Grundschule Am Rhein' });
  const s2 = await buildSchool(db, { kommuneScope: scope, name: 'Gesamtschule Mülheim' });
  schulnummer1 = s1.schule.schulnummer;
  schulnummer2 = s2.schule.schulnummer;
  const foreignScope = await buildScope(db, { type: 'kommune', name: 'Bonn', parentId: land.id });
  await buildKommune(db, { scope: foreignScope, name: 'Bonn' });
  foreignKommuneId = foreignScope.id;
  foreignSchulnummer = (await buildSchool(db, { kommuneScope: foreignScope, name: 'Realschule Bonn' })).schule.schulnummer;
  coordinator = (await signedIn(t.app, db, 'kommunalkoordination', scope)).session;
  schulleitung = (await signedIn(t.app, db, 'schulleitung', s1.scope)).session;
  lesend = (await signedIn(t.app, db, 'lesend', scope)).session;
  foreignCoordinator = (await signedIn(t.app, db, 'kommunalkoordination', foreignScope)).session;
}, 60_000);
afterAll(async () => t?.close());

const b64 = (data: string | Buffer) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64');
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

function importFile(kind: 'akteure' | 'angebote', file: string | Buffer, opts: { format?: 'csv' | 'xlsx'; dryRun?: boolean; as?: Session; kommuneId?: string; requestId?: string } = {}) {
  const headers: Record<string, string> = { cookie: (opts.as ?? coordinator).cookie, 'x-csrf-token': (opts.as ?? coordinator).csrfToken };
  if (opts.requestId) headers['x-request-id'] = opts.requestId;
  return t.app.inject({
    method: 'POST',
    url: `/api/mapping/kommunen/${opts.kommuneId ?? kommune.id}/${kind}/import`,
    headers,
    payload: { format: opts.format ?? 'csv', content: b64(file), ...(opts.dryRun === undefined ? {} : { dryRun: opts.dryRun }) },
  });
}

const exportFile = (kind: 'akteure' | 'angebote', query = 'format=csv', as: Session = coordinator, kommuneId = kommune.id) =>
  call(t.app, as, 'GET', `/api/mapping/kommunen/${kommuneId}/${kind}/export?${query}`);

const list = async <T>(kind: 'akteure' | 'angebote', as: Session = coordinator, query = 'pageSize=200') =>
  bodyOf<Page<T>>(await call(t.app, as, 'GET', `/api/mapping/kommunen/${kommune.id}/${kind}?${query}`));

const countIn = async (table: typeof akteure | typeof angebote) => (await t.database.db.select({ id: table.id }).from(table).where(eq(table.kommuneId, kommune.id))).length;
const importAudits = (requestId: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.requestId, requestId), like(auditLog.action, '%.imported')));

const AKTEURE_HEADER = 'Name;Art;Kreis;Beschreibung;Funktion (Kontakt);E-Mail (Kontakt);Telefon (Kontakt);Standorte (Schulnummern);Geteilt';
const ANGEBOTE_HEADER = 'Titel;Beschreibung;Träger;Handlungsfeld;Ebene;Altersphasen;Zielgruppe;Standorte (Schulnummern);Stunden pro Woche;Finanzierung;Beginn;Ende;Status;Geteilt';

function akteurFile() {
  return csv(
    AKTEURE_HEADER,
    `Jugendamt Köln;Jugendamt;Kernteam vor Ort;Hilfen zur Erziehung;Leitung;Jugendamt@Stadt-Koeln.example;0221 221-0;${schulnummer1};ja`,
    `Lesefreunde e. V.;verein;extern;"Vorlesen; Bücherkisten
und Lesepatenschaften";;;+49 221 555;"${schulnummer1}, ${schulnummer2}";nein`,
    'Bildungsbüro Köln;Bildungsbüro;Steuergruppe;=Koordination;Koordination;;;;ja',
  );
}

describe('importing actors', () => {
  it('creates every row of a good CSV file, reading codes and labels, and writes one audit entry', async () => {
    const res = await importFile('akteure', akteurFile(), { requestId: 'transfer-akteure-1' });
    const report = bodyOf<ImportReport>(res);
    expect(report).toMatchObject({ ok: true, dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [], moreErrors: 0 });
    const items = (await list<Akteur>('akteure')).items;
    expect(items.map((a) => a.name)).toEqual(['Bildungsbüro Köln', 'Jugendamt Köln', 'Lesefreunde e. V.']);
    const jugendamt = items.find((a) => a.name === 'Jugendamt Köln')!;
    expect(jugendamt).toMatchObject({ typ: 'jugendamt', kreis: 'kernteam', kontaktEmail: 'jugendamt@stadt-koeln.example', kontaktTelefon: '0221 221-0', geteilt: true });
    expect(jugendamt.standorte.map((s) => s.name)).toEqual(['Grundschule Am Rhein']);
    const lesefreunde = items.find((a) => a.name === 'Lesefreunde e. V.')!;
    expect(lesefreunde).toMatchObject({ typ: 'verein', kreis: 'extern', beschreibung: 'Vorlesen; Bücherkisten\nund Lesepatenschaften', kontaktTelefon: '+49 221 555', geteilt: false });
    expect(lesefreunde.standorte).toHaveLength(2);
    // A cell that looks like a formula is taken as text.
    expect(items.find((a) => a.name === 'Bildungsbüro Köln')!.beschreibung).toBe('=Koordination');

    const audits = await importAudits('transfer-akteure-1');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'akteure.imported', entityType: 'akteur', entityId: kommune.id, scopeId: kommune.id });
    expect(audits[0]!.after).toMatchObject({ format: 'csv', rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect((audits[0]!.after as { createdIds: string[] }).createdIds).toHaveLength(3);
    expect(JSON.stringify(audits[0]!.after)).not.toMatch(/@|Jugendamt/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await list<Akteur>('akteure');
    const report = bodyOf<ImportReport>(await importFile('akteure', akteurFile()));
    expect(report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
    const after = await list<Akteur>('akteure');
    expect(after.items.map((a) => [a.id, a.version])).toEqual(before.items.map((a) => [a.id, a.version]));
  });

  it('updates the entry with the same name (case and spaces do not matter) and keeps columns the file lacks', async () => {
    const file = csv('Name;Art;Kreis;Geteilt', '  jugendamt   KÖLN ;Jugendamt;Steuergruppe;ja');
    const report = bodyOf<ImportReport>(await importFile('akteure', file));
    expect(report).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 0 });
    expect(report.warnings).toEqual([{ row: 1, column: '', message: expect.stringMatching(/^Die Spalten „Beschreibung“, .*„Standorte \(Schulnummern\)“ fehlen: neue Akteure bleiben dort leer, vorhandene behalten ihren Wert\.$/) }]);
    const jugendamt = (await list<Akteur>('akteure')).items.find((a) => a.name === 'jugendamt   KÖLN')!;
    expect(jugendamt).toMatchObject({ kreis: 'steuergruppe', beschreibung: 'Hilfen zur Erziehung', kontaktFunktion: 'Leitung', version: 2 });
    expect(jugendamt.standorte).toHaveLength(1);
    expect(await countIn(akteure)).toBe(3);
    // Back to the original for the tests that follow.
    expect(bodyOf<ImportReport>(await importFile('akteure', akteurFile()))).toMatchObject({ updated: 1 });
  });

  it('writes nothing when one row is broken and names the row and column', async () => {
    const file = csv(AKTEURE_HEADER, 'Neuer Verein;Verein;extern;;;;;;nein', 'Kaputter Akteur;Verein;Vorstand;;;keine-mail;;999999;vielleicht', 'Noch ein Verein;Verein;extern;;;;;;');
    const res = await importFile('akteure', file, { requestId: 'transfer-akteure-broken' });
    const report = bodyOf<ImportReport>(res);
    expect(report.ok).toBe(false);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0, rows: 2 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Kreis'],
      [3, 'E-Mail (Kontakt)'],
      [3, 'Standorte (Schulnummern)'],
      [3, 'Geteilt'],
    ]);
    expect(report.errors[0]!.message).toContain('„Vorstand“ ist kein Kreis');
    expect(report.errors[2]!.message).toContain('999999');
    expect(await countIn(akteure)).toBe(3);
    expect(await importAudits('transfer-akteure-broken')).toEqual([]);
  });

  it('refuses sites of another Kommune', async () => {
    const report = bodyOf<ImportReport>(await importFile('akteure', csv('Name;Art;Kreis;Standorte', `Fremder Standort;Verein;extern;${foreignSchulnummer}`)));
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{ row: 2, column: 'Standorte (Schulnummern)', message: `Die Schulnummer „${foreignSchulnummer}“ gehört zu keiner Schule in Köln.` }]);
  });

  it('only checks on a dry run and reports what would happen', async () => {
    const file = csv('Name;Art;Kreis', 'Trockenlauf e. V.;Verein;extern', 'Jugendamt Köln;Jugendamt;Kernteam vor Ort');
    const report = bodyOf<ImportReport>(await importFile('akteure', file, { dryRun: true, requestId: 'transfer-dry-run-1' }));
    expect(report).toMatchObject({ ok: true, dryRun: true, created: 1, unchanged: 1 });
    expect(await countIn(akteure)).toBe(3);
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, 'transfer-dry-run-1'))).toEqual([]);
  });

  it('reads a Windows-1252 file with commas and umlauts', async () => {
    const text = csv('Name,Art,Kreis,Beschreibung', 'Förderverein Größere Schüler,Verein,Externe Partner:innen,"Hausaufgaben, Übungen"');
    const report = bodyOf<ImportReport>(await importFile('akteure', iconv.encode(text, 'win1252')));
    expect(report).toMatchObject({ ok: true, created: 1 });
    const item = (await list<Akteur>('akteure', coordinator, 'q=F%C3%B6rderverein')).items[0]!;
    expect(item).toMatchObject({ name: 'Förderverein Größere Schüler', beschreibung: 'Hausaufgaben, Übungen', kreis: 'extern' });
  });

  it('refuses two rows with the same name', async () => {
    const report = bodyOf<ImportReport>(await importFile('akteure', csv('Name;Art;Kreis', 'Doppelt e. V.;Verein;extern', 'doppelt e. v.;Verein;extern')));
    expect(report.errors).toEqual([{ row: 3, column: 'Name', message: 'Der Akteur „doppelt e. v.“ steht schon in Zeile 2. Jeder Name darf nur einmal vorkommen.' }]);
  });
});

describe('importing offers', () => {
  const angebotFile = () =>
    csv(
      ANGEBOTE_HEADER,
      `Leseclub;Vorlesen am Nachmittag;Lesefreunde e. V.;Leseförderung;Schüler:innen;6-9, Sekundarstufe I;Kinder mit Förderbedarf;${schulnummer1};2,5;startchancen;01.09.2026;2027-07-31;laufend;ja`,
      `Elterncafé;;Jugendamt Köln;elternarbeit;Kommunales System;Kita;;"${schulnummer1}
${schulnummer2}";1.5;Kommunal;;;geplant;nein`,
      'Ferien-MINT;;;MINT-Bildung;Schule;Grundschule;;;;Land;;;;',
    );

  it('creates offers with Träger, decimal comma, German and ISO dates', async () => {
    const report = bodyOf<ImportReport>(await importFile('angebote', angebotFile()));
    expect(report).toMatchObject({ ok: true, created: 3, updated: 0, unchanged: 0 });
    const items = (await list<Angebot>('angebote')).items;
    const leseclub = items.find((a) => a.titel === 'Leseclub')!;
    expect(leseclub).toMatchObject({
      akteurName: 'Lesefreunde e. V.',
      handlungsfeld: 'lesefoerderung',
      ebene: 'individuell',
      altersphasen: ['6-9', '10-15'],
      stundenProWoche: 2.5,
      finanzierung: 'startchancen',
      beginn: '2026-09-01',
      ende: '2027-07-31',
      status: 'laufend',
      geteilt: true,
    });
    const cafe = items.find((a) => a.titel === 'Elterncafé')!;
    expect(cafe).toMatchObject({ akteurName: 'Jugendamt Köln', ebene: 'systemisch', stundenProWoche: 1.5, status: 'geplant', finanzierung: 'kommunal' });
    expect(cafe.standorte).toHaveLength(2);
    expect(items.find((a) => a.titel === 'Ferien-MINT')).toMatchObject({ akteurId: null, status: 'laufend', geteilt: false });
  });

  it('changes nothing on re-import', async () => {
    expect(bodyOf<ImportReport>(await importFile('angebote', angebotFile()))).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3 });
  });

  it('reports unknown providers, bad hours, dates and vocabulary per cell', async () => {
    const file = csv(
      ANGEBOTE_HEADER,
      'Angebot A;;Gibt es nicht;Leseförderung;Schule;Kita;;;2,3;Land;31.02.2026;;;',
      'Angebot B;;;Kochen;Schule;Kita, Rente;;;zwei;Land;2026-13-01;01.01.2026;Vielleicht;',
      'Angebot C;;;MINT;Schule;Kita;;;1;Land;01.08.2026;01.07.2026;;',
    );
    const report = bodyOf<ImportReport>(await importFile('angebote', file));
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => `${e.row} ${e.column}`)).toEqual([
      '2 Träger',
      '2 Stunden pro Woche',
      '2 Beginn',
      '3 Handlungsfeld',
      '3 Altersphasen',
      '3 Stunden pro Woche',
      '3 Beginn',
      '3 Status',
      '4 Ende',
    ]);
    const byKey = Object.fromEntries(report.errors.map((e) => [`${e.row} ${e.column}`, e.message]));
    expect(byKey['2 Träger']).toBe('Den Akteur „Gibt es nicht“ gibt es in Köln nicht. Legen Sie ihn zuerst an oder importieren Sie zuerst die Akteure.');
    expect(byKey['2 Stunden pro Woche']).toBe('Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).');
    expect(byKey['2 Beginn']).toBe('Den 31.02.2026 gibt es nicht.');
    expect(byKey['3 Altersphasen']).toContain('„Rente“ ist keine Altersphase');
    expect(byKey['4 Ende']).toBe('Das Ende darf nicht vor dem Beginn liegen.');
    expect(await countIn(angebote)).toBe(3);
  });

  it('reads an XLSX file with numbers, dates, links and formulas in its cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tabelle1');
    sheet.addRow(['Titel', 'Träger', 'Handlungsfeld', 'Ebene', 'Altersphasen', 'Standorte (Schulnummern)', 'Stunden pro Woche', 'Finanzierung', 'Beginn', 'Ende', 'Geteilt', 'Notizen']);
    sheet.addRow(['Schach-AG', 'Lesefreunde e. V.', 'mint', 'individuell', '10-15', Number(schulnummer2), 1.25, 'Stiftung', new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2027, 6, 31)), true, 'intern']);
    sheet.addRow([{ richText: [{ text: 'Theater' }, { text: 'werkstatt' }] }, { text: 'Jugendamt Köln', hyperlink: 'https://example.org' }, 'Demokratiebildung', 'Schule', 'Sekundarstufe I', null, { formula: '1+1', result: 2 }, 'ESF', null, null, false, null]);
    const report = bodyOf<ImportReport>(await importFile('angebote', Buffer.from(await workbook.xlsx.writeBuffer()), { format: 'xlsx' }));
    expect(report).toMatchObject({ ok: true, created: 2 });
    expect(report.warnings).toEqual(expect.arrayContaining([{ row: 1, column: 'Notizen', message: 'Die Spalte „Notizen“ ist unbekannt und wird nicht eingelesen.' }]));
    const items = (await list<Angebot>('angebote')).items;
    expect(items.find((a) => a.titel === 'Schach-AG')).toMatchObject({ stundenProWoche: 1.25, beginn: '2026-09-01', ende: '2027-07-31', geteilt: true, finanzierung: 'stiftung', standorte: [expect.objectContaining({ name: 'Gesamtschule Mülheim' })] });
    expect(items.find((a) => a.titel === 'Theaterwerkstatt')).toMatchObject({ akteurName: 'Jugendamt Köln', stundenProWoche: 2, finanzierung: 'esf', geteilt: false });
  });

  it('reports a broken XLSX row by its spreadsheet row number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Angebote');
    sheet.addRow(['Titel', 'Handlungsfeld', 'Ebene', 'Altersphasen', 'Finanzierung']);
    sheet.addRow(['Gut', 'MINT', 'Schule', 'Kita', 'Land']);
    sheet.addRow([]);
    sheet.addRow(['Schlecht', 'MINT', 'Schule', 'Kita', 'Lotto']);
    const report = bodyOf<ImportReport>(await importFile('angebote', Buffer.from(await workbook.xlsx.writeBuffer()), { format: 'xlsx' }));
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[4, 'Finanzierung']]);
  });

  it('says so when the format does not match the file', async () => {
    const asXlsx = bodyOf<ImportReport>(await importFile('angebote', 'Titel;Ebene', { format: 'xlsx' }));
    expect(asXlsx.errors[0]!.message).toBe('Die Datei ist keine Excel-Datei (XLSX). CSV-Dateien bitte als CSV einlesen.');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['Titel']);
    const asCsv = bodyOf<ImportReport>(await importFile('angebote', Buffer.from(await workbook.xlsx.writeBuffer()), { format: 'csv' }));
    expect(asCsv.errors[0]!.message).toContain('Excel-Datei (XLSX), keine CSV-Datei');
  });
});

describe('exporting', () => {
  it('writes CSV with BOM, semicolons, CRLF, German formats and guarded formulas, named after the Kommune and day', async () => {
    const res = await exportFile('akteure');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="akteure-koeln-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = res.rawPayload.toString('utf8');
    expect(text.startsWith(`\uFEFF${AKTEURE_HEADER}\r\n`)).toBe(true);
    expect(text).toContain("Bildungsbüro Köln;Bildungsbüro;Steuergruppe;'=Koordination;Koordination;;;;ja\r\n");
    expect(text).toContain(`Lesefreunde e. V.;Verein;Externe Partner:innen;"Vorlesen; Bücherkisten\nund Lesepatenschaften";;;'+49 221 555;${[schulnummer1, schulnummer2].sort().join(', ')};nein`);

    const offers = (await exportFile('angebote')).rawPayload.toString('utf8');
    expect(offers).toContain(`Leseclub;Vorlesen am Nachmittag;Lesefreunde e. V.;Leseförderung;Schüler:innen;Grundschule, Sekundarstufe I;Kinder mit Förderbedarf;${schulnummer1};2,5;Startchancen;01.09.2026;31.07.2027;Laufend;ja\r\n`);
  });

  it('applies the filters of the list', async () => {
    const text = (await exportFile('akteure', 'format=csv&kreis=extern')).rawPayload.toString('utf8');
    const names = text.split('\r\n').slice(1, -1).map((l) => l.split(';')[0]);
    expect(names.length).toBeGreaterThan(0);
    expect(text).not.toContain('Jugendamt Köln');
    expect(text).toContain('Lesefreunde');
    const offers = (await exportFile('angebote', 'format=csv&handlungsfeld=lesefoerderung')).rawPayload.toString('utf8');
    expect(offers.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('writes XLSX with a bold, frozen header row, an auto filter, widths, numbers and dates', async () => {
    const res = await exportFile('angebote', 'format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="angebote-koeln-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Angebote');
    expect(sheet.getRow(1).values).toEqual([undefined, ...ANGEBOTE_HEADER.split(';')]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    const leseclub = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Leseclub')!;
    expect(leseclub.getCell(9).value).toBe(2.5);
    expect(leseclub.getCell(11).value).toEqual(new Date(Date.UTC(2026, 8, 1)));
    expect(leseclub.getCell(11).numFmt).toBe('dd.mm.yyyy');
  });

  it('re-imports its own CSV and XLSX without any change', async () => {
    for (const kind of ['akteure', 'angebote'] as const) {
      for (const format of ['csv', 'xlsx'] as const) {
        const file = (await exportFile(kind, `format=${format}`)).rawPayload;
        const report = bodyOf<ImportReport>(await importFile(kind, file, { format }));
        expect(report, `${kind} ${format}`).toMatchObject({ ok: true, created: 0, updated: 0, errors: [], warnings: [] });
        expect(report.unchanged, `${kind} ${format}`).toBe(await countIn(kind === 'akteure' ? akteure : angebote));
      }
    }
  });

  it('gives members everything and others only what is shared', async () => {
    const all = (await exportFile('akteure', 'format=csv', lesend)).rawPayload.toString('utf8');
    expect(all).toContain('Lesefreunde');
    const shared = (await exportFile('akteure', 'format=csv', foreignCoordinator)).rawPayload.toString('utf8');
    expect(shared).toContain('Jugendamt Köln');
    expect(shared).not.toContain('Lesefreunde');
  });

  it('refuses an unknown format with a German message', async () => {
    const problem = expectProblem(await exportFile('akteure', 'format=pdf'), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'format', message: 'Das Format muss csv oder xlsx sein.' }]);
  });
});

describe('who may import', () => {
  const file = () => csv('Name;Art;Kreis', 'Nicht erlaubt e. V.;Verein;extern');

  it('refuses school leadership and readers with 403', async () => {
    for (const as of [schulleitung, lesend]) expectProblem(await importFile('akteure', file(), { as }), 403, 'forbidden');
    expectProblem(await importFile('angebote', file(), { as: schulleitung }), 403, 'forbidden');
  });

  it('refuses the coordinator of another Kommune with 403, also on a dry run', async () => {
    expectProblem(await importFile('akteure', file(), { as: foreignCoordinator }), 403, 'forbidden');
    expectProblem(await importFile('akteure', file(), { as: foreignCoordinator, dryRun: true }), 403, 'forbidden');
    // Their own Kommune works.
    expect(bodyOf<ImportReport>(await importFile('akteure', file(), { as: foreignCoordinator, kommuneId: foreignKommuneId }))).toMatchObject({ ok: true, created: 1 });
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/mapping/kommunen/${kommune.id}/akteure/import`, payload: { format: 'csv', content: b64(file()) } });
    expectProblem(res, 401, 'unauthenticated');
  });
});

describe('limits', () => {
  it('accepts a file of almost 5 MB', async () => {
    const filler = 'x'.repeat(3000);
    const lines = ['Name;Art;Kreis;Beschreibung'];
    for (let i = 0, size = 0; size < 4.8 * 1024 * 1024; i++) {
      const line = `Groß ${i};Verein;extern;${filler}`;
      lines.push(line);
      size += line.length + 1;
    }
    const report = bodyOf<ImportReport>(await importFile('akteure', lines.join('\n'), { dryRun: true }));
    expect(report.ok).toBe(true);
    expect(report.created).toBe(lines.length - 1);
  });

  it('answers 413 for a body beyond the limit', async () => {
    const res = await importFile('akteure', Buffer.alloc(7 * 1024 * 1024, 0x41));
    expectProblem(res, 413, 'body_too_large');
  });

  it('answers 413 for a file over 5 MB that still fits the body', async () => {
    const res = await importFile('akteure', Buffer.alloc(5 * 1024 * 1024 + 10, 0x41));
    const problem = expectProblem(res, 413, 'file_too_large');
    expect(problem.detail).toContain('Höchstens 5 MB');
  });

  it('refuses content that is not base64', async () => {
    const res = await call(t.app, coordinator, 'POST', `/api/mapping/kommunen/${kommune.id}/akteure/import`, { format: 'csv', content: 'kein base64!' });
    expectProblem(res, 400, 'validation_failed');
  });
});
