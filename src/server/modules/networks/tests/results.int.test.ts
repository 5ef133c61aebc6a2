import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ergebnis } from '../../../../domain/networks/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { netzwerke } from '../networks.schema.js';
import { addMember, auditOf, bodyOf, ergebnisOf, expectProblem, fieldsOf, meetingsApi, meetingWorld, treffenOf, type MeetingsApi, type MeetingWorld } from './meetings-support.js';

let t: TestApp;
let api: MeetingsApi;
let w: MeetingWorld;

beforeAll(async () => {
  t = await createTestApp();
  api = meetingsApi(t.app);
  w = await meetingWorld(t.app, t.database.db);
});
afterAll(async () => t?.close());

const meeting = () => buildTreffen(t.database.db, w.netzwerk.id, { beginn: new Date(Date.now() - 7 * 24 * 3600_000) });
const vereinbarung = (overrides: Record<string, unknown> = {}) => ({ art: 'vereinbarung', text: 'Elternbrief in fünf Sprachen übersetzen', verantwortlichId: w.mitglied.id, faelligAm: '2031-06-30', ...overrides });

describe('results and agreements', () => {
  it('records a result without owner, due date or status', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Die Schulen melden Bedarfe bis März.' }), 201);
    expect(e).toMatchObject({ treffenId: row.id, netzwerk: { id: w.netzwerk.id, name: 'Bildungsnetzwerk Nord' }, art: 'ergebnis', verantwortlich: null, faelligAm: null, status: null, ueberfaellig: false, weitergaben: [], version: 1 });
    expect(treffenOf(await api.get(w.mitglied.session, row.id)).ergebnisse!.map((x) => x.id)).toEqual([e.id]);
    expect(treffenOf(await api.get(w.gast.session, row.id)).ergebnisse).toBeNull();
    expect((await auditOf(t.database.db, e.id)).map((a) => a.action)).toEqual(['ergebnis.created']);
  });

  it('records an agreement with owner and due date, status starting as offen', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung()), 201);
    expect(e).toMatchObject({ art: 'vereinbarung', verantwortlich: { id: w.mitglied.id, name: 'Max Mitglied' }, faelligAm: '2031-06-30', status: 'offen', ueberfaellig: false });
  });

  it('refuses owner, due date and status on a result, and an agreement without a member as owner', async () => {
    const row = await meeting();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ art: 'ergebnis', text: 'Ergebnis', verantwortlichId: w.mitglied.id }, 'verantwortlichId', 'Nur eine Vereinbarung hat eine verantwortliche Person.'],
      [{ art: 'ergebnis', text: 'Ergebnis', faelligAm: '2031-01-01' }, 'faelligAm', 'Nur eine Vereinbarung hat ein Fälligkeitsdatum.'],
      [vereinbarung({ verantwortlichId: null }), 'verantwortlichId', 'Bitte die verantwortliche Person der Vereinbarung angeben.'],
      [vereinbarung({ verantwortlichId: w.fremd.id }), 'verantwortlichId', 'Verantwortlich kann nur ein Mitglied des Netzwerks sein (nicht Gast).'],
      [vereinbarung({ verantwortlichId: w.gast.id }), 'verantwortlichId', 'Verantwortlich kann nur ein Mitglied des Netzwerks sein (nicht Gast).'],
      [vereinbarung({ faelligAm: '30.06.2031' }), 'faelligAm', 'Datum im Format JJJJ-MM-TT angeben.'],
      [vereinbarung({ art: 'aufgabe' }), 'art', 'Unbekannte Art (erlaubt: Ergebnis, Vereinbarung).'],
      [vereinbarung({ text: 'ab' }), 'text', 'Der Text muss mindestens 3 Zeichen lang sein.'],
      [vereinbarung({ status: 'erledigt' }), 'status', 'Unbekannte Felder: status.'],
    ];
    for (const [body, field, message] of cases) {
      const problem = expectProblem(await api.createErgebnis(w.moderation.session, row.id, body), 400);
      expect(problem.errors, JSON.stringify(body)).toEqual([{ field, message }]);
    }
    expect(treffenOf(await api.get(w.moderation.session, row.id)).ergebnisse).toEqual([]);
  });

  it('is recorded by moderation only', async () => {
    const row = await meeting();
    expectProblem(await api.createErgebnis(w.mitglied.session, row.id, vereinbarung()), 403, 'forbidden');
    expectProblem(await api.createErgebnis(w.gast.session, row.id, vereinbarung()), 403, 'forbidden');
    expectProblem(await api.createErgebnis(w.fremd.session, row.id, vereinbarung()), 404, 'not_found');
  });

  it('lets the owner change the status; other members and guests may not; moderation may', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung()), 201);
    const inArbeit = ergebnisOf(await api.ergebnisStatus(w.mitglied.session, e.id, { status: 'in-arbeit', version: 1 }));
    expect(inArbeit).toMatchObject({ status: 'in-arbeit', version: 2 });
    expectProblem(await api.ergebnisStatus(w.mitglied2.session, e.id, { status: 'erledigt', version: 2 }), 403, 'forbidden');
    expectProblem(await api.ergebnisStatus(w.gast.session, e.id, { status: 'erledigt', version: 2 }), 403, 'forbidden');
    expectProblem(await api.ergebnisStatus(w.fremd.session, e.id, { status: 'erledigt', version: 2 }), 404, 'not_found');
    expectProblem(await api.ergebnisStatus(w.mitglied.session, e.id, { status: 'erledigt', version: 1 }), 409, 'conflict');
    const problem = expectProblem(await api.ergebnisStatus(w.mitglied.session, e.id, { status: 'fertig', version: 2 }), 400);
    expect(problem.errors).toEqual([{ field: 'status', message: 'Unbekannter Stand (erlaubt: offen, in Arbeit, erledigt).' }]);
    expect(ergebnisOf(await api.ergebnisStatus(w.moderation.session, e.id, { status: 'erledigt', version: 2 }))).toMatchObject({ status: 'erledigt', version: 3 });
    expect((await auditOf(t.database.db, e.id)).map((a) => a.action)).toEqual(['ergebnis.created', 'ergebnis.status_changed', 'ergebnis.status_changed']);
  });

  it('has no status for a plain result', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Festgestellt' }), 201);
    expect(expectProblem(await api.ergebnisStatus(w.moderation.session, e.id, { status: 'erledigt', version: 1 }), 400).errors).toEqual([{ field: 'status', message: 'Nur eine Vereinbarung hat einen Stand.' }]);
  });

  it('is edited by moderation: text, kind, owner, due date, status', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Zuerst ein Ergebnis' }), 201);
    const changed = ergebnisOf(await api.updateErgebnis(w.moderation.session, e.id, { ...vereinbarung({ verantwortlichId: w.mitglied2.id, faelligAm: null }), version: 1 }));
    expect(changed).toMatchObject({ art: 'vereinbarung', verantwortlich: { id: w.mitglied2.id, name: 'Mia Mitglied' }, faelligAm: null, status: 'offen', version: 2 });
    const done = ergebnisOf(await api.updateErgebnis(w.moderation.session, e.id, { ...vereinbarung({ verantwortlichId: w.mitglied2.id }), status: 'erledigt', version: 2 }));
    expect(done.status).toBe('erledigt');
    // Kept when the status is left out.
    expect(ergebnisOf(await api.updateErgebnis(w.moderation.session, e.id, { ...vereinbarung({ text: 'Neuer Text' }), version: 3 }))).toMatchObject({ status: 'erledigt', text: 'Neuer Text' });
    expect(expectProblem(await api.updateErgebnis(w.moderation.session, e.id, { art: 'ergebnis', text: 'Zurück', status: 'offen', version: 4 }), 400).errors).toEqual([
      { field: 'status', message: 'Nur eine Vereinbarung hat einen Stand.' },
    ]);
    const plain = ergebnisOf(await api.updateErgebnis(w.moderation.session, e.id, { art: 'ergebnis', text: 'Zurück zum Ergebnis', version: 4 }));
    expect(plain).toMatchObject({ art: 'ergebnis', verantwortlich: null, status: null, faelligAm: null });
    expectProblem(await api.updateErgebnis(w.moderation.session, e.id, { art: 'ergebnis', text: 'Veraltet', version: 4 }), 409, 'conflict');
    expectProblem(await api.updateErgebnis(w.mitglied.session, e.id, { art: 'ergebnis', text: 'Mitglied', version: 5 }), 403, 'forbidden');
  });

  it('is deleted by moderation with the current version', async () => {
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung()), 201);
    expectProblem(await api.deleteErgebnis(w.mitglied.session, e.id, { version: 1 }), 403, 'forbidden');
    expectProblem(await api.deleteErgebnis(w.moderation.session, e.id, { version: 2 }), 409, 'conflict');
    expect(fieldsOf(expectProblem(await api.deleteErgebnis(w.moderation.session, e.id, {}), 400))).toEqual(['version']);
    expect((await api.deleteErgebnis(w.moderation.session, e.id, { version: 1 })).statusCode).toBe(204);
    expect(treffenOf(await api.get(w.moderation.session, row.id)).ergebnisse).toEqual([]);
    expectProblem(await api.deleteErgebnis(w.moderation.session, e.id, { version: 1 }), 404, 'not_found');
    expect((await auditOf(t.database.db, e.id)).map((a) => a.action)).toEqual(['ergebnis.created', 'ergebnis.deleted']);
  });

  it('marks an agreement overdue once its due date has passed in Germany, unless it is done', async () => {
    const row = await meeting();
    const gestern = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() - 24 * 3600_000));
    const heute = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const spaet = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung({ faelligAm: gestern })), 201);
    const heuteFaellig = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung({ faelligAm: heute })), 201);
    expect([spaet.ueberfaellig, heuteFaellig.ueberfaellig]).toEqual([true, false]);
    expect(ergebnisOf(await api.ergebnisStatus(w.mitglied.session, spaet.id, { status: 'erledigt', version: 1 })).ueberfaellig).toBe(false);
  });
});

describe('passing results between networks', () => {
  async function setup() {
    // The moderation of the local network is also in the steering group (as a member) and in a third network (as a guest).
    const steuergruppe = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Steuergruppe', ebene: 'kommune', schwerpunkt: 'steuerung', members: { [w.moderation.id]: 'mitglied', [w.fremd.id]: 'moderation' } });
    const row = await meeting();
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, vereinbarung()), 201);
    return { steuergruppe, row, e };
  }

  it('passes a result up, shows it in the receiving feed with its origin, and reports the receipt back', async () => {
    const { steuergruppe, row, e } = await setup();
    const passed = bodyOf<Ergebnis['weitergaben'][number]>(await api.pass(w.moderation.session, e.id, { anNetzwerkId: steuergruppe.id, notiz: 'Zur Kenntnis' }), 201);
    expect(passed).toMatchObject({ von: { id: w.netzwerk.id, name: 'Bildungsnetzwerk Nord' }, an: { id: steuergruppe.id, name: 'Steuergruppe' }, notiz: 'Zur Kenntnis', empfangenAm: null });

    const feed = bodyOf<{ items: { weitergabe: { id: string; von: { name: string }; empfangenAm: string | null }; ergebnis: { id: string; text: string; verantwortlich: { name: string } | null; status: string | null }; treffen: { titel: string; beginn: string } }[] }>(
      await api.eingang(w.fremd.session, steuergruppe.id),
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      weitergabe: { id: passed.id, von: { name: 'Bildungsnetzwerk Nord' }, empfangenAm: null },
      ergebnis: { id: e.id, text: e.text, verantwortlich: { name: 'Max Mitglied' }, status: 'offen' },
      treffen: { titel: row.titel, beginn: row.beginn.toISOString() },
    });

    // Only the receiving moderation acknowledges: the passing member of the steering group may read but not confirm.
    expect(bodyOf<{ items: unknown[] }>(await api.eingang(w.moderation.session, steuergruppe.id)).items).toHaveLength(1);
    expectProblem(await api.acknowledge(w.moderation.session, passed.id), 403, 'forbidden');
    expectProblem(await api.acknowledge(w.mitglied.session, passed.id), 404, 'not_found');
    const received = bodyOf<{ empfangenAm: string | null }>(await api.acknowledge(w.fremd.session, passed.id));
    expect(received.empfangenAm).not.toBeNull();
    expectProblem(await api.acknowledge(w.fremd.session, passed.id), 409, 'already_acknowledged');

    const origin = treffenOf(await api.get(w.mitglied.session, row.id)).ergebnisse!.find((x) => x.id === e.id)!;
    expect(origin.weitergaben).toEqual([expect.objectContaining({ id: passed.id, an: { id: steuergruppe.id, name: 'Steuergruppe' }, empfangenAm: received.empfangenAm })]);
    expect((await auditOf(t.database.db, passed.id)).map((a) => a.action)).toEqual(['weitergabe.created', 'weitergabe.received']);
  });

  it('refuses the same result to the same network twice (409)', async () => {
    const { steuergruppe, e } = await setup();
    bodyOf(await api.pass(w.moderation.session, e.id, { anNetzwerkId: steuergruppe.id }), 201);
    expect(expectProblem(await api.pass(w.moderation.session, e.id, { anNetzwerkId: steuergruppe.id }), 409, 'already_passed').detail).toBe('Dieses Ergebnis wurde bereits an dieses Netzwerk weitergegeben.');
  });

  it('passes only to another active network the caller belongs to', async () => {
    const { e } = await setup();
    const fremdesNetz = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [w.fremd.id]: 'moderation' } });
    const archiv = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [w.moderation.id]: 'moderation' } });
    await t.database.db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, archiv.id));
    const cases: [unknown, string][] = [
      [{ anNetzwerkId: w.netzwerk.id }, 'Ein Ergebnis kann nicht an das eigene Netzwerk weitergegeben werden.'],
      [{ anNetzwerkId: fremdesNetz.id }, 'Dieses Netzwerk gibt es nicht oder Sie sind dort nicht Mitglied.'],
      [{ anNetzwerkId: '00000000-0000-4000-8000-000000000000' }, 'Dieses Netzwerk gibt es nicht oder Sie sind dort nicht Mitglied.'],
      [{ anNetzwerkId: archiv.id }, 'Dieses Netzwerk ist archiviert und nimmt keine Ergebnisse mehr an.'],
      [{ anNetzwerkId: 'steuergruppe' }, 'Ungültige Kennung.'],
    ];
    for (const [body, message] of cases) {
      expect(expectProblem(await api.pass(w.moderation.session, e.id, body), 400).errors, JSON.stringify(body)).toEqual([{ field: 'anNetzwerkId', message }]);
    }
  });

  it('is for the moderation of the origin network only', async () => {
    const { steuergruppe, e } = await setup();
    await addMember(t.database.db, steuergruppe.id, w.mitglied.id, 'mitglied');
    expectProblem(await api.pass(w.mitglied.session, e.id, { anNetzwerkId: steuergruppe.id }), 403, 'forbidden');
    expectProblem(await api.pass(w.fremd.session, e.id, { anNetzwerkId: steuergruppe.id }), 404, 'not_found');
  });

  it('shows the incoming feed to members of the receiving network only', async () => {
    const { steuergruppe } = await setup();
    await addMember(t.database.db, steuergruppe.id, w.gast.id, 'gast');
    expectProblem(await api.eingang(w.gast.session, steuergruppe.id), 403, 'forbidden');
    expectProblem(await api.eingang(w.mitglied.session, steuergruppe.id), 404, 'not_found');
    // The origin's own feed does not list what it passed on.
    expect(bodyOf<{ items: unknown[] }>(await api.eingang(w.mitglied.session, w.netzwerk.id)).items).toEqual([]);
  });

  it('takes a deleted result out of the receivers feed', async () => {
    const { steuergruppe, e } = await setup();
    bodyOf(await api.pass(w.moderation.session, e.id, { anNetzwerkId: steuergruppe.id }), 201);
    const before = bodyOf<{ items: { ergebnis: { id: string } }[] }>(await api.eingang(w.fremd.session, steuergruppe.id)).items.length;
    expect((await api.deleteErgebnis(w.moderation.session, e.id, { version: 1 })).statusCode).toBe(204);
    const after = bodyOf<{ items: { ergebnis: { id: string } }[] }>(await api.eingang(w.fremd.session, steuergruppe.id)).items;
    expect(after).toHaveLength(before - 1);
    expect(after.map((i) => i.ergebnis.id)).not.toContain(e.id);
  });
});
