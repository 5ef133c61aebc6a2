import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchulErklaerung, Szenario } from '../../../../domain/allocation/contracts.js';
import { sha256 } from '../../../core/secrets.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { verteilungFreigaben } from '../allocation.schema.js';
import { api, bodyOf, buildAllocationWorld, expectProblem, grundschulModell, type AllocationWorld } from './support.js';

let t: TestApp;
let w: AllocationWorld;
let v: ReturnType<typeof api>;
let s: Szenario;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAllocationWorld(t.app, t.database.db);
  v = api(t.app);
  s = bodyOf<Szenario>(
    await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Schulsozialarbeit; Entwurf "A"', modell: grundschulModell({ summe: 3.5, einheit: '0.5' }) }),
    201,
  );
});
afterAll(async () => t?.close());

const header = [
  'Schulnummer',
  'Schule',
  'Kommune',
  'Schulform',
  'Sozialindex',
  'Stufe (gerechnet)',
  'Schüler:innen',
  'Startchancen',
  'Faktor',
  'Gewicht',
  'Anteil (%)',
  'Quote (Stellen)',
  'Einheiten',
  'Stellen',
  'Grenze',
  'Losentscheid',
  'Erklärung',
];

describe('CSV export', () => {
  it('writes semicolons, UTF-8 with BOM, CRLF and decimal commas, one row per school', async () => {
    const res = await v.exportFile(w.people.lesend, s.id, 'csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="verteilung-schulsozialarbeit-entwurf-a-v1-\d{4}-\d{2}-\d{2}\.csv"$/);
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${header.join(';')}`);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n', relax_column_count: false });
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(5);
    const bach = rows.find((r) => r[1] === 'Grundschule Am Bach')!;
    // 3.5 positions in halves: Am Bach has weight 1000 of 6500, quota 0.538462.
    expect(bach.slice(2, 14)).toEqual(['Musterstadt', 'Grundschule', '5', '5', '200', 'nein', '5', '1000', '15,384615', '0,538462', '1', '0,5']);
    expect(bach[16]).toContain('Rechnerisch stehen der Schule 3,5 Stellen × 15,3846 % = 0,5385 Stellen zu (ihre Quote).');
    const total = rows.slice(1).reduce((a, r) => a + Number(r[13]!.replace(',', '.')), 0);
    expect(total).toBe(3.5);
  });

  it('exports an older version on request and hides foreign scenarios', async () => {
    const res = await v.exportFile(w.people.lesend, s.id, 'csv', '?version=1');
    expect(res.statusCode).toBe(200);
    expectProblem(await v.exportFile(w.people.lesend, s.id, 'csv', '?version=7'), 404, 'not_found');
    expectProblem(await v.exportFile(w.people.fremd, s.id, 'csv'), 404, 'not_found');
    expectProblem(await v.exportFile(null, s.id, 'xlsx'), 401, 'unauthenticated');
  });
});

describe('XLSX export', () => {
  it('writes the same table with numbers as numbers', async () => {
    const res = await v.exportFile(w.people.schulleitung, s.id, 'xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Verteilung')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(sheet.rowCount).toBe(5);
    const bach = [2, 3, 4, 5].map((n) => sheet.getRow(n)).find((r) => r.getCell(2).value === 'Grundschule Am Bach')!;
    expect(bach.getCell(11).value).toBe(15.384615);
    expect(bach.getCell(14).value).toBe(0.5);
    expect(String(bach.getCell(17).value)).toContain('Ergebnis: 0,5 Stellen (1 Einheit;');
  });
});

describe('share links for the steering group', () => {
  it('work without a session, keep only the hash, and stop once revoked', async () => {
    const created = bodyOf<{ id: string; bezeichnung: string; adresse: string; token: string }>(await v.share(w.people.koordination, s.id, 'Steuergruppe Oktober'), 201);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.adresse).toMatch(new RegExp(`/verteilung/geteilt/${created.token}$`));
    const [row] = await t.database.db.select().from(verteilungFreigaben).where(eq(verteilungFreigaben.id, created.id));
    expect(row!.tokenHash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const shared = bodyOf<{ szenario: Szenario; attribution: string }>(await v.shared(created.token));
    expect(shared.szenario).toMatchObject({ id: s.id, name: s.name, versionNummer: 1, summe: 3.5 });
    expect(shared.szenario.ergebnis.schulen).toEqual(s.ergebnis.schulen);
    expect(shared.szenario).not.toHaveProperty('darfBearbeiten');
    expect(shared.attribution).toContain('dl-de/by-2-0');
    const e = bodyOf<SchulErklaerung>(await v.sharedSchool(created.token, w.schulen.b.id));
    expect(e.erklaerung.at(-1)).toMatch(/^Ergebnis: /);

    const list = bodyOf<{ items: { id: string; bezeichnung: string; zuletztGenutztAm: string | null }[] }>(await v.shares(w.people.koordination, s.id)).items;
    expect(list.find((x) => x.id === created.id)).toMatchObject({ bezeichnung: 'Steuergruppe Oktober', zuletztGenutztAm: expect.any(String) });
    expect(JSON.stringify(list)).not.toContain(created.token);

    expect((await v.revoke(w.people.land, s.id, created.id)).statusCode).toBe(204);
    expectProblem(await v.shared(created.token), 404, 'not_found');
    expectProblem(await v.sharedSchool(created.token, w.schulen.b.id), 404, 'not_found');
    expectProblem(await v.revoke(w.people.koordination, s.id, created.id), 404, 'not_found');
    expect(bodyOf<{ items: { id: string }[] }>(await v.shares(w.people.koordination, s.id)).items.map((x) => x.id)).not.toContain(created.id);
  });

  it('show the newest version and survive archiving (a decision stays readable)', async () => {
    const own = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Geteilt und geändert', modell: grundschulModell() }), 201);
    const { token } = bodyOf<{ token: string }>(await v.share(w.people.koordination, own.id), 201);
    bodyOf(await v.update(w.people.koordination, own.id, { name: 'Geteilt und geändert', modell: grundschulModell({ summe: 8 }), version: 1 }));
    expect(bodyOf<{ szenario: Szenario }>(await v.shared(token)).szenario).toMatchObject({ versionNummer: 2, summe: 8 });
    bodyOf(await v.archive(w.people.koordination, own.id, 2));
    expect(bodyOf<{ szenario: Szenario }>(await v.shared(token)).szenario.archiviert).toBe(true);
  });

  it('answer every unknown, malformed or foreign case with the same 404', async () => {
    expectProblem(await v.shared('kurz'), 404, 'not_found');
    expectProblem(await v.shared('A'.repeat(43)), 404, 'not_found');
    const { token, id } = bodyOf<{ token: string; id: string }>(await v.share(w.people.koordination, s.id), 201);
    expectProblem(await v.sharedSchool(token, w.schulen.e.id), 404, 'not_found');
    // Only coordinators of the scenario see and revoke its links.
    expectProblem(await v.shares(w.people.lesend, s.id), 403, 'forbidden');
    expectProblem(await v.revoke(w.people.lesend, s.id, id), 403, 'forbidden');
    expectProblem(await v.revoke(w.people.fremd, s.id, id), 404, 'not_found');
    const other = bodyOf<Szenario>(await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Anderes Szenario', modell: grundschulModell() }), 201);
    expectProblem(await v.revoke(w.people.koordination, other.id, id), 404, 'not_found');
    expect((await v.shared(token)).statusCode).toBe(200);
  });
});
