import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Netzwerk, Treffen, TreffenKurz } from '../../../../domain/networks/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { anmeldungen, netzwerke, treffen } from '../networks.schema.js';
import {
  auditOf,
  bodyOf,
  buildNetworkTenants,
  CONFLICT_MESSAGE,
  expectProblem,
  fieldsOf,
  networksApi,
  person,
  UNKNOWN_ID,
  validNetzwerk,
  type NetworksApi,
  type NetworkTenants,
  type Person,
} from './networks-support.js';

let t: TestApp;
let api: NetworksApi;
let tn: NetworkTenants;
let admin: Person;
let landNW: Person;
let landNW2: Person;
let landST: Person;
let koordBochum: Person;
let koordDortmund: Person;
let schulleitung: Person;

const day = 24 * 3600 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  api = networksApi(t.app);
  const db = t.database.db;
  tn = await buildNetworkTenants(db);
  const { ensureRootScope } = await import('../../identity/identity.repository.js');
  admin = await person(t.app, db, 'administration', await ensureRootScope(db));
  landNW = await person(t.app, db, 'landeskoordination', tn.nrw);
  landNW2 = await person(t.app, db, 'landeskoordination', tn.nrw);
  landST = await person(t.app, db, 'landeskoordination', tn.sachsenAnhalt);
  koordBochum = await person(t.app, db, 'kommunalkoordination', tn.bochum);
  koordDortmund = await person(t.app, db, 'kommunalkoordination', tn.dortmund);
  schulleitung = await person(t.app, db, 'schulleitung', tn.schuleBochum);
});
afterAll(async () => t?.close());

const networkCount = async () => (await t.database.db.select({ n: count() }).from(netzwerke))[0]!.n;

describe('founding a network', () => {
  it('makes the founder its moderation and the single Kommune its responsible scope', async () => {
    const n = bodyOf<Netzwerk>(await api.create(koordBochum.session, validNetzwerk([tn.bochum.id], { name: '  Netzwerk Ganztag Bochum ' })), 201);
    expect(n).toMatchObject({
      name: 'Netzwerk Ganztag Bochum',
      beschreibung: 'Leitungstandems und Verwaltung',
      ebene: 'kommune',
      schwerpunkt: 'praxis',
      land: 'NW',
      kommunen: [{ id: tn.bochum.id, name: 'Bochum' }],
      meineRolle: 'moderation',
      mitgliederAnzahl: 1,
      naechstesTreffen: null,
      archiviert: false,
      version: 1,
    });
    const [row] = await t.database.db.select().from(netzwerke).where(eq(netzwerke.id, n.id));
    expect(row!.traegerScopeId).toBe(tn.bochum.id);
    const [entry] = await auditOf(t.database.db, n.id);
    expect(entry).toMatchObject({ action: 'netzwerk.created', entityType: 'netzwerk', actorId: koordBochum.id, scopeId: tn.bochum.id });
    expect(entry!.after).toMatchObject({ kommuneIds: [tn.bochum.id], moderationId: koordBochum.id, land: 'NW' });
  });

  it('places an inter-municipal network under the common Land and needs the right in every Kommune', async () => {
    const before = await networkCount();
    const refused = await api.create(koordBochum.session, validNetzwerk([tn.bochum.id, tn.dortmund.id], { ebene: 'interkommunal' }));
    expectProblem(refused, 403, 'forbidden');
    expect(await networkCount()).toBe(before);

    const n = bodyOf<Netzwerk>(await api.create(landNW.session, validNetzwerk([tn.dortmund.id, tn.bochum.id, tn.dortmund.id], { ebene: 'interkommunal' })), 201);
    expect(n.kommunen.map((k) => k.name)).toEqual(['Bochum', 'Dortmund']);
    const [row] = await t.database.db.select().from(netzwerke).where(eq(netzwerke.id, n.id));
    expect(row!.traegerScopeId).toBe(tn.nrw.id);
  });

  it('founds a network of the Land without Kommunen at the Land scope', async () => {
    const body = validNetzwerk([], { name: 'Online-Meeting Schulsozialarbeit', ebene: 'land', land: 'ST' });
    expectProblem(await api.create(landNW.session, body), 403, 'forbidden');
    const n = bodyOf<Netzwerk>(await api.create(landST.session, body), 201);
    expect(n).toMatchObject({ ebene: 'land', land: 'ST', kommunen: [] });
    const [row] = await t.database.db.select().from(netzwerke).where(eq(netzwerke.id, n.id));
    expect(row!.traegerScopeId).toBe(tn.sachsenAnhalt.id);
  });

  it('accepts any state code for Kommunen under a Land whose code is no Länderschlüssel', async () => {
    const n = bodyOf<Netzwerk>(await api.create(admin.session, validNetzwerk([tn.kommuneX.id], { land: 'BY' })), 201);
    expect(n.land).toBe('BY');
  });

  it('refuses people who may not found networks', async () => {
    const before = await networkCount();
    expectProblem(await api.create(schulleitung.session, validNetzwerk([tn.bochum.id])), 403, 'forbidden');
    expectProblem(await api.create(koordDortmund.session, validNetzwerk([tn.bochum.id])), 403, 'forbidden');
    expect(await networkCount()).toBe(before);
  });

  it('names the field of every bad input in German and writes nothing', async () => {
    const before = await networkCount();
    const bad = async (body: unknown, field: string, message?: RegExp) => {
      const problem = expectProblem(await api.create(admin.session, body), 400);
      expect(fieldsOf(problem)).toContain(field);
      if (message) expect(problem.errors!.find((e) => e.field === field)!.message).toMatch(message);
    };
    await bad(validNetzwerk([]), 'kommuneIds', /mindestens eine beteiligte Kommune/);
    await bad(validNetzwerk([UNKNOWN_ID]), 'kommuneIds', /gibt es nicht/);
    await bad(validNetzwerk([tn.bochum.id], { land: 'ST' }), 'kommuneIds', /Bochum liegt nicht in Sachsen-Anhalt, sondern in Nordrhein-Westfalen/);
    await bad(validNetzwerk([tn.bochum.id, tn.magdeburg.id], { ebene: 'interkommunal' }), 'kommuneIds', /Magdeburg liegt nicht in Nordrhein-Westfalen/);
    await bad(validNetzwerk([tn.kommuneX.id, tn.kommuneY.id], { ebene: 'interkommunal' }), 'kommuneIds', /nicht im selben Land/);
    await bad(validNetzwerk([], { ebene: 'land', land: 'BY' }), 'land', /Bayern ist in Strang nicht als Land angelegt/);
    await bad(validNetzwerk([tn.bochum.id], { name: 'AB' }), 'name', /mindestens 3 Zeichen/);
    await bad(validNetzwerk([tn.bochum.id], { ebene: 'bund' }), 'ebene', /Unbekannte Ebene/);
    await bad(validNetzwerk([tn.bochum.id], { schwerpunkt: 'freizeit' }), 'schwerpunkt', /Unbekannter Schwerpunkt/);
    await bad(validNetzwerk([tn.bochum.id], { land: 'XX' }), 'land', /Bitte ein Land wählen/);
    await bad(validNetzwerk(['keine-id']), 'kommuneIds.0', /Ungültige Kennung/);
    await bad({ ...validNetzwerk([tn.bochum.id]), traegerScopeId: tn.nrw.id }, 'traegerScopeId', /Unbekannte Felder/);
    expect(await networkCount()).toBe(before);
  });
});

describe('who sees a network', () => {
  let spanning: Netzwerk;
  let inBochum: Person;
  let inDortmund: Person;

  beforeAll(async () => {
    inBochum = await person(t.app, t.database.db, 'fachkraft', tn.schuleBochum, 'Fachkraft Bochum');
    inDortmund = await person(t.app, t.database.db, 'mitglied', tn.dortmund, 'Mitglied Dortmund');
    spanning = bodyOf<Netzwerk>(await api.create(landNW.session, validNetzwerk([tn.bochum.id, tn.dortmund.id], { name: 'Interkommunales Netzwerk Praxis', ebene: 'interkommunal' })), 201);
    bodyOf(await api.addMitglied(landNW.session, spanning.id, { email: inBochum.email, rolle: 'mitglied' }), 201);
    bodyOf(await api.addMitglied(landNW.session, spanning.id, { email: inDortmund.email, rolle: 'gast' }), 201);
  });

  it('shows a network spanning two Kommunen to its members in both', async () => {
    for (const [member, rolle] of [
      [inBochum, 'mitglied'],
      [inDortmund, 'gast'],
      [landNW, 'moderation'],
    ] as const) {
      const list = bodyOf<{ items: Netzwerk[] }>(await api.list(member.session));
      expect(list.items.map((n) => n.id)).toContain(spanning.id);
      expect(bodyOf<Netzwerk>(await api.get(member.session, spanning.id))).toMatchObject({ id: spanning.id, meineRolle: rolle, mitgliederAnzahl: 3 });
    }
  });

  it('hides it from everyone else, even the administration and the coordinators of both Kommunen', async () => {
    for (const outsider of [admin, koordBochum, koordDortmund, landNW2, schulleitung]) {
      const list = bodyOf<{ items: Netzwerk[] }>(await api.list(outsider.session));
      expect(list.items.map((n) => n.id)).not.toContain(spanning.id);
      expectProblem(await api.get(outsider.session, spanning.id), 404, 'not_found');
      expectProblem(await api.mitglieder(outsider.session, spanning.id), 404, 'not_found');
      expectProblem(await api.treffen(outsider.session, spanning.id), 404, 'not_found');
      expectProblem(await api.reihen(outsider.session, spanning.id), 404, 'not_found');
      expectProblem(await api.empfaenger(outsider.session, spanning.id), 404, 'not_found');
    }
    // An unknown id looks the same as a hidden network.
    expect(expectProblem(await api.get(admin.session, UNKNOWN_ID), 404).detail).toBe(expectProblem(await api.get(admin.session, spanning.id), 404).detail);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/netzwerke' });
    expectProblem(res, 401, 'unauthenticated');
  });
});

describe('listing my networks', () => {
  let me: Person;
  let a: Awaited<ReturnType<typeof buildNetzwerk>>;
  let b: Awaited<ReturnType<typeof buildNetzwerk>>;
  let archived: Awaited<ReturnType<typeof buildNetzwerk>>;
  let next: Awaited<ReturnType<typeof buildTreffen>>;

  beforeAll(async () => {
    const db = t.database.db;
    me = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    const other = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    a = await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], name: 'A Steuergruppe', members: { [me.id]: 'gast', [other.id]: 'moderation' } });
    b = await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], name: 'B Kernteam', members: { [me.id]: 'moderation' } });
    archived = await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], name: 'C Altes Netzwerk', members: { [me.id]: 'mitglied' } });
    await db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, archived.id));
    await buildTreffen(db, a.id, { titel: 'Vergangen', beginn: new Date(Date.now() - 2 * day) });
    const cancelled = await buildTreffen(db, a.id, { titel: 'Abgesagt', beginn: new Date(Date.now() + day) });
    await db.update(treffen).set({ status: 'abgesagt' }).where(eq(treffen.id, cancelled.id));
    next = await buildTreffen(db, a.id, { titel: 'Als Nächstes', beginn: new Date(Date.now() + 3 * day) });
    await buildTreffen(db, a.id, { titel: 'Später', beginn: new Date(Date.now() + 30 * day) });
  });

  it('lists the active ones by name with my role, the member count and the next meeting that takes place', async () => {
    const list = bodyOf<{ items: Netzwerk[] }>(await api.list(me.session));
    expect(list.items.map((n) => n.name)).toEqual(['A Steuergruppe', 'B Kernteam']);
    expect(list.items[0]).toMatchObject({ meineRolle: 'gast', mitgliederAnzahl: 2, naechstesTreffen: { id: next.id, titel: 'Als Nächstes', beginn: next.beginn.toISOString() } });
    expect(list.items[1]).toMatchObject({ meineRolle: 'moderation', mitgliederAnzahl: 1, naechstesTreffen: null });
  });

  it('lists the archived ones on request', async () => {
    const list = bodyOf<{ items: Netzwerk[] }>(await api.list(me.session, '?archiviert=true'));
    expect(list.items.map((n) => [n.name, n.archiviert])).toEqual([['C Altes Netzwerk', true]]);
    expect(bodyOf<{ items: Netzwerk[] }>(await api.list(me.session, '?archiviert=false')).items).toHaveLength(2);
    expect(fieldsOf(expectProblem(await api.list(me.session, '?archiviert=ja'), 400))).toEqual(['archiviert']);
  });

  it('offers the other active networks as recipients of results', async () => {
    const res = bodyOf<{ items: { id: string; name: string }[] }>(await api.empfaenger(me.session, a.id));
    expect(res.items).toEqual([{ id: b.id, name: 'B Kernteam' }]);
    expect(bodyOf<{ items: { id: string }[] }>(await api.empfaenger(me.session, archived.id)).items.map((n) => n.id)).toEqual([a.id, b.id]);
  });
});

describe('changing, archiving and restoring a network', () => {
  let n: Netzwerk;
  let fachkraftModeration: Person;
  let mitglied: Person;
  let gast: Person;

  beforeAll(async () => {
    const db = t.database.db;
    fachkraftModeration = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    mitglied = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    gast = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    n = bodyOf<Netzwerk>(await api.create(koordBochum.session, validNetzwerk([tn.bochum.id], { name: 'Netzwerk zum Ändern' })), 201);
    for (const [p, rolle] of [
      [fachkraftModeration, 'moderation'],
      [mitglied, 'mitglied'],
      [gast, 'gast'],
    ] as const) {
      bodyOf(await api.addMitglied(koordBochum.session, n.id, { email: p.email, rolle }), 201);
    }
  });

  const asBody = (x: Netzwerk, patch: Record<string, unknown> = {}) => ({
    name: x.name,
    beschreibung: x.beschreibung,
    ebene: x.ebene,
    schwerpunkt: x.schwerpunkt,
    land: x.land,
    kommuneIds: x.kommunen.map((k) => k.id),
    version: x.version,
    ...patch,
  });

  it('lets any moderation change its data; a stale version gets 409', async () => {
    const changed = bodyOf<Netzwerk>(await api.update(fachkraftModeration.session, n.id, asBody(n, { name: 'Steuergruppe Ganztag', schwerpunkt: 'steuerung' })));
    expect(changed).toMatchObject({ name: 'Steuergruppe Ganztag', schwerpunkt: 'steuerung', version: 2, meineRolle: 'moderation' });
    const stale = expectProblem(await api.update(koordBochum.session, n.id, asBody(n, { name: 'Veraltet' })), 409, 'conflict');
    expect(stale.detail).toBe(CONFLICT_MESSAGE);
    n = changed;
    const entries = await auditOf(t.database.db, n.id);
    expect(entries.at(-1)).toMatchObject({ action: 'netzwerk.updated', before: { schwerpunkt: 'praxis', version: 1 }, after: { schwerpunkt: 'steuerung', version: 2 } });
  });

  it('needs the founding right to involve another Kommune', async () => {
    const body = asBody(n, { ebene: 'interkommunal', kommuneIds: [tn.bochum.id, tn.dortmund.id] });
    expectProblem(await api.update(fachkraftModeration.session, n.id, body), 403, 'forbidden');
    expectProblem(await api.update(koordBochum.session, n.id, body), 403, 'forbidden');
    bodyOf(await api.addMitglied(koordBochum.session, n.id, { email: landNW.email, rolle: 'moderation' }), 201);
    n = bodyOf<Netzwerk>(await api.update(landNW.session, n.id, body));
    expect(n.kommunen.map((k) => k.name)).toEqual(['Bochum', 'Dortmund']);
    const [row] = await t.database.db.select().from(netzwerke).where(eq(netzwerke.id, n.id));
    expect(row!.traegerScopeId).toBe(tn.nrw.id);
    // Leaving a Kommune out again needs no right there.
    n = bodyOf<Netzwerk>(await api.update(fachkraftModeration.session, n.id, asBody(n, { ebene: 'kommune', kommuneIds: [tn.dortmund.id] })));
    expect(n.kommunen.map((k) => k.name)).toEqual(['Dortmund']);
  });

  it('refuses members and guests (403) and outsiders (404)', async () => {
    expectProblem(await api.update(mitglied.session, n.id, asBody(n)), 403, 'forbidden');
    expectProblem(await api.update(gast.session, n.id, asBody(n)), 403, 'forbidden');
    expectProblem(await api.archive(mitglied.session, n.id, n.version), 403, 'forbidden');
    expectProblem(await api.update(koordDortmund.session, n.id, asBody(n)), 404, 'not_found');
  });

  it('makes an archived network read-only until it is restored', async () => {
    expectProblem(await api.archive(fachkraftModeration.session, n.id, n.version - 1), 409, 'conflict');
    const archived = bodyOf<Netzwerk>(await api.archive(fachkraftModeration.session, n.id, n.version));
    expect(archived).toMatchObject({ archiviert: true, version: n.version + 1 });
    expect(bodyOf<{ items: Netzwerk[] }>(await api.list(mitglied.session)).items.map((x) => x.id)).not.toContain(n.id);
    expect(bodyOf<{ items: Netzwerk[] }>(await api.list(mitglied.session, '?archiviert=true')).items.map((x) => x.id)).toContain(n.id);
    // Still readable for members, but nothing changes.
    expect(bodyOf<Netzwerk>(await api.get(gast.session, n.id)).archiviert).toBe(true);
    expectProblem(await api.update(fachkraftModeration.session, n.id, asBody(archived)), 403);
    expectProblem(await api.addMitglied(fachkraftModeration.session, n.id, { email: koordDortmund.email, rolle: 'gast' }), 403);
    expectProblem(await api.createTreffen(fachkraftModeration.session, n.id, { titel: 'Treffen', beginn: '2027-01-12T15:00', dauerMinuten: 90 }), 403);
    expectProblem(await api.pruefen(fachkraftModeration.session, n.id, { regel: 'FREQ=WEEKLY;COUNT=2', beginn: '2027-01-12T15:00', dauerMinuten: 90 }), 403);

    const restored = bodyOf<Netzwerk>(await api.restore(fachkraftModeration.session, n.id, archived.version));
    expect(restored).toMatchObject({ archiviert: false, version: archived.version + 1 });
    const actions = (await auditOf(t.database.db, n.id)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['netzwerk.archived', 'netzwerk.restored']);
  });
});

describe('templates and Kommunen for the forms', () => {
  it('offers the formats of the sources with time, duration and whether they meet online', async () => {
    const { items } = bodyOf<{ items: { code: string; label: string; regel: string; uhrzeit: string; dauerMinuten: number; online: boolean }[] }>(await api.vorlagen(schulleitung.session));
    expect(items.map((v) => v.code)).toEqual(['vier-pro-schuljahr', 'zweimal-jaehrlich', 'jaehrlich', 'monatlich-dienstag', 'erster-montag', 'quartalsweise']);
    expect(items.find((v) => v.code === 'monatlich-dienstag')).toMatchObject({ uhrzeit: '13:30', dauerMinuten: 60, online: true, regel: expect.stringContaining('BYDAY=2TU') });
    expect(items.find((v) => v.code === 'erster-montag')!.regel).toContain('BYDAY=1MO');
    expect(items.every((v) => /COUNT=\d+/.test(v.regel))).toBe(true);
  });

  it('lists the Kommunen a coordinator may involve, with their Land', async () => {
    const mine = bodyOf<{ items: { id: string; name: string; land: string | null }[] }>(await api.kommunen(koordBochum.session));
    expect(mine.items).toEqual([{ id: tn.bochum.id, name: 'Bochum', land: 'NW' }]);
    const land = bodyOf<{ items: { name: string }[] }>(await api.kommunen(landNW.session));
    expect(land.items.map((k) => k.name)).toEqual(['Bochum', 'Dortmund']);
    expect(bodyOf<{ items: { name: string }[] }>(await api.kommunen(landNW.session, '?q=dort')).items.map((k) => k.name)).toEqual(['Dortmund']);
    const all = bodyOf<{ items: { name: string; land: string | null }[] }>(await api.kommunen(admin.session));
    expect(all.items.find((k) => k.name === 'Magdeburg')!.land).toBe('ST');
    // No Länderschlüssel above: the AGS tells the Land.
    expect(all.items.find((k) => k.name === 'Musterstadt')!.land).toBe('BY');
    expectProblem(await api.kommunen(schulleitung.session), 403, 'forbidden');
  });
});

describe('meetings of a network', () => {
  let n: Awaited<ReturnType<typeof buildNetzwerk>>;
  let moderation: Person;
  let gast: Person;
  let mitglied: Person;

  beforeAll(async () => {
    const db = t.database.db;
    moderation = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    gast = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    mitglied = await person(t.app, db, 'fachkraft', tn.schuleBochum);
    n = await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], members: { [moderation.id]: 'moderation', [gast.id]: 'gast', [mitglied.id]: 'mitglied' } });
  });

  it('creates a single meeting and answers with the whole meeting', async () => {
    const created = bodyOf<Treffen>(
      await api.createTreffen(moderation.session, n.id, { titel: 'Netzwerktreffen Herbst', beginn: '2026-10-27T15:00', dauerMinuten: 120, ort: 'Rathaus Bochum', onlineLink: '', kapazitaet: 25 }),
      201,
    );
    expect(created).toMatchObject({
      titel: 'Netzwerktreffen Herbst',
      netzwerk: { id: n.id, name: n.name },
      reiheId: null,
      reiheTermin: null,
      // 15:00 in winter time (the clocks went back on 25 October).
      beginn: '2026-10-27T14:00:00.000Z',
      ende: '2026-10-27T16:00:00.000Z',
      status: 'geplant',
      verschoben: false,
      ort: 'Rathaus Bochum',
      onlineLink: null,
      kapazitaet: 25,
      // In the NRW autumn holidays: flagged, but kept.
      schliessung: 'Herbstferien 2026 Nordrhein-Westfalen',
      meineRolle: 'moderation',
      tagesordnung: [],
      angemeldet: 0,
      warteliste: 0,
      anmeldungen: [],
      protokoll: null,
      ergebnisse: [],
      meineAnmeldung: null,
      hatProtokoll: false,
      version: 1,
    });
    const [entry] = await auditOf(t.database.db, created.id);
    expect(entry).toMatchObject({ action: 'treffen.created', entityType: 'treffen', actorId: moderation.id, scopeId: tn.bochum.id });
  });

  it('refuses members and guests, and names the field of bad input', async () => {
    const body = { titel: 'Treffen', beginn: '2027-01-12T15:00', dauerMinuten: 90 };
    expectProblem(await api.createTreffen(mitglied.session, n.id, body), 403, 'forbidden');
    expectProblem(await api.createTreffen(gast.session, n.id, body), 403, 'forbidden');
    const field = async (patch: Record<string, unknown>) => fieldsOf(expectProblem(await api.createTreffen(moderation.session, n.id, { ...body, ...patch }), 400));
    expect(await field({ beginn: '2027-02-30T15:00' })).toEqual(['beginn']);
    expect(await field({ beginn: '12.01.2027 15:00' })).toEqual(['beginn']);
    expect(await field({ dauerMinuten: 0 })).toEqual(['dauerMinuten']);
    expect(await field({ onlineLink: 'ftp://example.org' })).toEqual(['onlineLink']);
    expect(await field({ kapazitaet: 0 })).toEqual(['kapazitaet']);
    expect(await field({ titel: '' })).toEqual(['titel']);
  });

  it('lists the meetings of a period in order with my registration, cancelled ones included', async () => {
    const db = t.database.db;
    const m = await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], members: { [gast.id]: 'gast' } });
    const past = await buildTreffen(db, m.id, { titel: 'Gestern', beginn: new Date(Date.now() - day) });
    const soon = await buildTreffen(db, m.id, { titel: 'Bald', beginn: new Date(Date.now() + 10 * day) });
    const sooner = await buildTreffen(db, m.id, { titel: 'Früher', beginn: new Date(Date.now() + 5 * day) });
    const farAway = await buildTreffen(db, m.id, { titel: 'In über einem Jahr', beginn: new Date(Date.now() + 400 * day) });
    await db.update(treffen).set({ status: 'abgesagt', absageGrund: 'Krankheit' }).where(eq(treffen.id, soon.id));
    await db.insert(anmeldungen).values({ treffenId: sooner.id, userId: gast.id, status: 'warteliste' });

    const { items } = bodyOf<{ items: TreffenKurz[] }>(await api.treffen(gast.session, m.id));
    expect(items.map((x) => x.titel)).toEqual(['Früher', 'Bald']);
    expect(items[0]).toMatchObject({ id: sooner.id, meineAnmeldung: 'warteliste', status: 'geplant' });
    expect(items[1]).toMatchObject({ id: soon.id, meineAnmeldung: null, status: 'abgesagt', absageGrund: 'Krankheit' });

    const localDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
    const wide = bodyOf<{ items: TreffenKurz[] }>(await api.treffen(gast.session, m.id, `?von=${localDay(past.beginn)}&bis=${localDay(farAway.beginn)}`));
    expect(wide.items.map((x) => x.titel)).toEqual(['Gestern', 'Früher', 'Bald', 'In über einem Jahr']);
    const oneDay = bodyOf<{ items: TreffenKurz[] }>(await api.treffen(gast.session, m.id, `?von=${localDay(sooner.beginn)}&bis=${localDay(sooner.beginn)}`));
    expect(oneDay.items.map((x) => x.id)).toEqual([sooner.id]);
  });

  it('names the field of a bad period', async () => {
    expect(fieldsOf(expectProblem(await api.treffen(gast.session, n.id, '?von=2027-02-01&bis=2027-01-01'), 400))).toEqual(['bis']);
    expect(fieldsOf(expectProblem(await api.treffen(gast.session, n.id, '?von=2027-01-01&bis=2040-01-01'), 400))).toEqual(['bis']);
    expect(fieldsOf(expectProblem(await api.treffen(gast.session, n.id, '?von=01.01.2027'), 400))).toEqual(['von']);
    expect(fieldsOf(expectProblem(await api.treffen(gast.session, n.id, '?seit=2027-01-01'), 400))).toEqual(['seit']);
    const tooEarly = expectProblem(await api.treffen(gast.session, n.id, '?von=1899-01-01'), 400);
    expect(fieldsOf(tooEarly)).toEqual(['von']);
    expect(JSON.stringify(tooEarly)).toContain('zwischen 2000 und 2099');
  });
});
