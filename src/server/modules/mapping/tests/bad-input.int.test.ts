import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Akteur, Angebot } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import type { AkteurRow } from '../mapping.repository.js';
import { buildAkteur } from './factories.js';
import { bodyOf, buildMappingTenants, expectProblem, fieldsOf, mappingApi, signedIn, UNKNOWN_ID, validAngebot, type MappingApi, type MappingTenants } from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let coordinator: Session;
let kommuneA: string;
let traeger: AkteurRow;
let partner: AkteurRow;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  kommuneA = tenants.kommuneA.id;
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
  traeger = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Träger' });
  partner = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Partner' });
});
afterAll(async () => t?.close());

const germanDetail = /[äöüßÄÖÜ„]|\b(Bitte|Eingabe|ungültig|Anfrage|nicht|Feld|Felder|bereits|fehlt|erwartet|Unbekannte?s?|keine?|gehört|archiviert|Datum|Stunden)\b/;

/** Never a 5xx; every refusal is problem+json with a German detail, naming at least one field when the input is invalid. */
function checkAnswer(res: LightMyRequestResponse, created: number) {
  expect(res.statusCode, res.body).toBeLessThan(500);
  if (res.statusCode === created) return;
  expect([400, 404], res.body).toContain(res.statusCode);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const problem = res.json();
  expect(problem.status).toBe(res.statusCode);
  expect(problem.detail, problem.detail).toMatch(germanDetail);
  if (problem.code === 'validation_failed') expect(fieldsOf(problem).length).toBeGreaterThan(0);
}

const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }));
const siteId = () => fc.constantFrom(tenants.schuleA1.id, tenants.schuleA2.id, tenants.schuleB.id, tenants.netzwerkA.id, UNKNOWN_ID, 'keine-id');
const date = fc.oneof(fc.constantFrom('2025-08-01', '2026-07-31', '2025-02-30', '01.08.2025', ''), fc.constant(null));

describe('random input never breaks the mapping routes', () => {
  it('POST akteure: never a 5xx; refusals are German problems naming a field', async () => {
    const body = fc.record(
      {
        name: fc.oneof(fc.string({ maxLength: 220 }), junk),
        typ: fc.oneof(fc.constantFrom('jugendamt', 'Freier Träger', 'KITA', 'unbekannt', ''), fc.string({ maxLength: 90 }), junk),
        kreis: fc.oneof(fc.constantFrom('steuergruppe', 'kernteam', 'extern', 'Kernteam'), junk),
        beschreibung: fc.oneof(fc.string({ maxLength: 50 }), fc.constant(null), junk),
        kontaktEmail: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 }), fc.constant(null), junk),
        kontaktTelefon: fc.oneof(fc.stringMatching(/^[\d +()/-]{0,45}$/), fc.string({ maxLength: 20 }), junk),
        standortIds: fc.oneof(fc.array(siteId(), { maxLength: 3 }), junk),
        geteilt: fc.oneof(fc.boolean(), junk),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const res = await api.createAkteur(coordinator, kommuneA, value);
        checkAnswer(res, 201);
        if (res.statusCode === 201) expect(res.json().kommuneId).toBe(kommuneA);
      }),
      { numRuns: 120 },
    );
  });

  it('POST angebote: never a 5xx; refusals are German problems naming a field', async () => {
    const body = fc.record(
      {
        titel: fc.oneof(fc.string({ maxLength: 210 }), junk),
        akteurId: fc.oneof(fc.constantFrom(traeger.id, UNKNOWN_ID, 'x', null), junk),
        handlungsfeld: fc.oneof(fc.constantFrom('mint', 'sprachfoerderung', 'MINT-Bildung', 'kunst'), junk),
        ebene: fc.oneof(fc.constantFrom('individuell', 'systemisch', 'Schule'), junk),
        altersphasen: fc.oneof(fc.array(fc.constantFrom('0-2', '6-9', '19-24', '25-30', 6), { maxLength: 8 }), junk),
        zielgruppe: fc.oneof(fc.string({ maxLength: 40 }), junk),
        standortIds: fc.oneof(fc.array(siteId(), { maxLength: 3 }), junk),
        stundenProWoche: fc.oneof(fc.integer({ min: -8, max: 8100 }).map((n) => n / 4), fc.double({ noNaN: true }), junk),
        finanzierung: fc.oneof(fc.constantFrom('startchancen', 'esf', 'ESF', 'privat'), junk),
        beginn: fc.oneof(date, junk),
        ende: fc.oneof(date, junk),
        status: fc.oneof(fc.constantFrom('geplant', 'beendet', 'Laufend'), junk),
        geteilt: fc.oneof(fc.boolean(), junk),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => checkAnswer(await api.createAngebot(coordinator, kommuneA, value), 201)),
      { numRuns: 120 },
    );
  });

  it('POST kooperationen: never a 5xx; refusals are German problems naming a field', async () => {
    const actor = () => fc.oneof(fc.constantFrom(traeger.id, partner.id, UNKNOWN_ID, 'a'), junk);
    const body = fc.record(
      {
        akteurAId: actor(),
        akteurBId: actor(),
        typ: fc.oneof(fc.constantFrom('absprache', 'gremium', 'Gremium'), junk),
        standortId: fc.oneof(siteId(), fc.constant(null), junk),
        beschreibung: fc.oneof(fc.string({ maxLength: 30 }), junk),
        seit: fc.oneof(date, junk),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => checkAnswer(await api.createKooperation(coordinator, kommuneA, value), 201)),
      { numRuns: 120 },
    );
  });

  it('list queries: never a 5xx for any query value', async () => {
    const key = fc.constantFrom('q', 'typ', 'kreis', 'standortId', 'archiviert', 'page', 'pageSize', 'handlungsfeld', 'altersphase', 'akteurId', 'unbekannt');
    const query = fc.dictionary(key, fc.string({ maxLength: 120 }), { maxKeys: 3 });
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('akteure', 'angebote', 'kooperationen'), async (q, list) => {
        const res = await api[list === 'akteure' ? 'listAkteure' : list === 'angebote' ? 'listAngebote' : 'listKooperationen'](coordinator, kommuneA, `?${new URLSearchParams(q).toString()}`);
        checkAnswer(res, 200);
      }),
      { numRuns: 120 },
    );
  });
});

describe('properties of the accepted input', () => {
  it('accepts weekly hours exactly when they are quarter hours from 0 to 2,000, and stores them unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -500, max: 210_000 }), async (cents) => {
        const hours = cents / 100;
        const res = await api.createAngebot(coordinator, kommuneA, validAngebot({ stundenProWoche: hours }));
        const valid = cents >= 0 && cents <= 200_000 && cents % 25 === 0;
        if (valid) expect(bodyOf<Angebot>(res, 201).stundenProWoche).toBe(hours);
        else expect([...new Set(fieldsOf(expectProblem(res, 400, 'validation_failed')))]).toEqual(['stundenProWoche']);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps a contact e-mail as lower case, whatever case it was typed in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.emailAddress(), fc.boolean(), async (email, upper) => {
        const typed = upper ? email.toUpperCase() : email;
        const res = await api.createAkteur(coordinator, kommuneA, { name: 'Verein mit Adresse', typ: 'verein', kreis: 'extern', kontaktEmail: typed });
        // zod's e-mail check is stricter than RFC 5322 for some generated addresses; those get a German 400.
        if (res.statusCode === 400) expect(fieldsOf(expectProblem(res, 400))).toEqual(['kontaktEmail']);
        else expect(bodyOf<Akteur>(res, 201).kontaktEmail).toBe(typed.toLowerCase());
      }),
      { numRuns: 60 },
    );
  });
});
