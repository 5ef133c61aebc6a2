import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mitglied, Netzwerk } from '../../../../domain/networks/contracts.js';
import { buildUser } from '../../../testing/factories.js';
import { buildNetzwerk } from '../../../testing/network-factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { auditOf, bodyOf, buildNetworkTenants, expectProblem, fieldsOf, networksApi, person, UNKNOWN_ID, type NetworksApi, type NetworkTenants, type Person } from './networks-support.js';

let t: TestApp;
let api: NetworksApi;
let tn: NetworkTenants;
let moderation: Person;
let mitglied: Person;
let gast: Person;
let outsider: Person;
let netzwerkId: string;

beforeAll(async () => {
  t = await createTestApp();
  api = networksApi(t.app);
  tn = await buildNetworkTenants(t.database.db);
  outsider = await person(t.app, t.database.db, 'kommunalkoordination', tn.bochum, 'Koordination Bochum');
});
afterAll(async () => t?.close());

/** A fresh network per test: Moderation, Mitglied, Gast. */
beforeEach(async () => {
  const db = t.database.db;
  moderation = await person(t.app, db, 'fachkraft', tn.schuleBochum, 'Mara Moderation');
  mitglied = await person(t.app, db, 'fachkraft', tn.schuleBochum, 'Ben Mitglied');
  gast = await person(t.app, db, 'mitglied', tn.dortmund, 'Gina Gast');
  const n = await buildNetzwerk(db, {
    traegerScopeId: tn.bochum.id,
    kommuneIds: [tn.bochum.id],
    members: { [moderation.id]: 'moderation', [mitglied.id]: 'mitglied', [gast.id]: 'gast' },
  });
  netzwerkId = n.id;
});

const members = async (as: Person = moderation) => bodyOf<{ items: Mitglied[] }>(await api.mitglieder(as.session, netzwerkId)).items;

describe('the member list', () => {
  it('shows members and moderation who belongs, moderation first', async () => {
    const list = await members(mitglied);
    expect(list.map((m) => [m.name, m.rolle])).toEqual([
      ['Mara Moderation', 'moderation'],
      ['Ben Mitglied', 'mitglied'],
      ['Gina Gast', 'gast'],
    ]);
    expect(list[0]).toMatchObject({ userId: moderation.id, seit: expect.any(String) });
    expect(JSON.stringify(list)).not.toContain('@');
  });

  it('is closed to guests (403) and hidden from outsiders (404)', async () => {
    expectProblem(await api.mitglieder(gast.session, netzwerkId), 403, 'forbidden');
    expectProblem(await api.mitglieder(outsider.session, netzwerkId), 404, 'not_found');
  });
});

describe('adding a member', () => {
  it('adds an existing active account by e-mail address, in any case', async () => {
    const newcomer = await buildUser(t.database.db, { role: 'schulleitung', scopeId: tn.schuleBochum.id, name: 'Nele Neu' });
    const added = bodyOf<Mitglied>(await api.addMitglied(moderation.session, netzwerkId, { email: `  ${newcomer.email.toUpperCase()} `, rolle: 'mitglied' }), 201);
    expect(added).toMatchObject({ userId: newcomer.id, name: 'Nele Neu', rolle: 'mitglied' });
    expect((await members()).map((m) => m.userId)).toContain(newcomer.id);
    const [entry] = (await auditOf(t.database.db, netzwerkId)).filter((e) => e.action === 'netzwerk_mitglied.added');
    expect(entry).toMatchObject({ entityType: 'netzwerk_mitglied', actorId: moderation.id, scopeId: tn.bochum.id, after: { userId: newcomer.id, rolle: 'mitglied' } });
    expect(JSON.stringify(entry)).not.toContain('@');
  });

  it('makes the network visible to the new member', async () => {
    const newcomer = await person(t.app, t.database.db, 'fachkraft', tn.schuleBochum);
    expectProblem(await api.get(newcomer.session, netzwerkId), 404);
    bodyOf(await api.addMitglied(moderation.session, netzwerkId, { email: newcomer.email, rolle: 'gast' }), 201);
    expect(bodyOf<Netzwerk>(await api.get(newcomer.session, netzwerkId))).toMatchObject({ meineRolle: 'gast', mitgliederAnzahl: 4 });
  });

  it('refuses unknown and deactivated accounts with the same message', async () => {
    const inactive = await buildUser(t.database.db, { role: 'fachkraft', scopeId: tn.schuleBochum.id, active: false });
    for (const email of ['niemand@example.org', inactive.email]) {
      const problem = expectProblem(await api.addMitglied(moderation.session, netzwerkId, { email, rolle: 'mitglied' }), 400);
      expect(problem.errors).toEqual([{ field: 'email', message: 'Es gibt kein aktives Konto mit dieser E-Mail-Adresse.' }]);
    }
  });

  it('answers 409 for someone who belongs already', async () => {
    const problem = expectProblem(await api.addMitglied(moderation.session, netzwerkId, { email: gast.email, rolle: 'moderation' }), 409, 'already_member');
    expect(problem.detail).toBe('Diese Person gehört dem Netzwerk bereits an. Ihre Rolle lässt sich in der Mitgliederliste ändern.');
    expect((await members()).find((m) => m.userId === gast.id)!.rolle).toBe('gast');
  });

  it('names the field of bad input', async () => {
    expect(fieldsOf(expectProblem(await api.addMitglied(moderation.session, netzwerkId, { email: 'keine-adresse', rolle: 'mitglied' }), 400))).toEqual(['email']);
    const rolle = expectProblem(await api.addMitglied(moderation.session, netzwerkId, { email: outsider.email, rolle: 'chef' }), 400);
    expect(rolle.errors).toEqual([{ field: 'rolle', message: 'Unbekannte Rolle im Netzwerk (erlaubt: Moderation, Mitglied, Gast).' }]);
    expect(fieldsOf(expectProblem(await api.addMitglied(moderation.session, netzwerkId, { rolle: 'gast' }), 400))).toEqual(['email']);
  });

  it('is for moderation only', async () => {
    expectProblem(await api.addMitglied(mitglied.session, netzwerkId, { email: outsider.email, rolle: 'gast' }), 403, 'forbidden');
    expectProblem(await api.addMitglied(gast.session, netzwerkId, { email: outsider.email, rolle: 'gast' }), 403, 'forbidden');
    expectProblem(await api.addMitglied(outsider.session, netzwerkId, { email: outsider.email, rolle: 'moderation' }), 404, 'not_found');
    expect((await members()).map((m) => m.userId)).not.toContain(outsider.id);
  });
});

describe('changing a role', () => {
  it('lets moderation change a role and records before and after', async () => {
    const changed = bodyOf<Mitglied>(await api.changeRolle(moderation.session, netzwerkId, gast.id, { rolle: 'mitglied' }));
    expect(changed).toMatchObject({ userId: gast.id, rolle: 'mitglied', name: 'Gina Gast' });
    expect(bodyOf<{ items: Mitglied[] }>(await api.mitglieder(gast.session, netzwerkId)).items).toHaveLength(3);
    const entry = (await auditOf(t.database.db, netzwerkId)).find((e) => e.action === 'netzwerk_mitglied.changed');
    expect(entry).toMatchObject({ before: { userId: gast.id, rolle: 'gast' }, after: { userId: gast.id, rolle: 'mitglied' } });
  });

  it('never demotes the last moderation, but does once there is a second', async () => {
    const problem = expectProblem(await api.changeRolle(moderation.session, netzwerkId, moderation.id, { rolle: 'mitglied' }), 409, 'last_moderation');
    expect(problem.detail).toBe('Die letzte Moderation kann nicht herabgestuft werden. Bitte zuerst eine andere Person zur Moderation machen.');
    expect(fieldsOf(problem)).toEqual(['rolle']);
    bodyOf(await api.changeRolle(moderation.session, netzwerkId, mitglied.id, { rolle: 'moderation' }));
    bodyOf(await api.changeRolle(moderation.session, netzwerkId, moderation.id, { rolle: 'mitglied' }));
    expect((await members(mitglied)).filter((m) => m.rolle === 'moderation').map((m) => m.userId)).toEqual([mitglied.id]);
    // The former moderation is a member now and may no longer change roles.
    expectProblem(await api.changeRolle(moderation.session, netzwerkId, gast.id, { rolle: 'mitglied' }), 403, 'forbidden');
  });

  it('answers 404 for someone outside the network and refuses members', async () => {
    expectProblem(await api.changeRolle(moderation.session, netzwerkId, outsider.id, { rolle: 'gast' }), 404, 'not_found');
    expectProblem(await api.changeRolle(moderation.session, netzwerkId, UNKNOWN_ID, { rolle: 'gast' }), 404, 'not_found');
    expectProblem(await api.changeRolle(mitglied.session, netzwerkId, gast.id, { rolle: 'moderation' }), 403, 'forbidden');
    expect(fieldsOf(expectProblem(await api.changeRolle(moderation.session, netzwerkId, gast.id, { rolle: 'vorsitz' }), 400))).toEqual(['rolle']);
    expect(fieldsOf(expectProblem(await api.changeRolle(moderation.session, netzwerkId, 'keine-id', { rolle: 'gast' }), 400))).toEqual(['userId']);
  });
});

describe('removing a member and leaving', () => {
  it('lets moderation remove a member, who then no longer sees the network', async () => {
    expect((await api.removeMitglied(moderation.session, netzwerkId, mitglied.id)).statusCode).toBe(204);
    expect((await members()).map((m) => m.userId)).not.toContain(mitglied.id);
    expectProblem(await api.get(mitglied.session, netzwerkId), 404);
    const entry = (await auditOf(t.database.db, netzwerkId)).find((e) => e.action === 'netzwerk_mitglied.removed');
    expect(entry).toMatchObject({ actorId: moderation.id, before: { userId: mitglied.id, rolle: 'mitglied' }, after: { verlassen: false } });
  });

  it('lets members and guests leave on their own but not remove others', async () => {
    expectProblem(await api.removeMitglied(mitglied.session, netzwerkId, gast.id), 403, 'forbidden');
    expectProblem(await api.removeMitglied(gast.session, netzwerkId, mitglied.id), 403, 'forbidden');
    expect((await api.removeMitglied(gast.session, netzwerkId, gast.id)).statusCode).toBe(204);
    expect((await api.removeMitglied(mitglied.session, netzwerkId, mitglied.id)).statusCode).toBe(204);
    expect((await members()).map((m) => m.userId)).toEqual([moderation.id]);
    const left = (await auditOf(t.database.db, netzwerkId)).filter((e) => e.action === 'netzwerk_mitglied.removed');
    expect(left.map((e) => [e.actorId, (e.after as { verlassen: boolean }).verlassen])).toEqual([
      [gast.id, true],
      [mitglied.id, true],
    ]);
  });

  it('keeps the last moderation in the network', async () => {
    const problem = expectProblem(await api.removeMitglied(moderation.session, netzwerkId, moderation.id), 409, 'last_moderation');
    expect(problem.detail).toBe('Die letzte Moderation kann das Netzwerk nicht verlassen. Bitte zuerst eine andere Person zur Moderation machen.');
    bodyOf(await api.changeRolle(moderation.session, netzwerkId, gast.id, { rolle: 'moderation' }));
    expect((await api.removeMitglied(moderation.session, netzwerkId, moderation.id)).statusCode).toBe(204);
    expectProblem(await api.removeMitglied(gast.session, netzwerkId, gast.id), 409, 'last_moderation');
  });

  it('answers 404 for someone who does not belong and for outsiders', async () => {
    expectProblem(await api.removeMitglied(moderation.session, netzwerkId, outsider.id), 404, 'not_found');
    expectProblem(await api.removeMitglied(outsider.session, netzwerkId, outsider.id), 404, 'not_found');
    expectProblem(await api.removeMitglied(outsider.session, netzwerkId, mitglied.id), 404, 'not_found');
  });

  it('lets only one of two moderations leave when both try at once', async () => {
    bodyOf(await api.changeRolle(moderation.session, netzwerkId, mitglied.id, { rolle: 'moderation' }));
    const results = await Promise.all([api.removeMitglied(moderation.session, netzwerkId, moderation.id), api.removeMitglied(mitglied.session, netzwerkId, mitglied.id)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    const stayed = results[0]!.statusCode === 204 ? mitglied : moderation;
    expect((await members(stayed)).filter((m) => m.rolle === 'moderation').map((m) => m.userId)).toEqual([stayed.id]);
  });
});
