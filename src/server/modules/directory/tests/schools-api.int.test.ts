import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schule } from '../../../../domain/directory/contracts.js';
import { parseSchoolFile, type SchoolRecord } from '../../../../domain/directory/school-file.js';
import { schoolDataAttribution } from '../../../../domain/directory/vocabulary.js';
import { buildSozialraum } from '../../../testing/directory-factories.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { kommunen, schulen } from '../directory.schema.js';
import { importSchools } from '../use-cases/import-schools.js';
import { expectProblem, fieldsOf, realSchoolFile, signedIn } from './support.js';

let t: TestApp;
let reader: Session;
/** The parsed file is the yardstick for every count the API gives. */
let records: SchoolRecord[];
let koelnId: string;
let duesseldorfId: string;

beforeAll(async () => {
  t = await createTestApp();
  const report = await importSchools(t.database.db, { content: realSchoolFile(), actor: null });
  expect(report.ok).toBe(true);
  records = parseSchoolFile(realSchoolFile()).records;
  const ks = await t.database.db.select().from(kommunen).where(inArray(kommunen.ags, ['05315000', '05111000']));
  koelnId = ks.find((k) => k.ags === '05315000')!.id;
  duesseldorfId = ks.find((k) => k.ags === '05111000')!.id;
  // The least privileged role: reading the directory is open to every member.
  reader = (await signedIn(t.app, t.database.db, 'lesend')).session;
}, 120_000);
afterAll(async () => t.close());

interface SchoolPage {
  items: Schule[];
  total: number;
  page: number;
  pageSize: number;
  attribution: string;
}

async function list(query: string): Promise<SchoolPage> {
  const res = await call(t.app, reader, 'GET', `/api/directory/schulen${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SchoolPage;
}

/** Every school of a query, page by page, checking that paging neither repeats nor skips. */
async function all(query: string): Promise<Schule[]> {
  const out: Schule[] = [];
  for (let page = 1; ; page++) {
    const res = await list(`${query}&pageSize=200&page=${page}`);
    out.push(...res.items);
    if (res.items.length < 200) {
      expect(out).toHaveLength(res.total);
      expect(new Set(out.map((s) => s.id)).size).toBe(out.length);
      return out;
    }
  }
}

const count = (pred: (r: SchoolRecord) => boolean) => records.filter(pred).length;

describe('school list', () => {
  it('pages through all 5,407 schools by name with the data attribution', async () => {
    const res = await list('');
    expect(res).toMatchObject({ total: 5407, page: 1, pageSize: 25, attribution: schoolDataAttribution });
    expect(res.items).toHaveLength(25);
    expect(res.attribution).toContain('dl-de/by-2-0');
    const first = res.items[0]!;
    expect(Object.keys(first).sort()).toEqual(
      ['id', 'schulnummer', 'name', 'zusatz', 'schulform', 'kommuneId', 'kommuneName', 'sozialraumId', 'sozialraumName', 'strasse', 'plz', 'ort', 'rechtsstatus', 'schueler', 'sozialindex', 'startchancen', 'lat', 'lon', 'schuljahr', 'version'].sort(),
    );
  });

  it('filters by Kommune: Köln has 305 schools, Köln and Düsseldorf together as many as the file says', async () => {
    const koeln = await all(`kommuneId=${koelnId}`);
    expect(koeln).toHaveLength(305);
    expect(koeln.every((s) => s.kommuneId === koelnId && s.kommuneName === 'Köln')).toBe(true);
    const both = await list(`kommuneId=${koelnId},${duesseldorfId}`);
    expect(both.total).toBe(count((r) => r.ags === '05315000' || r.ags === '05111000'));
  });

  it('filters by one or more Schulformen', async () => {
    const gs = await list('schulform=Grundschule');
    expect(gs.total).toBe(count((r) => r.schulform === 'Grundschule'));
    expect(gs.total).toBe(2807);
    expect(gs.items.every((s) => s.schulform === 'Grundschule')).toBe(true);
    const two = await list(`schulform=${encodeURIComponent('Grundschule, Gymnasium')}`);
    expect(two.total).toBe(2807 + 627);
    const special = await list(`schulform=${encodeURIComponent('Förderschule Grund-/Hauptschule')}`);
    expect(special.total).toBe(count((r) => r.schulform === 'Förderschule Grund-/Hauptschule'));
  });

  it('filters by a Sozialindex range, only schools inside it', async () => {
    const high = await all('sozialindexMin=7&sozialindexMax=9');
    expect(high).toHaveLength(count((r) => r.sozialindex !== null && r.sozialindex >= 7));
    expect(high.every((s) => s.sozialindex !== null && s.sozialindex >= 7 && s.sozialindex <= 9)).toBe(true);
    const exactly = await list('sozialindexMin=3&sozialindexMax=3');
    expect(exactly.total).toBe(count((r) => r.sozialindex === 3));
    expect((await list('sozialindexMin=9')).total).toBe(count((r) => r.sozialindex === 9));
    expect((await list('sozialindexMax=1')).total).toBe(count((r) => r.sozialindex === 1));
  });

  it('finds the schools without a Sozialindex', async () => {
    const res = await list('ohneSozialindex=true&pageSize=200');
    expect(res.total).toBe(1265);
    expect(res.items.every((s) => s.sozialindex === null)).toBe(true);
    expect((await list('ohneSozialindex=false')).total).toBe(5407);
  });

  it('filters Startchancen schools: 920 of them, and the others', async () => {
    const yes = await list('startchancen=true&pageSize=200');
    expect(yes.total).toBe(920);
    expect(yes.items.every((s) => s.startchancen)).toBe(true);
    expect((await list('startchancen=false')).total).toBe(5407 - 920);
  });

  it('combines filters', async () => {
    const res = await all(`kommuneId=${koelnId}&startchancen=true&sozialindexMin=8&schulform=Grundschule`);
    expect(res).toHaveLength(count((r) => r.ags === '05315000' && r.startchancen && (r.sozialindex ?? 0) >= 8 && r.schulform === 'Grundschule'));
    expect(res.length).toBeGreaterThan(0);
  });

  it('searches by part of the name, case-insensitively, and by Schulnummer', async () => {
    const byName = await list('q=kartause');
    expect(byName.items.map((s) => s.schulnummer)).toContain('100020');
    expect(byName.total).toBe(count((r) => r.name.toLowerCase().includes('kartause') || (r.ort ?? '').toLowerCase().includes('kartause')));

    const byNumber = await list('q=100020');
    expect(byNumber.total).toBe(1);
    expect(byNumber.items[0]).toMatchObject({ schulnummer: '100020', name: 'Städt. Kath. Grundschule Kartause-Hain-Schule', kommuneName: 'Düsseldorf', sozialindex: 5, schueler: 220 });

    const byPrefix = await list('q=10002');
    expect(byPrefix.total).toBe(count((r) => r.schulnummer.includes('10002') || r.name.includes('10002') || (r.ort ?? '').includes('10002')));

    // Umlauts fold case too: "übach" finds the schools in Übach-Palenberg.
    const umlaut = await list(`q=${encodeURIComponent('übach')}`);
    expect(umlaut.total).toBe(count((r) => `${r.name} ${r.ort}`.toLowerCase().includes('übach')));
    expect(umlaut.total).toBeGreaterThan(0);

    // Wildcards are searched for, not used.
    expect((await list(`q=${encodeURIComponent('%')}`)).total).toBe(count((r) => r.name.includes('%')));
    expect((await list('q=_')).total).toBe(count((r) => r.name.includes('_') || (r.ort ?? '').includes('_')));
    expect((await list('q=gibt-es-nicht-xyz')).total).toBe(0);
    // A blank search is no search.
    expect((await list('q=%20%20')).total).toBe(5407);
  });

  it('sorts by Sozialindex descending with schools without an index last, stable across pages', async () => {
    const sorted = await all('sort=sozialindex&direction=desc');
    expect(sorted).toHaveLength(5407);
    const indices = sorted.map((s) => s.sozialindex);
    expect(indices[0]).toBe(9);
    const withIndex = indices.filter((i) => i !== null);
    expect(indices.slice(0, withIndex.length)).toEqual(withIndex);
    expect(indices.slice(withIndex.length).every((i) => i === null)).toBe(true);
    expect(withIndex).toEqual([...withIndex].sort((a, b) => b - a));
    // Ties are broken by Schulnummer, so the pages are the same on every request.
    const nines = sorted.filter((s) => s.sozialindex === 9).map((s) => s.schulnummer);
    expect(nines).toEqual([...nines].sort());
  });

  it('sorts by Sozialindex ascending, again with schools without an index last', async () => {
    const first = await list('sort=sozialindex&direction=asc&pageSize=5');
    expect(first.items.map((s) => s.sozialindex)).toEqual([1, 1, 1, 1, 1]);
    const last = await list(`sort=sozialindex&direction=asc&pageSize=5&page=${Math.ceil(5407 / 5)}`);
    expect(last.items.every((s) => s.sozialindex === null)).toBe(true);
  });

  it('sorts by pupil count ascending and descending', async () => {
    const asc = await list('sort=schueler&direction=asc&pageSize=50');
    const counts = asc.items.map((s) => s.schueler!);
    expect(counts[0]).toBe(Math.min(...records.map((r) => r.schueler!)));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const desc = await list('sort=schueler&direction=desc&pageSize=1');
    expect(desc.items[0]!.schueler).toBe(Math.max(...records.map((r) => r.schueler!)));
  });

  it('sorts by name, Schulnummer and Kommune in both directions', async () => {
    const blankenheim = records.filter((r) => r.kommuneName === 'Blankenheim');
    const kommune = (await t.database.db.select().from(kommunen).where(eq(kommunen.ags, blankenheim[0]!.ags)))[0]!;
    const asc = (await list(`kommuneId=${kommune.id}&sort=name`)).items.map((s) => s.name);
    const desc = (await list(`kommuneId=${kommune.id}&sort=name&direction=desc`)).items.map((s) => s.name);
    expect(asc).toHaveLength(blankenheim.length);
    expect(desc).toEqual([...asc].reverse());

    const byNumber = await list('sort=schulnummer&pageSize=3');
    expect(byNumber.items.map((s) => s.schulnummer)).toEqual(records.map((r) => r.schulnummer).sort().slice(0, 3));
    const byNumberDesc = await list('sort=schulnummer&direction=desc&pageSize=1');
    expect(byNumberDesc.items[0]!.schulnummer).toBe(records.map((r) => r.schulnummer).sort().at(-1));

    // Sorting by Kommune agrees with the order of the Kommune list.
    const kommunenRes = await call(t.app, reader, 'GET', '/api/directory/kommunen');
    const firstKommune = kommunenRes.json().items[0] as { name: string; schulen: number };
    const byKommune = await list(`sort=kommune&pageSize=${firstKommune.schulen}`);
    expect(byKommune.items.every((s) => s.kommuneName === firstKommune.name)).toBe(true);
  });

  it('pages without repeating and keeps the total stable', async () => {
    const p1 = await list('sort=schueler&pageSize=30&page=1');
    const p2 = await list('sort=schueler&pageSize=30&page=2');
    expect(p2.page).toBe(2);
    expect(p1.total).toBe(p2.total);
    const ids1 = new Set(p1.items.map((s) => s.id));
    expect(p2.items.some((s) => ids1.has(s.id))).toBe(false);
    // The two pages are exactly the first 60 of one request.
    const both = await list('sort=schueler&pageSize=60');
    expect(both.items.map((s) => s.id)).toEqual([...p1.items, ...p2.items].map((s) => s.id));
    const beyond = await list('pageSize=200&page=28');
    expect(beyond.items).toHaveLength(5407 - 27 * 200);
    expect((await list('pageSize=200&page=29')).items).toEqual([]);
  });
});

describe('bad queries are answered with 400 naming the field', () => {
  const cases: [string, string, RegExp][] = [
    ['sozialindexMin=0', 'sozialindexMin', /mindestens 1/],
    ['sozialindexMax=10', 'sozialindexMax', /höchstens 9/],
    ['sozialindexMin=x', 'sozialindexMin', /Zahl/],
    ['sozialindexMin=2.5', 'sozialindexMin', /ganze Zahl/],
    ['sozialindexMin=7&sozialindexMax=3', 'sozialindexMin', /kleinste Sozialindex darf nicht größer als der größte sein/],
    ['sort=foo', 'sort', /Sortierung muss eine von name, schulnummer/],
    ['direction=up', 'direction', /asc oder desc/],
    ['page=0', 'page', /mindestens 1/],
    ['page=abc', 'page', /Zahl/],
    ['pageSize=1000', 'pageSize', /höchstens 200/],
    ['pageSize=0', 'pageSize', /Seitengröße/],
    ['kommuneId=not-a-uuid', 'kommuneId', /Ungültige Kennung/],
    ['sozialraumId=123', 'sozialraumId', /Ungültige Kennung/],
    ['startchancen=ja', 'startchancen', /true oder false/],
    ['ohneSozialindex=1', 'ohneSozialindex', /true oder false/],
    [`q=${'x'.repeat(101)}`, 'q', /höchstens 100 Zeichen/],
  ];

  it.each(cases)('%s', async (query, field, message) => {
    const problem = expectProblem(await call(t.app, reader, 'GET', `/api/directory/schulen?${query}`), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual([field]);
    expect(problem.errors![0]!.message).toMatch(message);
    // German, not the validator's English defaults.
    expect(problem.errors![0]!.message).not.toMatch(/\b(expected|invalid|must|too)\b/i);
    expect(problem.detail).toContain(`„${field}“`);
  });

  it('names an unknown query parameter', async () => {
    const problem = expectProblem(await call(t.app, reader, 'GET', '/api/directory/schulen?kommune=Köln'), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(['kommune']);
    expect(problem.errors![0]!.message).toBe('Unbekannte Felder: kommune.');
  });
});

describe('one school', () => {
  it('returns a school by id', async () => {
    const [row] = await t.database.db.select().from(schulen).where(eq(schulen.schulnummer, '100020'));
    const res = await call(t.app, reader, 'GET', `/api/directory/schulen/${row!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: row!.id,
      schulnummer: '100020',
      name: 'Städt. Kath. Grundschule Kartause-Hain-Schule',
      zusatz: '- Primarstufe -',
      schulform: 'Grundschule',
      kommuneId: duesseldorfId,
      kommuneName: 'Düsseldorf',
      sozialraumId: null,
      sozialraumName: null,
      strasse: 'Unterrather Str. 76',
      plz: '40468',
      ort: 'Düsseldorf',
      rechtsstatus: 'oeffentlich',
      schueler: 220,
      sozialindex: 5,
      startchancen: false,
      lat: 51.2751293,
      lon: 6.7829699,
      schuljahr: '2024/25',
      version: 1,
    });
  });

  it('answers 404 for an unknown id and 400 naming id for a malformed one', async () => {
    const missing = expectProblem(await call(t.app, reader, 'GET', '/api/directory/schulen/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
    expect(missing.detail).toBe('Die Schule wurde nicht gefunden.');
    expect(fieldsOf(expectProblem(await call(t.app, reader, 'GET', '/api/directory/schulen/100020'), 400, 'validation_failed'))).toEqual(['id']);
  });
});

describe('Kommunen and Schulformen', () => {
  it('lists all 396 Kommunen with their school counts', async () => {
    const res = await call(t.app, reader, 'GET', '/api/directory/kommunen');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; ags: string; name: string; art: string; schulen: number }[];
    expect(items).toHaveLength(396);
    expect(items.reduce((n, k) => n + k.schulen, 0)).toBe(5407);
    expect(items.find((k) => k.ags === '05315000')).toEqual({ id: koelnId, ags: '05315000', name: 'Köln', art: 'kreisfreie-stadt', schulen: 305 });
    expect(items.find((k) => k.name === 'Kerpen')).toMatchObject({ art: 'kreisangehoerige-stadt' });
    expect(items.find((k) => k.name === 'Blankenheim')).toMatchObject({ art: 'kreisangehoerige-gemeinde' });
  });

  it('filters Kommunen by part of the name or by AGS', async () => {
    const byName = (await call(t.app, reader, 'GET', `/api/directory/kommunen?q=${encodeURIComponent('köln')}`)).json().items as { name: string }[];
    expect(byName.map((k) => k.name)).toContain('Köln');
    expect(byName.every((k) => k.name.toLowerCase().includes('köln'))).toBe(true);
    const byAgs = (await call(t.app, reader, 'GET', '/api/directory/kommunen?q=05315000')).json().items as { id: string }[];
    expect(byAgs.map((k) => k.id)).toEqual([koelnId]);
    expect((await call(t.app, reader, 'GET', '/api/directory/kommunen?q=gibt-es-nicht')).json().items).toEqual([]);
    expect(fieldsOf(expectProblem(await call(t.app, reader, 'GET', '/api/directory/kommunen?ags=1'), 400))).toEqual(['ags']);
    const tooLong = expectProblem(await call(t.app, reader, 'GET', `/api/directory/kommunen?q=${'x'.repeat(101)}`), 400);
    expect(tooLong.errors).toEqual([{ field: 'q', message: 'Suchbegriff höchstens 100 Zeichen.' }]);
  });

  it('shows a Kommune with its figures and Sozialräume', async () => {
    const koeln = records.filter((r) => r.ags === '05315000');
    const raum = await buildSozialraum(t.database.db, koelnId, 'Chorweiler');
    const two = koeln.slice(0, 2).map((r) => r.schulnummer);
    await t.database.db.update(schulen).set({ sozialraumId: raum.id }).where(inArray(schulen.schulnummer, two));

    const res = await call(t.app, reader, 'GET', `/api/directory/kommunen/${koelnId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: koelnId,
      ags: '05315000',
      name: 'Köln',
      art: 'kreisfreie-stadt',
      schulen: 305,
      schueler: koeln.reduce((n, r) => n + (r.schueler ?? 0), 0),
      mitSozialindex: koeln.filter((r) => r.sozialindex !== null).length,
      startchancenSchulen: koeln.filter((r) => r.startchancen).length,
      sozialraeume: [{ id: raum.id, kommuneId: koelnId, name: 'Chorweiler', beschreibung: null, version: 1, schulen: 2 }],
      attribution: schoolDataAttribution,
    });
    expect(res.json().startchancenSchulen).toBeGreaterThan(0);

    const inRaum = await list(`sozialraumId=${raum.id}`);
    expect(inRaum.items.map((s) => s.schulnummer).sort()).toEqual([...two].sort());
    expect(inRaum.items.every((s) => s.sozialraumName === 'Chorweiler')).toBe(true);
  });

  it('answers 404 for an unknown Kommune', async () => {
    const problem = expectProblem(await call(t.app, reader, 'GET', '/api/directory/kommunen/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
    expect(problem.detail).toBe('Die Kommune wurde nicht gefunden.');
  });

  it('lists the Schulformen that occur, sorted', async () => {
    const res = await call(t.app, reader, 'GET', '/api/directory/schulformen');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as string[];
    expect([...items].sort()).toEqual([...new Set(records.map((r) => r.schulform))].sort());
    expect(items).toHaveLength(14);
    expect(items).toContain('Grundschule');
  });
});

describe('signed out', () => {
  it.each(['/api/directory/schulen', '/api/directory/schulen/00000000-0000-4000-8000-000000000000', '/api/directory/kommunen', `/api/directory/kommunen/00000000-0000-4000-8000-000000000000`, '/api/directory/schulformen'])(
    'GET %s answers 401',
    async (url) => {
      expectProblem(await call(t.app, null, 'GET', url), 401, 'unauthenticated');
    },
  );
});
