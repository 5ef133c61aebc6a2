import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Akteur, AkteurTyp } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildAkteur } from './factories.js';
import {
  akteurAsBody,
  auditOf,
  bodyOf,
  buildIsolatedKommune,
  buildMappingTenants,
  CONFLICT_MESSAGE,
  expectProblem,
  fieldsOf,
  mappingApi,
  signedIn,
  UNKNOWN_ID,
  validAkteur,
  type MappingApi,
  type MappingTenants,
  type Page,
} from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let coordinator: Session;
let kommuneA: string;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  kommuneA = tenants.kommuneA.id;
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>) => bodyOf<Akteur>(await api.createAkteur(coordinator, kommuneA, validAkteur(body)), 201);

describe('creating an actor', () => {
  it('stores every field and answers with the presented actor', async () => {
    const res = await api.createAkteur(coordinator, kommuneA, {
      name: '  Jugendamt Musterstadt ',
      typ: 'jugendamt',
      kreis: 'steuergruppe',
      beschreibung: 'Allgemeiner Sozialer Dienst',
      kontaktFunktion: 'Teamleitung',
      kontaktEmail: ' ASD@Musterstadt.DE ',
      kontaktTelefon: '+49 (221) 123-45',
      standortIds: [tenants.schuleA1.id, tenants.schuleA2.id, tenants.schuleA1.id],
      geteilt: true,
    });
    const akteur = bodyOf<Akteur>(res, 201);
    expect(akteur).toMatchObject({
      kommuneId: kommuneA,
      kommuneName: 'Kommune A',
      name: 'Jugendamt Musterstadt',
      typ: 'jugendamt',
      typLabel: 'Jugendamt',
      kreis: 'steuergruppe',
      beschreibung: 'Allgemeiner Sozialer Dienst',
      kontaktFunktion: 'Teamleitung',
      kontaktEmail: 'asd@musterstadt.de',
      kontaktTelefon: '+49 (221) 123-45',
      geteilt: true,
      archiviert: false,
      version: 1,
    });
    // Sites are kept once each, sorted by name.
    expect(akteur.standorte).toEqual([
      { id: tenants.schuleA2.id, name: 'Gesamtschule Nord' },
      { id: tenants.schuleA1.id, name: 'Grundschule Am Park' },
    ]);
    expect(bodyOf<Akteur>(await api.getAkteur(coordinator, akteur.id))).toEqual(akteur);
  });

  it('defaults to unshared, without sites and without contact data', async () => {
    const akteur = await create({ name: 'Verein Lesepaten' });
    expect(akteur).toMatchObject({ geteilt: false, standorte: [], beschreibung: null, kontaktFunktion: null, kontaktEmail: null, kontaktTelefon: null });
  });

  it('accepts the type by its code or its German label (any case, with or without umlauts)', async () => {
    for (const [typ, code, label] of [
      ['schulpsychologischer-dienst', 'schulpsychologischer-dienst', 'Schulpsychologischer Dienst'],
      ['Schulpsychologischer Dienst', 'schulpsychologischer-dienst', 'Schulpsychologischer Dienst'],
      ['kindertageseinrichtung', 'kita', 'Kindertageseinrichtung'],
      ['Freier Träger', 'freier-traeger', 'Freier Träger'],
      ['FREIER TRAEGER', 'freier-traeger', 'Freier Träger'],
      ['Bildungsbuero', 'bildungsbuero', 'Bildungsbüro'],
    ]) {
      const akteur = await create({ typ });
      expect(akteur, typ).toMatchObject({ typ: code, typLabel: label });
    }
  });

  it('refuses an unknown type with 400 naming typ', async () => {
    const problem = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ typ: 'Raumfahrtbehörde' })), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual(['typ']);
    expect(problem.detail).toBe('Die Art „Raumfahrtbehörde“ ist unbekannt. Wählen Sie eine vorhandene Art oder legen Sie sie zuerst an.');
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ typ: '   ' })), 400))).toEqual(['typ']);
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ typ: 'x'.repeat(81) })), 400))).toEqual(['typ']);
  });

  it('refuses a missing or too short name and an unknown Kreis, naming the field', async () => {
    const { name: _name, ...withoutName } = validAkteur();
    expect(expectProblem(await api.createAkteur(coordinator, kommuneA, withoutName), 400).errors).toEqual([{ field: 'name', message: 'Das Feld „name“ fehlt.' }]);
    expect(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ name: ' A ' })), 400).errors).toEqual([
      { field: 'name', message: 'Der Name muss mindestens 2 Zeichen lang sein.' },
    ]);
    const kreis = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ kreis: 'vorstand' })), 400);
    expect(kreis.errors).toEqual([{ field: 'kreis', message: 'Kreis muss Steuergruppe, Kernteam vor Ort oder Externe Partner:innen sein.' }]);
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ rolle: 'x' })), 400))).toEqual(['rolle']);
  });

  it('checks the contact e-mail (a function address), keeps it lower case and treats an empty one as none', async () => {
    for (const email of ['keine-adresse', 'a@', '@b.de', 'zwei@@b.de', 'leer zeichen@b.de']) {
      const problem = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ kontaktEmail: email })), 400, 'validation_failed');
      expect(problem.errors, email).toEqual([{ field: 'kontaktEmail', message: 'Bitte eine gültige E-Mail-Adresse angeben (Funktionsadresse).' }]);
    }
    const tooLong = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ kontaktEmail: `${'a'.repeat(250)}@b.de` })), 400);
    expect(fieldsOf(tooLong)).toEqual(['kontaktEmail']);
    expect((await create({ kontaktEmail: 'Info@Traeger.de' })).kontaktEmail).toBe('info@traeger.de');
    expect((await create({ kontaktEmail: '' })).kontaktEmail).toBeNull();
    expect((await create({ kontaktEmail: null })).kontaktEmail).toBeNull();
  });

  it('checks the phone number', async () => {
    const problem = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ kontaktTelefon: '0221 ruf mich an' })), 400);
    expect(problem.errors).toEqual([{ field: 'kontaktTelefon', message: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.' }]);
    expect((await create({ kontaktTelefon: '0221/987-0' })).kontaktTelefon).toBe('0221/987-0');
  });

  it('accepts only schools of the same Kommune as sites (400 naming standortIds)', async () => {
    const foreign = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ standortIds: [tenants.schuleA1.id, tenants.schuleB.id] })), 400, 'validation_failed');
    expect(foreign.errors).toEqual([{ field: 'standortIds', message: 'Ein Standort ist keine Schule in Kommune A.' }]);
    // A Netzwerk is a scope of the Kommune but not a school; an unknown id is nothing at all.
    const two = expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ standortIds: [tenants.netzwerkA.id, UNKNOWN_ID] })), 400);
    expect(two.errors).toEqual([{ field: 'standortIds', message: '2 Standorte sind keine Schule in Kommune A.' }]);
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ standortIds: ['schule-1'] })), 400))).toEqual(['standortIds.0']);
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ standortIds: tenants.schuleA1.id })), 400))).toEqual(['standortIds']);
  });

  it('answers 404 for an unknown Kommune and 400 for an invalid id', async () => {
    expectProblem(await api.createAkteur(coordinator, UNKNOWN_ID, validAkteur()), 404, 'not_found');
    expect(fieldsOf(expectProblem(await api.createAkteur(coordinator, 'kommune-a', validAkteur()), 400))).toEqual(['id']);
    expectProblem(await api.getAkteur(coordinator, UNKNOWN_ID), 404, 'not_found');
  });

  it('writes nothing when the input is refused', async () => {
    const before = bodyOf<Page<Akteur>>(await api.listAkteure(coordinator, kommuneA, '?pageSize=1')).total;
    expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ standortIds: [tenants.schuleB.id] })), 400);
    expectProblem(await api.createAkteur(coordinator, kommuneA, validAkteur({ typ: 'unbekannt' })), 400);
    expect(bodyOf<Page<Akteur>>(await api.listAkteure(coordinator, kommuneA, '?pageSize=1')).total).toBe(before);
  });
});

describe('custom actor types', () => {
  it('adds a type to the Kommune, lists it after the standard types and accepts it by label or code', async () => {
    const typ = bodyOf<AkteurTyp>(await api.createAkteurTyp(coordinator, kommuneA, { label: ' Stadtteilbibliothek ' }), 201);
    expect(typ).toEqual({ code: 'eigen-stadtteilbibliothek', label: 'Stadtteilbibliothek', eigen: true });

    const { items } = bodyOf<{ items: AkteurTyp[] }>(await api.akteurTypen(coordinator, kommuneA));
    expect(items.filter((i) => !i.eigen).map((i) => i.code)).toContain('jugendamt');
    expect(items.at(-1)).toEqual(typ);
    expect(items.find((i) => i.code === 'kita')).toEqual({ code: 'kita', label: 'Kindertageseinrichtung', eigen: false });

    expect(await create({ typ: 'Stadtteilbibliothek' })).toMatchObject({ typ: 'eigen-stadtteilbibliothek', typLabel: 'Stadtteilbibliothek' });
    expect(await create({ typ: 'eigen-stadtteilbibliothek' })).toMatchObject({ typ: 'eigen-stadtteilbibliothek', typLabel: 'Stadtteilbibliothek' });
    expect(await create({ typ: 'stadtteilbibliothek' })).toMatchObject({ typ: 'eigen-stadtteilbibliothek' });
  });

  it('keeps custom types to their Kommune', async () => {
    await api.createAkteurTyp(coordinator, kommuneA, { label: 'Familienzentrum' });
    const admin = (await signedIn(t.app, t.database.db, 'administration')).session;
    const problem = expectProblem(await api.createAkteur(admin, tenants.kommuneB.id, validAkteur({ typ: 'Familienzentrum' })), 400);
    expect(fieldsOf(problem)).toEqual(['typ']);
    const { items } = bodyOf<{ items: AkteurTyp[] }>(await api.akteurTypen(admin, tenants.kommuneB.id));
    expect(items.some((i) => i.eigen)).toBe(false);
  });

  it('refuses a label that already exists as a standard or own type with 409 naming label', async () => {
    await api.createAkteurTyp(coordinator, kommuneA, { label: 'Quartiersmanagement' });
    for (const label of ['Quartiersmanagement', 'quartiersmanagement', 'Jugendamt', 'kita', 'Freier Traeger']) {
      const problem = expectProblem(await api.createAkteurTyp(coordinator, kommuneA, { label }), 409, 'typ_exists');
      expect(fieldsOf(problem), label).toEqual(['label']);
      expect(problem.detail).toBe(`Die Art „${label}“ gibt es bereits.`);
    }
  });

  it('refuses a label without letters or digits and one of wrong length with 400/409 naming label', async () => {
    expect(fieldsOf(expectProblem(await api.createAkteurTyp(coordinator, kommuneA, { label: 'x' }), 400))).toEqual(['label']);
    expect(fieldsOf(expectProblem(await api.createAkteurTyp(coordinator, kommuneA, { label: 'x'.repeat(81) }), 400))).toEqual(['label']);
    expect(fieldsOf(expectProblem(await api.createAkteurTyp(coordinator, kommuneA, { label: '---' }), 409))).toEqual(['label']);
  });

  it('is kept by coordinators only', async () => {
    const schulleitung = (await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA1)).session;
    expectProblem(await api.createAkteurTyp(schulleitung, kommuneA, { label: 'Schulförderverein' }), 403, 'forbidden');
    // Reading the vocabulary is open to the school.
    expect(bodyOf<{ items: AkteurTyp[] }>(await api.akteurTypen(schulleitung, kommuneA)).items.length).toBeGreaterThan(10);
  });
});

describe('changing an actor', () => {
  it('changes every field with the current version and counts the version up', async () => {
    const akteur = await create({ name: 'Offener Ganztag Am Park', typ: 'offener-ganztag', standortIds: [tenants.schuleA1.id] });
    const res = await api.updateAkteur(coordinator, akteur.id, {
      ...akteurAsBody(akteur),
      name: 'OGS Am Park',
      typ: 'Verein',
      kreis: 'extern',
      beschreibung: 'Träger der OGS',
      kontaktEmail: 'ogs@example.org',
      standortIds: [tenants.schuleA2.id],
      geteilt: true,
    });
    const changed = bodyOf<Akteur>(res);
    expect(changed).toMatchObject({
      id: akteur.id,
      name: 'OGS Am Park',
      typ: 'verein',
      kreis: 'extern',
      beschreibung: 'Träger der OGS',
      kontaktEmail: 'ogs@example.org',
      standorte: [{ id: tenants.schuleA2.id, name: 'Gesamtschule Nord' }],
      geteilt: true,
      version: 2,
    });
    expect(new Date(changed.aktualisiertAm).getTime()).toBeGreaterThanOrEqual(new Date(akteur.aktualisiertAm).getTime());
    // Clearing optional fields.
    const cleared = bodyOf<Akteur>(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(changed), beschreibung: null, kontaktEmail: '', standortIds: [] }));
    expect(cleared).toMatchObject({ beschreibung: null, kontaktEmail: null, standorte: [], version: 3 });
  });

  it('refuses a stale version with 409 and a German message, leaving the actor as it was', async () => {
    const akteur = await create({ name: 'Gesundheitsamt Kreis', typ: 'gesundheitsamt' });
    bodyOf<Akteur>(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), name: 'Gesundheitsamt neu' }));
    const problem = expectProblem(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), name: 'Veraltete Änderung' }), 409, 'conflict');
    expect(problem.detail).toBe(CONFLICT_MESSAGE);
    expect(problem.title).toBe('Konflikt');
    expect(bodyOf<Akteur>(await api.getAkteur(coordinator, akteur.id))).toMatchObject({ name: 'Gesundheitsamt neu', version: 2 });
    expect((await auditOf(t.database.db, akteur.id)).map((e) => e.action)).toEqual(['akteur.created', 'akteur.updated']);
  });

  it('needs the version and validates like creating', async () => {
    const akteur = await create({});
    const { version: _v, ...withoutVersion } = akteurAsBody(akteur);
    expect(expectProblem(await api.updateAkteur(coordinator, akteur.id, withoutVersion), 400).errors).toEqual([{ field: 'version', message: 'Das Feld „version“ fehlt.' }]);
    expect(fieldsOf(expectProblem(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), version: '1' }), 400))).toEqual(['version']);
    expect(fieldsOf(expectProblem(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), typ: 'Unbekannt' }), 400))).toEqual(['typ']);
    expect(fieldsOf(expectProblem(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), standortIds: [tenants.schuleB.id] }), 400))).toEqual(['standortIds']);
    expectProblem(await api.updateAkteur(coordinator, UNKNOWN_ID, akteurAsBody(akteur)), 404, 'not_found');
    expect(bodyOf<Akteur>(await api.getAkteur(coordinator, akteur.id)).version).toBe(1);
  });
});

describe('archiving and restoring an actor', () => {
  it('archives with the current version, hides the actor from the default list and brings it back on restore', async () => {
    const akteur = await create({ name: 'Archivierbarer Verein', typ: 'verein' });
    const archived = bodyOf<Akteur>(await api.archiveAkteur(coordinator, akteur.id, akteur.version));
    expect(archived).toMatchObject({ archiviert: true, version: 2 });

    const active = bodyOf<Page<Akteur>>(await api.listAkteure(coordinator, kommuneA, '?pageSize=200'));
    expect(active.items.map((a) => a.id)).not.toContain(akteur.id);
    expect(active.items.every((a) => !a.archiviert)).toBe(true);
    const shelf = bodyOf<Page<Akteur>>(await api.listAkteure(coordinator, kommuneA, '?archiviert=true&pageSize=200'));
    expect(shelf.items.map((a) => a.id)).toContain(akteur.id);
    expect(shelf.items.every((a) => a.archiviert)).toBe(true);
    // Still readable on its own.
    expect(bodyOf<Akteur>(await api.getAkteur(coordinator, akteur.id)).archiviert).toBe(true);

    expectProblem(await api.restoreAkteur(coordinator, akteur.id, 1), 409, 'conflict');
    const restored = bodyOf<Akteur>(await api.restoreAkteur(coordinator, akteur.id, 2));
    expect(restored).toMatchObject({ archiviert: false, version: 3 });
    expect(bodyOf<Page<Akteur>>(await api.listAkteure(coordinator, kommuneA, '?pageSize=200')).items.map((a) => a.id)).toContain(akteur.id);
    expect((await auditOf(t.database.db, akteur.id)).map((e) => e.action)).toEqual(['akteur.created', 'akteur.archived', 'akteur.restored']);
  });

  it('refuses a stale version and a missing body', async () => {
    const akteur = await create({});
    expectProblem(await api.archiveAkteur(coordinator, akteur.id, 7), 409, 'conflict');
    expect(expectProblem(await t.app.inject({ method: 'POST', url: `/api/mapping/akteure/${akteur.id}/archivieren`, headers: { cookie: coordinator.cookie, 'x-csrf-token': coordinator.csrfToken } }), 400).errors).toEqual([
      { field: 'body', message: 'Der Inhalt der Anfrage fehlt.' },
    ]);
    expectProblem(await api.archiveAkteur(coordinator, UNKNOWN_ID, 1), 404, 'not_found');
    expect(bodyOf<Akteur>(await api.getAkteur(coordinator, akteur.id)).archiviert).toBe(false);
  });

  it('refuses an invalid archiviert filter with 400 naming it', async () => {
    expect(fieldsOf(expectProblem(await api.listAkteure(coordinator, kommuneA, '?archiviert=ja'), 400))).toEqual(['archiviert']);
  });
});

describe('listing actors', () => {
  let k: Awaited<ReturnType<typeof buildIsolatedKommune>>;
  const names = (page: Page<Akteur>) => page.items.map((a) => a.name);
  const list = async (query = '') => bodyOf<Page<Akteur>>(await api.listAkteure(k.session, k.kommune.id, query));

  beforeAll(async () => {
    k = await buildIsolatedKommune(t.app, t.database.db);
    const db = t.database.db;
    const kommuneId = k.kommune.id;
    await buildAkteur(db, { kommuneId, name: 'Jugendamt Liste', typ: 'jugendamt', kreis: 'steuergruppe', standortIds: [k.schule1.id] });
    await buildAkteur(db, { kommuneId, name: 'Gesundheitsamt Liste', typ: 'gesundheitsamt', kreis: 'steuergruppe' });
    await buildAkteur(db, { kommuneId, name: 'Caritas Schulsozialarbeit', typ: 'schulsozialarbeit', kreis: 'kernteam', standortIds: [k.schule1.id, k.schule2.id] });
    await buildAkteur(db, { kommuneId, name: 'Diakonie OGS', typ: 'offener-ganztag', kreis: 'kernteam', standortIds: [k.schule2.id] });
    await buildAkteur(db, { kommuneId, name: 'Elternverein 100% dabei', typ: 'verein', kreis: 'extern' });
    await buildAkteur(db, { kommuneId, name: 'Früher Verein', typ: 'verein', kreis: 'extern', archived: true });
    // Another Kommune's actor never shows up here.
    await buildAkteur(db, { kommuneId: tenants.kommuneA.id, name: 'Jugendamt Anderswo', typ: 'jugendamt' });
  });

  it('lists the active actors of the Kommune sorted by name', async () => {
    const page = await list();
    expect(names(page)).toEqual(['Caritas Schulsozialarbeit', 'Diakonie OGS', 'Elternverein 100% dabei', 'Gesundheitsamt Liste', 'Jugendamt Liste']);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25 });
  });

  it('searches name and description, case-insensitively and with wildcards taken literally', async () => {
    expect(names(await list('?q=liste'))).toEqual(['Gesundheitsamt Liste', 'Jugendamt Liste']);
    expect(names(await list('?q=AMT'))).toEqual(['Gesundheitsamt Liste', 'Jugendamt Liste']);
    expect(names(await list(`?q=${encodeURIComponent('100%')}`))).toEqual(['Elternverein 100% dabei']);
    expect(names(await list(`?q=${encodeURIComponent('%')}`))).toEqual(['Elternverein 100% dabei']);
    expect(names(await list('?q=_'))).toEqual([]);
    expect((await list('?q=nichts-passt')).total).toBe(0);
  });

  it('filters by type, Kreis and site, also combined', async () => {
    expect(names(await list('?typ=jugendamt'))).toEqual(['Jugendamt Liste']);
    expect(names(await list('?typ=verein'))).toEqual(['Elternverein 100% dabei']);
    expect(names(await list('?kreis=kernteam'))).toEqual(['Caritas Schulsozialarbeit', 'Diakonie OGS']);
    expect(names(await list(`?standortId=${k.schule1.id}`))).toEqual(['Caritas Schulsozialarbeit', 'Jugendamt Liste']);
    expect(names(await list(`?standortId=${k.schule2.id}&kreis=kernteam&typ=offener-ganztag`))).toEqual(['Diakonie OGS']);
    expect(names(await list('?kreis=steuergruppe&q=gesundheit'))).toEqual(['Gesundheitsamt Liste']);
    expect(names(await list('?archiviert=true&typ=verein'))).toEqual(['Früher Verein']);
  });

  it('refuses an invalid filter value, naming it', async () => {
    expect(fieldsOf(expectProblem(await api.listAkteure(k.session, k.kommune.id, '?kreis=vorstand'), 400))).toEqual(['kreis']);
    expect(fieldsOf(expectProblem(await api.listAkteure(k.session, k.kommune.id, '?standortId=abc'), 400))).toEqual(['standortId']);
    expect(fieldsOf(expectProblem(await api.listAkteure(k.session, k.kommune.id, '?sortierung=name'), 400))).toEqual(['sortierung']);
  });

  it('pages without gaps or overlaps', async () => {
    const first = await list('?pageSize=2');
    const second = await list('?pageSize=2&page=2');
    const third = await list('?pageSize=2&page=3');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect([...names(first), ...names(second), ...names(third)]).toEqual(names(await list()));
    expect(names(third)).toHaveLength(1);
    expect(await list('?pageSize=2&page=4')).toMatchObject({ items: [], total: 5 });
    expect(fieldsOf(expectProblem(await api.listAkteure(k.session, k.kommune.id, '?page=0'), 400))).toEqual(['page']);
    expect(fieldsOf(expectProblem(await api.listAkteure(k.session, k.kommune.id, '?pageSize=201'), 400))).toEqual(['pageSize']);
  });

  it('answers 404 for an unknown Kommune', async () => {
    expectProblem(await api.listAkteure(k.session, UNKNOWN_ID), 404, 'not_found');
  });
});
