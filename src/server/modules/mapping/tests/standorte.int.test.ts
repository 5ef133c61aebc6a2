import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Angebot, SiteMapping } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildAkteur, buildAngebot, buildKooperation } from './factories.js';
import { angebotAsBody, bodyOf, buildIsolatedKommune, expectProblem, fieldsOf, mappingApi, UNKNOWN_ID, type MappingApi } from './support.js';

let t: TestApp;
let api: MappingApi;
let k: Awaited<ReturnType<typeof buildIsolatedKommune>>;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  k = await buildIsolatedKommune(t.app, t.database.db, 'Kommune Standorte');
  const db = t.database.db;
  const kommuneId = k.kommune.id;
  const [s1, s2] = [k.schule1.id, k.schule2.id];

  const nurEins = await buildAkteur(db, { kommuneId, name: 'Akteur nur Eins', standortIds: [s1] });
  const beide = await buildAkteur(db, { kommuneId, name: 'Akteur an beiden', standortIds: [s1, s2] });
  const nurZwei = await buildAkteur(db, { kommuneId, name: 'Akteur nur Zwei', standortIds: [s2] });
  await buildAkteur(db, { kommuneId, name: 'Akteur ohne Standort' });
  await buildAkteur(db, { kommuneId, name: 'Akteur archiviert Eins', standortIds: [s1], archived: true });

  await buildAngebot(db, { kommuneId, titel: 'Angebot nur Eins', standortIds: [s1], akteurId: nurEins.id });
  await buildAngebot(db, { kommuneId, titel: 'Angebot an beiden', standortIds: [s1, s2] });
  await buildAngebot(db, { kommuneId, titel: 'Angebot nur Zwei', standortIds: [s2], akteurId: nurEins.id });
  await buildAngebot(db, { kommuneId, titel: 'Angebot ohne Standort', akteurId: nurEins.id });
  await buildAngebot(db, { kommuneId, titel: 'Angebot archiviert Eins', standortIds: [s1], archived: true });

  await buildKooperation(db, { kommuneId, akteurAId: nurEins.id, akteurBId: beide.id, standortId: s1, typ: 'absprache' });
  await buildKooperation(db, { kommuneId, akteurAId: nurEins.id, akteurBId: nurZwei.id, standortId: s2, typ: 'fallberatung' });
  await buildKooperation(db, { kommuneId, akteurAId: beide.id, akteurBId: nurZwei.id, typ: 'gremium' });
  await buildKooperation(db, { kommuneId, akteurAId: beide.id, akteurBId: nurEins.id, standortId: s1, typ: 'raumnutzung', archived: true });
});
afterAll(async () => t?.close());

const site = async (schuleId: string) => bodyOf<SiteMapping>(await api.siteMapping(k.session, schuleId));
const summary = (m: SiteMapping) => ({
  akteure: m.akteure.map((a) => a.name),
  angebote: m.angebote.map((a) => a.titel),
  kooperationen: m.kooperationen.map((c) => c.typ),
});

describe('site mapping of a school', () => {
  it('lists the active actors, offers and cooperations at that school only', async () => {
    const eins = await site(k.schule1.id);
    expect(eins.schuleId).toBe(k.schule1.id);
    expect(summary(eins)).toEqual({
      akteure: ['Akteur an beiden', 'Akteur nur Eins'],
      angebote: ['Angebot an beiden', 'Angebot nur Eins'],
      kooperationen: ['absprache'],
    });
    expect(summary(await site(k.schule2.id))).toEqual({
      akteure: ['Akteur an beiden', 'Akteur nur Zwei'],
      angebote: ['Angebot an beiden', 'Angebot nur Zwei'],
      kooperationen: ['fallberatung'],
    });
  });

  it('presents the entries in full (all their sites, the provider, the partner names)', async () => {
    const eins = await site(k.schule1.id);
    expect(eins.akteure.find((a) => a.name === 'Akteur an beiden')!.standorte.map((s) => s.name)).toEqual(['Grundschule Eins', 'Grundschule Zwei']);
    expect(eins.angebote.find((a) => a.titel === 'Angebot nur Eins')).toMatchObject({ akteurName: 'Akteur nur Eins', kommuneName: 'Kommune Standorte' });
    expect(eins.kooperationen[0]).toMatchObject({ akteurAName: 'Akteur nur Eins', akteurBName: 'Akteur an beiden', standortName: 'Grundschule Eins' });
  });

  it('follows an offer that moves to another school', async () => {
    const angebot = (await site(k.schule1.id)).angebote.find((a) => a.titel === 'Angebot nur Eins')!;
    bodyOf<Angebot>(await api.updateAngebot(k.session, angebot.id, { ...angebotAsBody(angebot), standortIds: [k.schule2.id] }));
    expect(summary(await site(k.schule1.id)).angebote).toEqual(['Angebot an beiden']);
    expect(summary(await site(k.schule2.id)).angebote).toEqual(['Angebot an beiden', 'Angebot nur Eins', 'Angebot nur Zwei']);
  });

  it('answers 404 for an unknown school or an id that is no school, 400 for an invalid id', async () => {
    expect(expectProblem(await api.siteMapping(k.session, UNKNOWN_ID), 404, 'not_found').detail).toBe('Die Schule wurde nicht gefunden.');
    expectProblem(await api.siteMapping(k.session, k.kommune.id), 404, 'not_found');
    expect(fieldsOf(expectProblem(await api.siteMapping(k.session, 'schule-eins'), 400))).toEqual(['id']);
  });
});
