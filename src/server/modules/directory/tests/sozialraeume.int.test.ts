import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schule, Sozialraum } from '../../../../domain/directory/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import { buildKommune, buildSchool } from '../../../testing/directory-factories.js';
import { findScope } from '../../identity/identity.repository.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { schulen, sozialraeume } from '../directory.schema.js';
import { expectProblem, fieldsOf, signedIn } from './support.js';

let t: TestApp;
let A: Awaited<ReturnType<typeof buildKommune>>;
let B: Awaited<ReturnType<typeof buildKommune>>;
let schoolA1: Awaited<ReturnType<typeof buildSchool>>;
let schoolA2: Awaited<ReturnType<typeof buildSchool>>;
let schoolB1: Awaited<ReturnType<typeof buildSchool>>;
let coordA: { user: { id: string }; session: Session };
let coordB: Session;
let schulleitungA: Session;
let fachkraftA: Session;
let landeskoordinationA: Session;

const CONFLICT = 'Die Daten wurden inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und wiederholen Sie Ihre Änderung.';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  A = await buildKommune(db, { name: 'Kommune A' });
  B = await buildKommune(db, { name: 'Kommune B' });
  schoolA1 = await buildSchool(db, { kommuneScope: A.scope, name: 'Grundschule A1' });
  schoolA2 = await buildSchool(db, { kommuneScope: A.scope, name: 'Grundschule A2' });
  schoolB1 = await buildSchool(db, { kommuneScope: B.scope, name: 'Grundschule B1' });
  coordA = await signedIn(t.app, db, 'kommunalkoordination', A.scope);
  coordB = (await signedIn(t.app, db, 'kommunalkoordination', B.scope)).session;
  schulleitungA = (await signedIn(t.app, db, 'schulleitung', schoolA1.scope)).session;
  fachkraftA = (await signedIn(t.app, db, 'fachkraft', A.scope)).session;
  landeskoordinationA = (await signedIn(t.app, db, 'landeskoordination', (await findScope(db, A.scope.parentId!))!)).session;
});
afterAll(async () => t.close());

const create = (as: Session, kommuneId: string, body: unknown) => call(t.app, as, 'POST', `/api/directory/kommunen/${kommuneId}/sozialraeume`, body);
const assign = (as: Session, schuleId: string, body: unknown) => call(t.app, as, 'PUT', `/api/directory/schulen/${schuleId}/sozialraum`, body);
const rename = (as: Session, id: string, body: unknown) => call(t.app, as, 'PATCH', `/api/directory/sozialraeume/${id}`, body);
const remove = (as: Session, id: string) => call(t.app, as, 'DELETE', `/api/directory/sozialraeume/${id}`);
const school = async (id: string) => (await call(t.app, coordA.session, 'GET', `/api/directory/schulen/${id}`)).json() as Schule;
const raeumeOf = async (kommuneId: string) => (await call(t.app, coordA.session, 'GET', `/api/directory/kommunen/${kommuneId}`)).json().sozialraeume as Sozialraum[];
const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
const unknownId = '00000000-0000-4000-8000-000000000000';

async function createdRaum(name: string, kommuneId = A.kommune.id, as = coordA.session): Promise<Sozialraum> {
  const res = await create(as, kommuneId, { name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Sozialraum;
}

describe('creating a Sozialraum', () => {
  it('lets the coordinator of the Kommune create one (201) and audits it', async () => {
    const res = await create(coordA.session, A.kommune.id, { name: '  Nord  ', beschreibung: 'Stadtteile nördlich der Bahn' });
    expect(res.statusCode, res.body).toBe(201);
    const raum = res.json() as Sozialraum;
    expect(raum).toEqual({ id: expect.any(String), kommuneId: A.kommune.id, name: 'Nord', beschreibung: 'Stadtteile nördlich der Bahn', version: 1, schulen: 0 });
    expect(await raeumeOf(A.kommune.id)).toEqual([raum]);
    const [entry] = await auditOf(raum.id);
    expect(entry).toMatchObject({ action: 'sozialraum.created', entityType: 'sozialraum', actorId: coordA.user.id, scopeId: A.kommune.id, after: { id: raum.id, name: 'Nord' } });
  });

  it('refuses a name the Kommune already has, ignoring case, with 409 naming the field', async () => {
    const problem = expectProblem(await create(coordA.session, A.kommune.id, { name: 'NORD' }), 409, 'sozialraum_exists');
    expect(problem.detail).toBe('Den Sozialraum „NORD“ gibt es in Kommune A bereits.');
    expect(problem.errors).toEqual([{ field: 'name', message: 'Diesen Namen gibt es hier bereits.' }]);
    expect((await raeumeOf(A.kommune.id)).map((r) => r.name)).toEqual(['Nord']);
  });

  it('allows the same name in another Kommune', async () => {
    const raum = await createdRaum('Nord', B.kommune.id, coordB);
    expect(raum.kommuneId).toBe(B.kommune.id);
  });

  it('creates one of several simultaneous requests with the same name and refuses the others', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => create(coordA.session, A.kommune.id, { name: 'Gleichzeitig' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expectProblem(r, 409, 'sozialraum_exists');
    expect(await t.database.db.$count(sozialraeume, and(eq(sozialraeume.kommuneId, A.kommune.id), eq(sozialraeume.name, 'Gleichzeitig')))).toBe(1);
  });

  it('answers bad input with 400 naming the field and creates nothing', async () => {
    const before = await t.database.db.$count(sozialraeume);
    const cases: [unknown, string, RegExp][] = [
      [{ name: 'N' }, 'name', /mindestens 2 Zeichen/],
      [{ name: '   ' }, 'name', /mindestens 2 Zeichen/],
      [{ name: 'x'.repeat(121) }, 'name', /höchstens 120 Zeichen/],
      [{}, 'name', /Das Feld „name“ fehlt/],
      [{ name: 42 }, 'name', /Bitte einen Namen angeben/],
      [{ name: 'Süd', beschreibung: 'x'.repeat(2001) }, 'beschreibung', /höchstens 2\.000 Zeichen/],
      [{ name: 'Süd', kommuneId: B.kommune.id }, 'kommuneId', /Unbekannte Felder: kommuneId/],
    ];
    for (const [body, field, message] of cases) {
      const problem = expectProblem(await create(coordA.session, A.kommune.id, body), 400, 'validation_failed');
      expect(fieldsOf(problem), JSON.stringify(body)).toEqual([field]);
      expect(problem.errors![0]!.message).toMatch(message);
    }
    expect(fieldsOf(expectProblem(await create(coordA.session, 'kommune-a', { name: 'Süd' }), 400))).toEqual(['id']);
    expect(await t.database.db.$count(sozialraeume)).toBe(before);
  });

  it('answers 404 for an unknown Kommune', async () => {
    expect(expectProblem(await create(coordA.session, unknownId, { name: 'Süd' }), 404, 'not_found').detail).toBe('Die Kommune wurde nicht gefunden.');
  });

  it('is refused to the coordinator of another Kommune, to school leadership and to professionals', async () => {
    for (const as of [coordB, schulleitungA, fachkraftA]) expectProblem(await create(as, A.kommune.id, { name: 'Verboten' }), 403, 'forbidden');
    expect((await raeumeOf(A.kommune.id)).map((r) => r.name)).not.toContain('Verboten');
  });

  it('is allowed to the Landeskoordination above the Kommune', async () => {
    await createdRaum('Land-Ebene', A.kommune.id, landeskoordinationA);
  });
});

describe('assigning schools', () => {
  let nord: Sozialraum;
  beforeAll(async () => {
    nord = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord')!;
  });

  it('assigns a school of the Kommune with the current version; the school shows the Sozialraum', async () => {
    const res = await assign(coordA.session, schoolA1.schule.id, { sozialraumId: nord.id, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: schoolA1.schule.id, sozialraumId: nord.id, sozialraumName: 'Nord', version: 2 });
    expect(await school(schoolA1.schule.id)).toMatchObject({ sozialraumId: nord.id, sozialraumName: 'Nord', version: 2 });
    const entries = await auditOf(schoolA1.schule.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'schule.sozialraum_assigned',
      actorId: coordA.user.id,
      before: { sozialraumId: null },
      after: { sozialraumId: nord.id },
    });
  });

  it('detects a concurrent edit: a stale version gets 409 with a clear message and changes nothing', async () => {
    const other = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Land-Ebene')!;
    const audits = (await auditOf(schoolA1.schule.id)).length;
    const problem = expectProblem(await assign(coordA.session, schoolA1.schule.id, { sozialraumId: other.id, version: 1 }), 409, 'conflict');
    expect(problem.detail).toBe(CONFLICT);
    expect(await school(schoolA1.schule.id)).toMatchObject({ sozialraumId: nord.id, version: 2 });
    expect(await auditOf(schoolA1.schule.id)).toHaveLength(audits);
  });

  it('refuses a Sozialraum of another Kommune or an unknown one with 400 naming sozialraumId', async () => {
    const nordB = (await raeumeOf(B.kommune.id)).find((r) => r.name === 'Nord')!;
    for (const sozialraumId of [nordB.id, unknownId]) {
      const problem = expectProblem(await assign(coordA.session, schoolA2.schule.id, { sozialraumId, version: 1 }), 400, 'validation_failed');
      expect(problem.errors).toEqual([{ field: 'sozialraumId', message: 'Diesen Sozialraum gibt es in der Kommune der Schule nicht.' }]);
    }
    expect(await school(schoolA2.schule.id)).toMatchObject({ sozialraumId: null, version: 1 });
  });

  it('answers bad bodies with 400 naming the field and unknown schools with 404', async () => {
    expect(fieldsOf(expectProblem(await assign(coordA.session, schoolA2.schule.id, { sozialraumId: nord.id }), 400))).toEqual(['version']);
    expect(fieldsOf(expectProblem(await assign(coordA.session, schoolA2.schule.id, { sozialraumId: 'nord', version: 1 }), 400))).toEqual(['sozialraumId']);
    expect(fieldsOf(expectProblem(await assign(coordA.session, schoolA2.schule.id, { version: 1 }), 400))).toEqual(['sozialraumId']);
    expectProblem(await assign(coordA.session, unknownId, { sozialraumId: nord.id, version: 1 }), 404, 'not_found');
  });

  it('is refused to the coordinator of another Kommune and to the school leadership, even of that school', async () => {
    for (const as of [coordB, schulleitungA, fachkraftA]) expectProblem(await assign(as, schoolA2.schule.id, { sozialraumId: nord.id, version: 1 }), 403, 'forbidden');
    // A coordinator cannot pull a foreign school into their own Sozialraum either.
    const nordB = (await raeumeOf(B.kommune.id)).find((r) => r.name === 'Nord')!;
    expectProblem(await assign(coordA.session, schoolB1.schule.id, { sozialraumId: nordB.id, version: 1 }), 403, 'forbidden');
    expect(await school(schoolA2.schule.id)).toMatchObject({ sozialraumId: null, version: 1 });
  });

  it('filters the school list by Sozialraum and counts the schools per Sozialraum', async () => {
    const res = await call(t.app, schulleitungA, 'GET', `/api/directory/schulen?sozialraumId=${nord.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, items: [{ id: schoolA1.schule.id, sozialraumName: 'Nord' }] });
    expect((await raeumeOf(A.kommune.id)).find((r) => r.id === nord.id)!.schulen).toBe(1);
  });

  it('releases a school from its Sozialraum with null', async () => {
    const res = await assign(coordA.session, schoolA1.schule.id, { sozialraumId: null, version: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sozialraumId: null, sozialraumName: null, version: 3 });
    expect((await assign(coordA.session, schoolA1.schule.id, { sozialraumId: nord.id, version: 3 })).statusCode).toBe(200);
  });
});

describe('renaming a Sozialraum', () => {
  it('renames with the current version; assigned schools show the new name', async () => {
    const nord = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord')!;
    const res = await rename(coordA.session, nord.id, { name: 'Nord-Ost', beschreibung: null, version: nord.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ...nord, name: 'Nord-Ost', beschreibung: null, version: nord.version + 1 });
    expect(await school(schoolA1.schule.id)).toMatchObject({ sozialraumName: 'Nord-Ost' });
    expect((await auditOf(nord.id)).at(-1)).toMatchObject({
      action: 'sozialraum.updated',
      actorId: coordA.user.id,
      before: { name: 'Nord', version: 1 },
      after: { name: 'Nord-Ost', version: 2 },
    });
  });

  it('answers a stale version with 409 and the German message, changing nothing', async () => {
    const raum = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord-Ost')!;
    const problem = expectProblem(await rename(coordA.session, raum.id, { name: 'Nord-West', version: 1 }), 409, 'conflict');
    expect(problem.detail).toBe(CONFLICT);
    expect((await raeumeOf(A.kommune.id)).find((r) => r.id === raum.id)).toEqual(raum);
  });

  it('refuses the name of another Sozialraum of the Kommune with 409 naming the field', async () => {
    const raum = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord-Ost')!;
    const problem = expectProblem(await rename(coordA.session, raum.id, { name: 'land-ebene', version: raum.version }), 409, 'sozialraum_exists');
    expect(fieldsOf(problem)).toEqual(['name']);
    expect((await raeumeOf(A.kommune.id)).find((r) => r.id === raum.id)).toEqual(raum);
    // Changing only the case of its own name is fine.
    const res = await rename(coordA.session, raum.id, { name: 'NORD-OST', version: raum.version });
    expect(res.statusCode, res.body).toBe(200);
    expect((await rename(coordA.session, raum.id, { name: 'Nord-Ost', version: raum.version + 1 })).statusCode).toBe(200);
  });

  it('answers bad input with 400, foreign coordinators with 403 and unknown ids with 404', async () => {
    const raum = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord-Ost')!;
    expect(fieldsOf(expectProblem(await rename(coordA.session, raum.id, { name: 'Süd' }), 400))).toEqual(['version']);
    expect(fieldsOf(expectProblem(await rename(coordA.session, raum.id, { name: 'S', version: raum.version }), 400))).toEqual(['name']);
    expect(fieldsOf(expectProblem(await rename(coordA.session, raum.id, { name: 'Süd', version: 'eins' }), 400))).toEqual(['version']);
    expect(expectProblem(await rename(coordA.session, raum.id, { name: 'Süd' }), 400).errors).toEqual([{ field: 'version', message: 'Das Feld „version“ fehlt.' }]);
    expectProblem(await rename(coordB, raum.id, { name: 'Übernommen', version: raum.version }), 403, 'forbidden');
    expectProblem(await rename(schulleitungA, raum.id, { name: 'Übernommen', version: raum.version }), 403, 'forbidden');
    expectProblem(await rename(coordA.session, unknownId, { name: 'Süd', version: 1 }), 404, 'not_found');
    expect((await raeumeOf(A.kommune.id)).find((r) => r.id === raum.id)).toEqual(raum);
  });
});

describe('deleting a Sozialraum', () => {
  it('is refused to foreign coordinators and school leadership', async () => {
    const raum = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord-Ost')!;
    for (const as of [coordB, schulleitungA]) expectProblem(await remove(as, raum.id), 403, 'forbidden');
    expect((await raeumeOf(A.kommune.id)).map((r) => r.id)).toContain(raum.id);
  });

  it('deletes it (204); its schools stay, without a Sozialraum, and the deletion is audited', async () => {
    const raum = (await raeumeOf(A.kommune.id)).find((r) => r.name === 'Nord-Ost')!;
    await t.database.db.update(schulen).set({ sozialraumId: raum.id }).where(eq(schulen.id, schoolA2.schule.id));
    const res = await remove(coordA.session, raum.id);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');

    expect((await raeumeOf(A.kommune.id)).map((r) => r.id)).not.toContain(raum.id);
    const rows = await t.database.db.select().from(schulen).where(inArray(schulen.id, [schoolA1.schule.id, schoolA2.schule.id]));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.sozialraumId === null)).toBe(true);
    expect(await school(schoolA1.schule.id)).toMatchObject({ sozialraumId: null, sozialraumName: null });
    const list = await call(t.app, coordA.session, 'GET', `/api/directory/schulen?sozialraumId=${raum.id}`);
    expect(list.json().total).toBe(0);
    expect((await auditOf(raum.id)).at(-1)).toMatchObject({ action: 'sozialraum.deleted', actorId: coordA.user.id, before: { name: 'Nord-Ost' } });

    expectProblem(await remove(coordA.session, raum.id), 404, 'not_found');
    expectProblem(await rename(coordA.session, raum.id, { name: 'Wieder da', version: raum.version }), 404, 'not_found');
  });

  it('leaves a trail in the audit log for every change made here', async () => {
    const actions = (await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorId, coordA.user.id))).map((e) => e.action);
    for (const action of ['sozialraum.created', 'schule.sozialraum_assigned', 'sozialraum.updated', 'sozialraum.deleted']) expect(actions).toContain(action);
  });
});
