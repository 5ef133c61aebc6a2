import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Akteur, Angebot, Kooperation } from '../../../../domain/mapping/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { akteurAsBody, angebotAsBody, auditOf, bodyOf, buildMappingTenants, kooperationAsBody, mappingApi, signedIn, type MappingApi, type MappingTenants } from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let coordinator: Session;
let coordinatorId: string;

/** Free texts and contact data that must stay out of the audit log. */
const secrets = {
  name: 'Beratungsstelle Sonnenschein',
  newName: 'Beratungsstelle Regenbogen',
  beschreibung: 'Vertrauliche Absprache zur Familie Mustermann',
  kontaktFunktion: 'Leitung Frau Beispiel',
  kontaktEmail: 'sonnenschein@beratung.example',
  kontaktTelefon: '0221 555 1234',
  titel: 'Gruppe für Kinder suchtkranker Eltern',
  angebotBeschreibung: 'Geschützter Raum, Anmeldung über Frau Beispiel',
  zielgruppe: 'Kinder aus Familie Mustermann und Nachbarschaft',
  kooperationBeschreibung: 'Fallbesprechung zu Familie Mustermann',
};

let akteur: Akteur;
let partner: Akteur;
let angebot: Angebot;
let kooperation: Kooperation;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  const signed = await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope);
  coordinator = signed.session;
  coordinatorId = signed.user.id;
  const kommuneA = tenants.kommuneA.id;

  akteur = bodyOf<Akteur>(
    await api.createAkteur(coordinator, kommuneA, {
      name: secrets.name,
      typ: 'freier-traeger',
      kreis: 'kernteam',
      beschreibung: secrets.beschreibung,
      kontaktFunktion: secrets.kontaktFunktion,
      kontaktEmail: secrets.kontaktEmail,
      kontaktTelefon: secrets.kontaktTelefon,
      standortIds: [tenants.schuleA1.id],
    }),
    201,
  );
  akteur = bodyOf<Akteur>(await api.updateAkteur(coordinator, akteur.id, { ...akteurAsBody(akteur), name: secrets.newName, kontaktEmail: `neu-${secrets.kontaktEmail}` }));
  akteur = bodyOf<Akteur>(await api.archiveAkteur(coordinator, akteur.id, akteur.version));
  akteur = bodyOf<Akteur>(await api.restoreAkteur(coordinator, akteur.id, akteur.version));
  partner = bodyOf<Akteur>(await api.createAkteur(coordinator, kommuneA, { name: 'Partner', typ: 'jugendamt', kreis: 'steuergruppe' }), 201);

  angebot = bodyOf<Angebot>(
    await api.createAngebot(coordinator, kommuneA, {
      titel: secrets.titel,
      beschreibung: secrets.angebotBeschreibung,
      zielgruppe: secrets.zielgruppe,
      akteurId: akteur.id,
      handlungsfeld: 'beratung',
      ebene: 'individuell',
      altersphasen: ['6-9'],
      finanzierung: 'kommunal',
      stundenProWoche: 3,
    }),
    201,
  );
  angebot = bodyOf<Angebot>(await api.updateAngebot(coordinator, angebot.id, { ...angebotAsBody(angebot), stundenProWoche: 4.5 }));
  angebot = bodyOf<Angebot>(await api.archiveAngebot(coordinator, angebot.id, angebot.version));

  kooperation = bodyOf<Kooperation>(
    await api.createKooperation(coordinator, kommuneA, { akteurAId: akteur.id, akteurBId: partner.id, typ: 'fallberatung', beschreibung: secrets.kooperationBeschreibung }),
    201,
  );
  kooperation = bodyOf<Kooperation>(await api.updateKooperation(coordinator, kooperation.id, { ...kooperationAsBody(kooperation), typ: 'vereinbarung', beschreibung: `${secrets.kooperationBeschreibung} (neu)` }));
  kooperation = bodyOf<Kooperation>(await api.archiveKooperation(coordinator, kooperation.id, kooperation.version));
});
afterAll(async () => t?.close());

describe('audit of the mapping', () => {
  it('records every change with actor, Kommune and entity', async () => {
    const entries = await t.database.db.select().from(auditLog).where(inArray(auditLog.entityId, [akteur.id, angebot.id, kooperation.id]));
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        'akteur.created',
        'akteur.updated',
        'akteur.archived',
        'akteur.restored',
        'angebot.created',
        'angebot.updated',
        'angebot.archived',
        'kooperation.created',
        'kooperation.updated',
        'kooperation.archived',
      ].sort(),
    );
    for (const e of entries) {
      expect(e, e.action).toMatchObject({ actorId: coordinatorId, scopeId: tenants.kommuneA.id, entityType: e.action.split('.')[0] });
      expect(e.requestId, e.action).toBeTruthy();
    }
  });

  it('keeps ids, codes and figures of akteur.created, but no name, e-mail, phone or description', async () => {
    const [created] = await auditOf(t.database.db, akteur.id);
    expect(created!.action).toBe('akteur.created');
    expect(created!.before).toBeNull();
    expect(created!.after).toEqual({ id: akteur.id, typ: 'freier-traeger', kreis: 'kernteam', geteilt: false, archiviert: false, version: 1, standortIds: [tenants.schuleA1.id] });
    for (const key of ['name', 'kontaktEmail', 'kontaktTelefon', 'kontaktFunktion', 'beschreibung']) expect(created!.after, key).not.toHaveProperty(key);
  });

  it('keeps before and after of a change free of the old and the new texts', async () => {
    const updated = (await auditOf(t.database.db, akteur.id)).find((e) => e.action === 'akteur.updated')!;
    expect(updated.before).toMatchObject({ version: 1 });
    expect(updated.after).toMatchObject({ version: 2 });
    expect(updated.before).not.toHaveProperty('name');
    expect(updated.after).not.toHaveProperty('name');
    const offer = (await auditOf(t.database.db, angebot.id)).find((e) => e.action === 'angebot.updated')!;
    expect(offer.before).toMatchObject({ stundenProWoche: 3, handlungsfeld: 'beratung', finanzierung: 'kommunal', akteurId: akteur.id });
    expect(offer.after).toMatchObject({ stundenProWoche: 4.5 });
  });

  it('never contains a free text or contact detail in any mapping entry', async () => {
    const entries = await t.database.db.select().from(auditLog).where(inArray(auditLog.entityType, ['akteur', 'angebot', 'kooperation', 'akteur_typ']));
    expect(entries.length).toBeGreaterThanOrEqual(11);
    for (const e of entries) {
      const recorded = JSON.stringify([e.before, e.after]);
      expect(recorded, `${e.action}`).not.toMatch(/@/);
      expect(recorded, `${e.action}`).not.toMatch(/Mustermann|Beispiel|Sonnenschein|Regenbogen|suchtkrank|555/);
      for (const text of Object.values(secrets)) expect(recorded.includes(text), `${e.action} contains „${text}“`).toBe(false);
    }
  });
});
