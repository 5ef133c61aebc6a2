import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Akteur, Angebot, Kooperation } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildAkteur, buildAngebot, buildKooperation } from './factories.js';
import { auditOf, bodyOf, buildMappingTenants, CONFLICT_MESSAGE, expectProblem, mappingApi, signedIn, validAkteur, validAngebot, type MappingApi, type MappingTenants } from './support.js';

// Runs on embedded PGlite by default and on PostgreSQL when DATABASE_URL is set (several pooled connections).
let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let first: Session;
let second: Session;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  first = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
  second = (await signedIn(t.app, t.database.db, 'landeskoordination', tenants.landA)).session;
});
afterAll(async () => t?.close());

const statuses = (results: { statusCode: number }[]) => results.map((r) => r.statusCode).sort();

describe('two edits with the same version at the same time', () => {
  it('lets one actor change win and answers the other with 409', async () => {
    const akteur = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneA.id, name: 'Vorher', standortIds: [tenants.schuleA1.id] });
    const results = await Promise.all([
      api.updateAkteur(first, akteur.id, { ...validAkteur({ name: 'Änderung Eins' }), standortIds: [tenants.schuleA1.id], version: 1 }),
      api.updateAkteur(second, akteur.id, { ...validAkteur({ name: 'Änderung Zwei' }), standortIds: [tenants.schuleA2.id], version: 1 }),
    ]);
    expect(statuses(results), `${t.database.kind}: ${results.map((r) => r.body).join(' | ')}`).toEqual([200, 409]);
    const winner = bodyOf<Akteur>(results.find((r) => r.statusCode === 200)!);
    expect(expectProblem(results.find((r) => r.statusCode === 409)!, 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    // The stored actor is the winner's, sites included, and only its change is in the audit.
    const stored = bodyOf<Akteur>(await api.getAkteur(first, akteur.id));
    expect(stored).toMatchObject({ name: winner.name, version: 2, standorte: winner.standorte });
    expect((await auditOf(t.database.db, akteur.id)).map((e) => e.action)).toEqual(['akteur.updated']);
  });

  it('lets one offer change win and keeps its sites unmixed', async () => {
    const angebot = await buildAngebot(t.database.db, { kommuneId: tenants.kommuneA.id, standortIds: [tenants.schuleA1.id] });
    const results = await Promise.all([
      api.updateAngebot(first, angebot.id, { ...validAngebot({ titel: 'Titel Eins' }), standortIds: [tenants.schuleA1.id, tenants.schuleA2.id], version: 1 }),
      api.updateAngebot(second, angebot.id, { ...validAngebot({ titel: 'Titel Zwei' }), standortIds: [tenants.schuleA2.id], version: 1 }),
    ]);
    expect(statuses(results), `${t.database.kind}: ${results.map((r) => r.body).join(' | ')}`).toEqual([200, 409]);
    const winner = bodyOf<Angebot>(results.find((r) => r.statusCode === 200)!);
    const stored = bodyOf<Angebot>(await api.getAngebot(first, angebot.id));
    expect(stored).toMatchObject({ titel: winner.titel, version: 2, standorte: winner.standorte });
    expect((await auditOf(t.database.db, angebot.id)).map((e) => e.action)).toEqual(['angebot.updated']);
  });

  it('lets one cooperation change win', async () => {
    const k = await buildKooperation(t.database.db, { kommuneId: tenants.kommuneA.id });
    const body = { akteurAId: k.akteurAId, akteurBId: k.akteurBId, version: 1 };
    const results = await Promise.all([api.updateKooperation(first, k.id, { ...body, typ: 'gremium' }), api.updateKooperation(second, k.id, { ...body, typ: 'vereinbarung' })]);
    expect(statuses(results), `${t.database.kind}: ${results.map((r) => r.body).join(' | ')}`).toEqual([200, 409]);
    const winner = bodyOf<Kooperation>(results.find((r) => r.statusCode === 200)!);
    expect(bodyOf<Kooperation>(await api.getKooperation(first, k.id))).toMatchObject({ typ: winner.typ, version: 2 });
  });

  it('lets either an archive or an edit win, never both', async () => {
    const akteur = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneA.id });
    const results = await Promise.all([api.archiveAkteur(first, akteur.id, 1), api.updateAkteur(second, akteur.id, { ...validAkteur({ name: 'Bearbeitet' }), version: 1 })]);
    expect(statuses(results), `${t.database.kind}: ${results.map((r) => r.body).join(' | ')}`).toEqual([200, 409]);
    expect(bodyOf<Akteur>(await api.getAkteur(first, akteur.id)).version).toBe(2);
    expect(await auditOf(t.database.db, akteur.id)).toHaveLength(1);
  });

  it('lets exactly one of many parallel edits win', async () => {
    const angebot = await buildAngebot(t.database.db, { kommuneId: tenants.kommuneA.id });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => api.updateAngebot(i % 2 ? first : second, angebot.id, { ...validAngebot({ titel: `Parallel ${i}`, stundenProWoche: i }), version: 1 })),
    );
    expect(statuses(results), t.database.kind).toEqual([200, 409, 409, 409, 409, 409]);
    expect(bodyOf<Angebot>(await api.getAngebot(first, angebot.id)).version).toBe(2);
    expect(await auditOf(t.database.db, angebot.id)).toHaveLength(1);
  });
});
