import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../domain/identity/roles.js';
import type { Akteur, Angebot, Kooperation, SiteMapping } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import type { AkteurRow, AngebotRow, KooperationRow } from '../mapping.repository.js';
import { buildAkteur, buildAngebot, buildKooperation } from './factories.js';
import {
  auditOf,
  bodyOf,
  buildMappingTenants,
  expectProblem,
  mappingApi,
  signedIn,
  validAkteur,
  validAngebot,
  type MappingApi,
  type MappingTenants,
  type Page,
} from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let kommuneA: string;

/** Kommune A's map: one shared and one unshared entry of each kind, all at Schule A1. */
const a = {} as {
  akteurGeteilt: AkteurRow;
  akteurIntern: AkteurRow;
  partnerGeteilt: AkteurRow;
  angebotGeteilt: AngebotRow;
  angebotIntern: AngebotRow;
  kooperationGeteilt: KooperationRow;
  kooperationIntern: KooperationRow;
};
let koordinationB: Session;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  const db = t.database.db;
  tenants = await buildMappingTenants(db);
  kommuneA = tenants.kommuneA.id;
  const at = [tenants.schuleA1.id];
  a.akteurGeteilt = await buildAkteur(db, { kommuneId: kommuneA, name: 'Geteilter Träger', geteilt: true, standortIds: at });
  a.partnerGeteilt = await buildAkteur(db, { kommuneId: kommuneA, name: 'Geteilter Partner', geteilt: true, standortIds: at });
  a.akteurIntern = await buildAkteur(db, { kommuneId: kommuneA, name: 'Interner Träger', geteilt: false, standortIds: at });
  a.angebotGeteilt = await buildAngebot(db, { kommuneId: kommuneA, titel: 'Geteiltes Angebot', geteilt: true, standortIds: at });
  a.angebotIntern = await buildAngebot(db, { kommuneId: kommuneA, titel: 'Internes Angebot', geteilt: false, standortIds: at });
  // A cooperation is as visible as both of its actors.
  a.kooperationGeteilt = await buildKooperation(db, { kommuneId: kommuneA, akteurAId: a.akteurGeteilt.id, akteurBId: a.partnerGeteilt.id, standortId: tenants.schuleA1.id });
  a.kooperationIntern = await buildKooperation(db, { kommuneId: kommuneA, akteurAId: a.akteurGeteilt.id, akteurBId: a.akteurIntern.id, standortId: tenants.schuleA1.id });
  koordinationB = (await signedIn(t.app, db, 'kommunalkoordination', tenants.kommuneBScope)).session;
});
afterAll(async () => t?.close());

type ScopeKey = 'landA' | 'kommuneAScope' | 'schuleA1' | 'schuleA2' | 'netzwerkA';
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

describe('members of Kommune A see its whole map', () => {
  const members: [Role, ScopeKey][] = [
    ['kommunalkoordination', 'kommuneAScope'],
    ['lesend', 'kommuneAScope'],
    ['landeskoordination', 'landA'],
    ['schulleitung', 'schuleA2'],
    ['fachkraft', 'schuleA1'],
    ['mitglied', 'netzwerkA'],
  ];

  it.each(members)('%s (membership in %s) sees unshared entries in lists and on their own', async (role, scope) => {
    const session = (await signedIn(t.app, t.database.db, role, tenants[scope])).session;
    expect(ids(bodyOf<Page<Akteur>>(await api.listAkteure(session, kommuneA)))).toEqual(sorted(a.akteurGeteilt.id, a.partnerGeteilt.id, a.akteurIntern.id));
    expect(ids(bodyOf<Page<Angebot>>(await api.listAngebote(session, kommuneA)))).toEqual(sorted(a.angebotGeteilt.id, a.angebotIntern.id));
    expect(ids(bodyOf<Page<Kooperation>>(await api.listKooperationen(session, kommuneA)))).toEqual(sorted(a.kooperationGeteilt.id, a.kooperationIntern.id));
    expect(bodyOf<Akteur>(await api.getAkteur(session, a.akteurIntern.id)).name).toBe('Interner Träger');
    expect(bodyOf<Angebot>(await api.getAngebot(session, a.angebotIntern.id)).titel).toBe('Internes Angebot');
    expect(bodyOf<Kooperation>(await api.getKooperation(session, a.kooperationIntern.id)).akteurBName).toBe('Interner Träger');
  });
});

describe('a coordinator of Kommune B', () => {
  it('sees only the shared entries of Kommune A in lists, with totals to match', async () => {
    const akteure = bodyOf<Page<Akteur>>(await api.listAkteure(koordinationB, kommuneA));
    expect(ids(akteure)).toEqual(sorted(a.akteurGeteilt.id, a.partnerGeteilt.id));
    expect(akteure.total).toBe(2);
    expect(akteure.items.every((i) => i.geteilt && i.kommuneName === 'Kommune A')).toBe(true);
    const angebote = bodyOf<Page<Angebot>>(await api.listAngebote(koordinationB, kommuneA));
    expect(ids(angebote)).toEqual([a.angebotGeteilt.id]);
    expect(angebote.total).toBe(1);
    const kooperationen = bodyOf<Page<Kooperation>>(await api.listKooperationen(koordinationB, kommuneA));
    expect(ids(kooperationen)).toEqual([a.kooperationGeteilt.id]);
    expect(kooperationen.total).toBe(1);
  });

  it('finds nothing unshared through filters or the search', async () => {
    expect(bodyOf<Page<Akteur>>(await api.listAkteure(koordinationB, kommuneA, '?q=Interner')).total).toBe(0);
    expect(bodyOf<Page<Akteur>>(await api.listAkteure(koordinationB, kommuneA, `?standortId=${tenants.schuleA1.id}`)).total).toBe(2);
    expect(bodyOf<Page<Angebot>>(await api.listAngebote(koordinationB, kommuneA, '?q=Internes')).total).toBe(0);
    expect(bodyOf<Page<Kooperation>>(await api.listKooperationen(koordinationB, kommuneA, `?akteurId=${a.akteurIntern.id}`)).total).toBe(0);
  });

  it('gets 404 for unshared entries and 200 for shared ones', async () => {
    expect(expectProblem(await api.getAkteur(koordinationB, a.akteurIntern.id), 404, 'not_found').detail).toBe('Der Akteur wurde nicht gefunden.');
    expect(expectProblem(await api.getAngebot(koordinationB, a.angebotIntern.id), 404, 'not_found').detail).toBe('Das Angebot wurde nicht gefunden.');
    expect(expectProblem(await api.getKooperation(koordinationB, a.kooperationIntern.id), 404, 'not_found').detail).toBe('Die Kooperation wurde nicht gefunden.');
    expect(bodyOf<Akteur>(await api.getAkteur(koordinationB, a.akteurGeteilt.id)).name).toBe('Geteilter Träger');
    expect(bodyOf<Angebot>(await api.getAngebot(koordinationB, a.angebotGeteilt.id)).titel).toBe('Geteiltes Angebot');
    expect(bodyOf<Kooperation>(await api.getKooperation(koordinationB, a.kooperationGeteilt.id)).akteurAName).toBe('Geteilter Träger');
  });

  it('cannot change shared entries (403) and does not learn of unshared ones (404)', async () => {
    const akteurBody = { ...validAkteur({ name: 'Übernommen' }), standortIds: [tenants.schuleA1.id], version: 1 };
    expectProblem(await api.updateAkteur(koordinationB, a.akteurGeteilt.id, akteurBody), 403, 'forbidden');
    expectProblem(await api.updateAkteur(koordinationB, a.akteurIntern.id, akteurBody), 404, 'not_found');
    expectProblem(await api.archiveAkteur(koordinationB, a.akteurGeteilt.id, 1), 403, 'forbidden');
    expectProblem(await api.archiveAkteur(koordinationB, a.akteurIntern.id, 1), 404, 'not_found');

    const angebotBody = { ...validAngebot({ titel: 'Übernommen' }), standortIds: [tenants.schuleA1.id], version: 1 };
    expectProblem(await api.updateAngebot(koordinationB, a.angebotGeteilt.id, angebotBody), 403, 'forbidden');
    expectProblem(await api.updateAngebot(koordinationB, a.angebotIntern.id, angebotBody), 404, 'not_found');
    expectProblem(await api.archiveAngebot(koordinationB, a.angebotGeteilt.id, 1), 403, 'forbidden');
    expectProblem(await api.restoreAngebot(koordinationB, a.angebotIntern.id, 1), 404, 'not_found');

    const kooperationBody = { akteurAId: a.akteurGeteilt.id, akteurBId: a.partnerGeteilt.id, typ: 'gremium', version: 1 };
    expectProblem(await api.updateKooperation(koordinationB, a.kooperationGeteilt.id, kooperationBody), 403, 'forbidden');
    expectProblem(await api.updateKooperation(koordinationB, a.kooperationIntern.id, kooperationBody), 404, 'not_found');
    expectProblem(await api.archiveKooperation(koordinationB, a.kooperationGeteilt.id, 1), 403, 'forbidden');

    for (const id of [a.akteurGeteilt.id, a.akteurIntern.id, a.angebotGeteilt.id, a.angebotIntern.id, a.kooperationGeteilt.id, a.kooperationIntern.id]) {
      expect(await auditOf(t.database.db, id)).toEqual([]);
    }
    expect(bodyOf<Akteur>(await api.getAkteur(koordinationB, a.akteurGeteilt.id))).toMatchObject({ name: 'Geteilter Träger', version: 1, archiviert: false });
  });

  it('cannot add entries or types to Kommune A', async () => {
    expectProblem(await api.createAkteur(koordinationB, kommuneA, validAkteur()), 403, 'forbidden');
    expectProblem(await api.createAkteur(koordinationB, kommuneA, validAkteur({ standortIds: [tenants.schuleA1.id] })), 403, 'forbidden');
    expectProblem(await api.createAngebot(koordinationB, kommuneA, validAngebot({ standortIds: [tenants.schuleA1.id] })), 403, 'forbidden');
    expectProblem(await api.createKooperation(koordinationB, kommuneA, { akteurAId: a.akteurGeteilt.id, akteurBId: a.partnerGeteilt.id, typ: 'absprache' }), 403, 'forbidden');
    expectProblem(await api.createAkteurTyp(koordinationB, kommuneA, { label: 'Fremde Art' }), 403, 'forbidden');
  });

  it('sees only shared entries at a school of Kommune A', async () => {
    const site = bodyOf<SiteMapping>(await api.siteMapping(koordinationB, tenants.schuleA1.id));
    expect(ids({ items: site.akteure })).toEqual(sorted(a.akteurGeteilt.id, a.partnerGeteilt.id));
    expect(ids({ items: site.angebote })).toEqual([a.angebotGeteilt.id]);
    expect(ids({ items: site.kooperationen })).toEqual([a.kooperationGeteilt.id]);
  });

  it('keeps the whole map of their own Kommune', async () => {
    const own = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneB.id, name: 'Eigener Akteur B' });
    expect(bodyOf<Akteur>(await api.getAkteur(koordinationB, own.id)).name).toBe('Eigener Akteur B');
    expect(bodyOf<Akteur>(await api.updateAkteur(koordinationB, own.id, { ...validAkteur({ name: 'Umbenannt B' }), version: own.version })).name).toBe('Umbenannt B');
    // …which members of Kommune A in turn only see once it is shared.
    const koordinationA = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
    expectProblem(await api.getAkteur(koordinationA, own.id), 404, 'not_found');
  });
});

describe('school leadership and staff keep what happens at their own school', () => {
  let schulleitung: Session;
  let fachkraft: Session;
  const A1 = () => tenants.schuleA1.id;
  const A2 = () => tenants.schuleA2.id;

  beforeAll(async () => {
    schulleitung = (await signedIn(t.app, t.database.db, 'schulleitung', tenants.schuleA1)).session;
    fachkraft = (await signedIn(t.app, t.database.db, 'fachkraft', tenants.schuleA1)).session;
  });

  it('may add an offer or an actor at their school, not at another school nor without a site', async () => {
    expect(bodyOf<Angebot>(await api.createAngebot(schulleitung, kommuneA, validAngebot({ standortIds: [A1()] })), 201).standorte.map((s) => s.id)).toEqual([A1()]);
    expect(bodyOf<Akteur>(await api.createAkteur(fachkraft, kommuneA, validAkteur({ standortIds: [A1()] })), 201).standorte.map((s) => s.id)).toEqual([A1()]);
    expectProblem(await api.createAngebot(schulleitung, kommuneA, validAngebot({ standortIds: [A2()] })), 403, 'forbidden');
    expectProblem(await api.createAngebot(schulleitung, kommuneA, validAngebot({ standortIds: [A1(), A2()] })), 403, 'forbidden');
    expectProblem(await api.createAngebot(schulleitung, kommuneA, validAngebot({ standortIds: [] })), 403, 'forbidden');
    expectProblem(await api.createAkteur(fachkraft, kommuneA, validAkteur()), 403, 'forbidden');
    expectProblem(await api.createAngebot(schulleitung, tenants.kommuneB.id, validAngebot({ standortIds: [tenants.schuleB.id] })), 403, 'forbidden');
  });

  it('may change and archive an entry whose only site is their school', async () => {
    const angebot = bodyOf<Angebot>(await api.createAngebot(schulleitung, kommuneA, validAngebot({ standortIds: [A1()] })), 201);
    const changed = bodyOf<Angebot>(await api.updateAngebot(fachkraft, angebot.id, { ...validAngebot({ titel: 'Von der Fachkraft geändert' }), standortIds: [A1()], version: 1 }));
    expect(changed).toMatchObject({ titel: 'Von der Fachkraft geändert', version: 2 });
    expect(bodyOf<Angebot>(await api.archiveAngebot(schulleitung, angebot.id, 2)).archiviert).toBe(true);
    expect(bodyOf<Angebot>(await api.restoreAngebot(schulleitung, angebot.id, 3)).archiviert).toBe(false);
  });

  it('may not move an entry of their school elsewhere or take one from another school', async () => {
    const own = await buildAngebot(t.database.db, { kommuneId: kommuneA, standortIds: [A1()] });
    expectProblem(await api.updateAngebot(schulleitung, own.id, { ...validAngebot(), standortIds: [A2()], version: 1 }), 403, 'forbidden');
    expectProblem(await api.updateAngebot(schulleitung, own.id, { ...validAngebot(), standortIds: [], version: 1 }), 403, 'forbidden');
    const other = await buildAngebot(t.database.db, { kommuneId: kommuneA, standortIds: [A2()] });
    expectProblem(await api.updateAngebot(schulleitung, other.id, { ...validAngebot(), standortIds: [A1()], version: 1 }), 403, 'forbidden');
    const nowhere = await buildAkteur(t.database.db, { kommuneId: kommuneA });
    expectProblem(await api.updateAkteur(schulleitung, nowhere.id, { ...validAkteur(), standortIds: [A1()], version: 1 }), 403, 'forbidden');
  });

  it('may not change or archive an entry that also has a site at another school', async () => {
    const shared = await buildAngebot(t.database.db, { kommuneId: kommuneA, standortIds: [A1(), A2()] });
    // Neither keeping both sites nor dropping the other school's.
    expectProblem(await api.updateAngebot(schulleitung, shared.id, { ...validAngebot(), standortIds: [A1(), A2()], version: 1 }), 403, 'forbidden');
    expectProblem(await api.updateAngebot(schulleitung, shared.id, { ...validAngebot(), standortIds: [A1()], version: 1 }), 403, 'forbidden');
    expectProblem(await api.archiveAngebot(schulleitung, shared.id, 1), 403, 'forbidden');
    const akteur = await buildAkteur(t.database.db, { kommuneId: kommuneA, standortIds: [A1(), A2()] });
    expectProblem(await api.updateAkteur(fachkraft, akteur.id, { ...validAkteur(), standortIds: [A1()], version: 1 }), 403, 'forbidden');
    expectProblem(await api.archiveAkteur(fachkraft, akteur.id, 1), 403, 'forbidden');
    expect(await auditOf(t.database.db, shared.id)).toEqual([]);
    expect(await auditOf(t.database.db, akteur.id)).toEqual([]);
  });

  it('may link actors at their school but not elsewhere or without a site', async () => {
    const link = { akteurAId: a.akteurGeteilt.id, akteurBId: a.akteurIntern.id, typ: 'gemeinsames-angebot' };
    const k = bodyOf<Kooperation>(await api.createKooperation(schulleitung, kommuneA, { ...link, standortId: A1() }), 201);
    expect(bodyOf<Kooperation>(await api.updateKooperation(fachkraft, k.id, { ...link, typ: 'absprache', standortId: A1(), version: 1 })).typ).toBe('absprache');
    expectProblem(await api.updateKooperation(fachkraft, k.id, { ...link, standortId: A2(), version: 2 }), 403, 'forbidden');
    expectProblem(await api.updateKooperation(fachkraft, k.id, { ...link, standortId: null, version: 2 }), 403, 'forbidden');
    expectProblem(await api.createKooperation(schulleitung, kommuneA, { ...link, standortId: A2() }), 403, 'forbidden');
    expectProblem(await api.createKooperation(schulleitung, kommuneA, link), 403, 'forbidden');
    expect(bodyOf<Kooperation>(await api.archiveKooperation(schulleitung, k.id, 2)).archiviert).toBe(true);
  });

  it('may not add actor types', async () => {
    expectProblem(await api.createAkteurTyp(fachkraft, kommuneA, { label: 'Schulförderverein' }), 403, 'forbidden');
  });
});

describe('members and readers write nothing', () => {
  it.each([
    ['mitglied', 'netzwerkA'],
    ['lesend', 'kommuneAScope'],
    ['lesend', 'schuleA1'],
  ] as [Role, ScopeKey][])('%s (membership in %s) gets 403 on every write', async (role, scope) => {
    const session = (await signedIn(t.app, t.database.db, role, tenants[scope])).session;
    const at = [tenants.schuleA1.id];
    expectProblem(await api.createAkteur(session, kommuneA, validAkteur({ standortIds: at })), 403, 'forbidden');
    expectProblem(await api.createAngebot(session, kommuneA, validAngebot({ standortIds: at })), 403, 'forbidden');
    expectProblem(await api.createKooperation(session, kommuneA, { akteurAId: a.akteurGeteilt.id, akteurBId: a.partnerGeteilt.id, typ: 'absprache', standortId: at[0] }), 403, 'forbidden');
    expectProblem(await api.updateAkteur(session, a.akteurIntern.id, { ...validAkteur(), standortIds: at, version: 1 }), 403, 'forbidden');
    expectProblem(await api.archiveAngebot(session, a.angebotIntern.id, 1), 403, 'forbidden');
    expectProblem(await api.archiveKooperation(session, a.kooperationGeteilt.id, 1), 403, 'forbidden');
    expectProblem(await api.createAkteurTyp(session, kommuneA, { label: 'Lesende Art' }), 403, 'forbidden');
  });

  it('answers 401 without a session', async () => {
    for (const res of [await t.app.inject({ method: 'GET', url: `/api/mapping/kommunen/${kommuneA}/akteure` }), await t.app.inject({ method: 'GET', url: `/api/mapping/akteure/${a.akteurGeteilt.id}` })]) {
      expectProblem(res, 401, 'unauthenticated');
    }
  });
});
