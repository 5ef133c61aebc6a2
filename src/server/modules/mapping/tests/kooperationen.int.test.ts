import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kooperation } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import type { AkteurRow } from '../mapping.repository.js';
import { buildAkteur, buildKooperation } from './factories.js';
import {
  auditOf,
  bodyOf,
  buildIsolatedKommune,
  buildMappingTenants,
  CONFLICT_MESSAGE,
  expectProblem,
  fieldsOf,
  kooperationAsBody,
  mappingApi,
  signedIn,
  UNKNOWN_ID,
  type MappingApi,
  type MappingTenants,
  type Page,
} from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let coordinator: Session;
let kommuneA: string;
let jugendamt: AkteurRow;
let schulsozialarbeit: AkteurRow;
let bibliothek: AkteurRow;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  kommuneA = tenants.kommuneA.id;
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
  jugendamt = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Jugendamt', typ: 'jugendamt' });
  schulsozialarbeit = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Schulsozialarbeit Nord', typ: 'schulsozialarbeit' });
  bibliothek = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Stadtbibliothek', typ: 'non-formale-bildung' });
});
afterAll(async () => t?.close());

const body = (overrides: Record<string, unknown> = {}) => ({ akteurAId: jugendamt.id, akteurBId: schulsozialarbeit.id, typ: 'fallberatung', ...overrides });
const post = (overrides: Record<string, unknown> = {}) => api.createKooperation(coordinator, kommuneA, body(overrides));
const create = async (overrides: Record<string, unknown> = {}) => bodyOf<Kooperation>(await post(overrides), 201);

describe('creating a cooperation', () => {
  it('links two actors of the Kommune, optionally at a school', async () => {
    const k = await create({ standortId: tenants.schuleA1.id, beschreibung: 'Monatliche Fallbesprechung', seit: '2024-02-01' });
    expect(k).toMatchObject({
      kommuneId: kommuneA,
      akteurAId: jugendamt.id,
      akteurAName: 'Jugendamt',
      akteurBId: schulsozialarbeit.id,
      akteurBName: 'Schulsozialarbeit Nord',
      typ: 'fallberatung',
      standortId: tenants.schuleA1.id,
      standortName: 'Grundschule Am Park',
      beschreibung: 'Monatliche Fallbesprechung',
      seit: '2024-02-01',
      archiviert: false,
      version: 1,
    });
    expect(bodyOf<Kooperation>(await api.getKooperation(coordinator, k.id))).toEqual(k);
    expect(await create({ standortId: null })).toMatchObject({ standortId: null, standortName: null, beschreibung: null, seit: null });
  });

  it('refuses the same actor on both sides with 400 naming akteurBId', async () => {
    const problem = expectProblem(await post({ akteurBId: jugendamt.id }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'akteurBId', message: 'Eine Kooperation braucht zwei verschiedene Akteure.' }]);
  });

  it('refuses an actor of another Kommune, naming the side', async () => {
    const foreign = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneB.id, name: 'Jugendamt B', geteilt: true });
    const a = expectProblem(await post({ akteurAId: foreign.id }), 400, 'validation_failed');
    expect(a.errors).toEqual([{ field: 'akteurAId', message: 'Dieser Akteur gehört nicht zu Kommune A.' }]);
    const b = expectProblem(await post({ akteurBId: foreign.id }), 400, 'validation_failed');
    expect(fieldsOf(b)).toEqual(['akteurBId']);
    expect(fieldsOf(expectProblem(await post({ akteurBId: UNKNOWN_ID }), 400))).toEqual(['akteurBId']);
  });

  it('refuses an archived actor', async () => {
    const archived = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Aufgelöster Verein', archived: true });
    const problem = expectProblem(await post({ akteurBId: archived.id }), 400);
    expect(problem.errors).toEqual([{ field: 'akteurBId', message: 'Der Akteur „Aufgelöster Verein“ ist archiviert.' }]);
  });

  it('refuses a site of another Kommune, or one that is not a school, with 400 naming standortId', async () => {
    const problem = expectProblem(await post({ standortId: tenants.schuleB.id }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'standortId', message: 'Ein Standort ist keine Schule in Kommune A.' }]);
    expect(fieldsOf(expectProblem(await post({ standortId: tenants.netzwerkA.id }), 400))).toEqual(['standortId']);
  });

  it('refuses an unknown type and a missing actor, naming the field', async () => {
    expect(expectProblem(await post({ typ: 'freundschaft' }), 400).errors).toEqual([{ field: 'typ', message: 'Unbekannte Art der Kooperation.' }]);
    const { akteurAId: _a, ...withoutA } = body();
    expect(fieldsOf(expectProblem(await api.createKooperation(coordinator, kommuneA, withoutA), 400))).toEqual(['akteurAId']);
    expect(fieldsOf(expectProblem(await post({ seit: 'seit 2020' }), 400))).toEqual(['seit']);
  });
});

describe('changing, archiving and restoring a cooperation', () => {
  it('changes it with the current version; a stale version gets 409', async () => {
    const k = await create({ typ: 'absprache' });
    const changed = bodyOf<Kooperation>(
      await api.updateKooperation(coordinator, k.id, { ...kooperationAsBody(k), akteurBId: bibliothek.id, typ: 'gemeinsames-angebot', standortId: tenants.schuleA2.id, beschreibung: 'Leseförderung' }),
    );
    expect(changed).toMatchObject({ akteurBId: bibliothek.id, akteurBName: 'Stadtbibliothek', typ: 'gemeinsames-angebot', standortId: tenants.schuleA2.id, standortName: 'Gesamtschule Nord', beschreibung: 'Leseförderung', version: 2 });
    const problem = expectProblem(await api.updateKooperation(coordinator, k.id, { ...kooperationAsBody(k), typ: 'gremium' }), 409, 'conflict');
    expect(problem.detail).toBe(CONFLICT_MESSAGE);
    expect(bodyOf<Kooperation>(await api.getKooperation(coordinator, k.id))).toMatchObject({ typ: 'gemeinsames-angebot', version: 2 });
    expect((await auditOf(t.database.db, k.id)).map((e) => e.action)).toEqual(['kooperation.created', 'kooperation.updated']);
  });

  it('validates a change like a new cooperation', async () => {
    const k = await create();
    const foreign = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneB.id });
    expect(fieldsOf(expectProblem(await api.updateKooperation(coordinator, k.id, { ...kooperationAsBody(k), akteurBId: k.akteurAId }), 400))).toEqual(['akteurBId']);
    expect(fieldsOf(expectProblem(await api.updateKooperation(coordinator, k.id, { ...kooperationAsBody(k), akteurAId: foreign.id }), 400))).toEqual(['akteurAId']);
    expect(fieldsOf(expectProblem(await api.updateKooperation(coordinator, k.id, { ...kooperationAsBody(k), standortId: tenants.schuleB.id }), 400))).toEqual(['standortId']);
    expectProblem(await api.updateKooperation(coordinator, UNKNOWN_ID, kooperationAsBody(k)), 404, 'not_found');
    expect(bodyOf<Kooperation>(await api.getKooperation(coordinator, k.id)).version).toBe(1);
  });

  it('archives and restores with the version; archived ones leave the default list', async () => {
    const k = await create({ typ: 'raumnutzung' });
    expect(bodyOf<Kooperation>(await api.archiveKooperation(coordinator, k.id, 1))).toMatchObject({ archiviert: true, version: 2 });
    expect(bodyOf<Page<Kooperation>>(await api.listKooperationen(coordinator, kommuneA, '?pageSize=200')).items.map((i) => i.id)).not.toContain(k.id);
    expect(bodyOf<Page<Kooperation>>(await api.listKooperationen(coordinator, kommuneA, '?archiviert=true&pageSize=200')).items.map((i) => i.id)).toEqual([k.id]);
    expectProblem(await api.restoreKooperation(coordinator, k.id, 1), 409, 'conflict');
    expect(bodyOf<Kooperation>(await api.restoreKooperation(coordinator, k.id, 2))).toMatchObject({ archiviert: false, version: 3 });
    expect((await auditOf(t.database.db, k.id)).map((e) => e.action)).toEqual(['kooperation.created', 'kooperation.archived', 'kooperation.restored']);
    expectProblem(await api.archiveKooperation(coordinator, UNKNOWN_ID, 1), 404, 'not_found');
  });
});

describe('listing cooperations', () => {
  let k: Awaited<ReturnType<typeof buildIsolatedKommune>>;
  let a: AkteurRow;
  let b: AkteurRow;
  let c: AkteurRow;
  const pairs = (page: Page<Kooperation>) => page.items.map((i) => `${i.akteurAName}–${i.akteurBName}`);
  const list = async (query = '') => pairs(bodyOf<Page<Kooperation>>(await api.listKooperationen(k.session, k.kommune.id, query)));

  beforeAll(async () => {
    k = await buildIsolatedKommune(t.app, t.database.db);
    const db = t.database.db;
    const kommuneId = k.kommune.id;
    a = await buildAkteur(db, { kommuneId, name: 'Anna-Verein' });
    b = await buildAkteur(db, { kommuneId, name: 'Bildungsbüro' });
    c = await buildAkteur(db, { kommuneId, name: 'Caritas' });
    await buildKooperation(db, { kommuneId, akteurAId: a.id, akteurBId: b.id, typ: 'absprache', standortId: k.schule1.id });
    await buildKooperation(db, { kommuneId, akteurAId: c.id, akteurBId: a.id, typ: 'vereinbarung', standortId: k.schule2.id });
    await buildKooperation(db, { kommuneId, akteurAId: b.id, akteurBId: c.id, typ: 'absprache' });
    await buildKooperation(db, { kommuneId, akteurAId: b.id, akteurBId: a.id, typ: 'gremium', standortId: k.schule1.id, archived: true });
  });

  it('lists the active cooperations sorted by the actors’ names', async () => {
    expect(await list()).toEqual(['Anna-Verein–Bildungsbüro', 'Bildungsbüro–Caritas', 'Caritas–Anna-Verein']);
  });

  it('filters by an actor on either side, by site and by type', async () => {
    expect(await list(`?akteurId=${a.id}`)).toEqual(['Anna-Verein–Bildungsbüro', 'Caritas–Anna-Verein']);
    expect(await list(`?akteurId=${c.id}`)).toEqual(['Bildungsbüro–Caritas', 'Caritas–Anna-Verein']);
    expect(await list(`?standortId=${k.schule1.id}`)).toEqual(['Anna-Verein–Bildungsbüro']);
    expect(await list(`?standortId=${k.schule2.id}`)).toEqual(['Caritas–Anna-Verein']);
    expect(await list('?typ=absprache')).toEqual(['Anna-Verein–Bildungsbüro', 'Bildungsbüro–Caritas']);
    expect(await list(`?typ=absprache&akteurId=${c.id}`)).toEqual(['Bildungsbüro–Caritas']);
    expect(await list(`?archiviert=true&standortId=${k.schule1.id}`)).toEqual(['Bildungsbüro–Anna-Verein']);
  });

  it('pages the list and refuses invalid filters', async () => {
    const second = bodyOf<Page<Kooperation>>(await api.listKooperationen(k.session, k.kommune.id, '?pageSize=2&page=2'));
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(pairs(second)).toEqual(['Caritas–Anna-Verein']);
    expect(fieldsOf(expectProblem(await api.listKooperationen(k.session, k.kommune.id, '?typ=freundschaft'), 400))).toEqual(['typ']);
    expect(fieldsOf(expectProblem(await api.listKooperationen(k.session, k.kommune.id, '?akteurId=x'), 400))).toEqual(['akteurId']);
  });
});
