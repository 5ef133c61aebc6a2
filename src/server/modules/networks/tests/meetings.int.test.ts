import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Treffen } from '../../../../domain/networks/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { netzwerke, sitzungsreihen, treffen as treffenTable, weitergaben, ergebnisse } from '../networks.schema.js';
import { addMember, auditOf, expectProblem, person, fieldsOf, inDays, meetingsApi, meetingWorld, treffenOf, type MeetingsApi, type MeetingWorld, type Person } from './meetings-support.js';

// Runs on embedded PGlite by default and on PostgreSQL when DATABASE_URL is set.
let t: TestApp;
let api: MeetingsApi;
let w: MeetingWorld;

beforeAll(async () => {
  t = await createTestApp();
  api = meetingsApi(t.app);
  w = await meetingWorld(t.app, t.database.db);
});
afterAll(async () => t?.close());

const meeting = (opts: Parameters<typeof buildTreffen>[2] = {}) => buildTreffen(t.database.db, w.netzwerk.id, opts);

/** A series occurrence as the series use case stores it: 13:30 local on its series date. */
async function occurrence(reiheTermin: string, beginn: Date) {
  const [reihe] = await t.database.db
    .insert(sitzungsreihen)
    .values({ netzwerkId: w.netzwerk.id, titel: 'Online-Austausch', regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3', beginn: reiheTermin, dauerMinuten: 60 })
    .returning();
  const [row] = await t.database.db
    .insert(treffenTable)
    .values({ netzwerkId: w.netzwerk.id, reiheId: reihe!.id, reiheTermin, titel: 'Online-Austausch', beginn, ende: new Date(beginn.getTime() + 3600_000) })
    .returning();
  return row!;
}

const move = (overrides: Record<string, unknown> = {}) => ({ titel: 'Netzwerktreffen Frühjahr', beginn: '2031-03-04T14:00', dauerMinuten: 90, ort: 'Rathaus, Raum 101', onlineLink: null, kapazitaet: null, version: 1, ...overrides });

describe('reading a meeting', () => {
  it('shows members everything and guests the agenda and counts but no names, minutes or results', async () => {
    const row = await meeting({ protokoll: 'Begrüßung und Vorstellungsrunde.' });
    await api.register(w.mitglied.session, row.id);
    const asMember = treffenOf(await api.get(w.mitglied.session, row.id));
    expect(asMember).toMatchObject({ id: row.id, netzwerk: { id: w.netzwerk.id, name: 'Bildungsnetzwerk Nord' }, meineRolle: 'mitglied', meineAnmeldung: 'angemeldet', angemeldet: 1, warteliste: 0, protokoll: 'Begrüßung und Vorstellungsrunde.', hatProtokoll: true, ergebnisse: [] });
    expect(asMember.anmeldungen).toEqual([expect.objectContaining({ person: { id: w.mitglied.id, name: 'Max Mitglied' }, status: 'angemeldet', anwesend: null })]);
    const asGuest = treffenOf(await api.get(w.gast.session, row.id));
    expect(asGuest).toMatchObject({ meineRolle: 'gast', meineAnmeldung: null, angemeldet: 1, anmeldungen: null, protokoll: null, ergebnisse: null, hatProtokoll: true });
  });

  it('hides a meeting from everyone outside its network (404) and answers 404 for an unknown id', async () => {
    const row = await meeting();
    expectProblem(await api.get(w.fremd.session, row.id), 404, 'not_found');
    expectProblem(await api.get(w.mitglied.session, '00000000-0000-4000-8000-000000000000'), 404, 'not_found');
    expect(fieldsOf(expectProblem(await api.get(w.mitglied.session, 'kein-treffen'), 400, 'validation_failed'))).toEqual(['id']);
  });

  it('needs a session', async () => {
    const row = await meeting();
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/treffen/${row.id}` }), 401, 'unauthenticated');
  });
});

describe('moving and editing one meeting', () => {
  it('stores the local time in Europe/Berlin, raises version and sequence and writes the audit', async () => {
    const row = await meeting();
    const moved = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-07-01T09:30', dauerMinuten: 120 })));
    // Summer time: 09:30 in Berlin is 07:30 UTC.
    expect(moved).toMatchObject({ beginn: '2031-07-01T07:30:00.000Z', ende: '2031-07-01T09:30:00.000Z', titel: 'Netzwerktreffen Frühjahr', ort: 'Rathaus, Raum 101', verschoben: false, version: 2 });
    const winter = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-12-01T09:30', version: 2 })));
    expect(winter.beginn).toBe('2031-12-01T08:30:00.000Z');
    const [stored] = await t.database.db.select().from(treffenTable).where(eq(treffenTable.id, row.id));
    expect(stored!.sequenz).toBe(2);
    expect((await auditOf(t.database.db, row.id)).map((e) => e.action)).toEqual(['treffen.updated', 'treffen.updated']);
  });

  it('marks an occurrence of a series as moved when it leaves its series date, and not when it returns', async () => {
    const row = await occurrence('2031-02-11T13:30', new Date('2031-02-11T12:30:00Z'));
    const moved = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-02-18T13:30', dauerMinuten: 60 })));
    expect(moved).toMatchObject({ verschoben: true, reiheTermin: '2031-02-11T13:30', reiheId: row.reiheId, beginn: '2031-02-18T12:30:00.000Z' });
    const back = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-02-11T13:30', dauerMinuten: 60, version: 2 })));
    expect(back.verschoben).toBe(false);
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const row = await meeting({ titel: 'Vorher' });
    treffenOf(await api.update(w.moderation.session, row.id, move()));
    expectProblem(await api.update(w.moderation.session, row.id, move({ titel: 'Zu spät' })), 409, 'conflict');
    expect(treffenOf(await api.get(w.moderation.session, row.id)).titel).toBe('Netzwerktreffen Frühjahr');
  });

  it('lets exactly one of two parallel edits win', async () => {
    const row = await meeting();
    const results = await Promise.all([api.update(w.moderation.session, row.id, move({ titel: 'Eins' })), api.update(w.moderation.session, row.id, move({ titel: 'Zwei' }))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses bad input with German messages naming the field', async () => {
    const row = await meeting();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [move({ beginn: '04.03.2031 14:00' }), 'beginn', /JJJJ-MM-TT/],
      [move({ beginn: '2031-02-30T14:00' }), 'beginn', /gibt es nicht/],
      [move({ beginn: '2031-03-04T25:00' }), 'beginn', /gibt es nicht/],
      [move({ dauerMinuten: 2 }), 'dauerMinuten', /mindestens 5 Minuten/],
      [move({ titel: 'A' }), 'titel', /mindestens 3 Zeichen/],
      [move({ onlineLink: 'ftp://example.org' }), 'onlineLink', /https:\/\//],
      [move({ kapazitaet: 0 }), 'kapazitaet', /mindestens einen Platz/],
      [move({ version: undefined }), 'version', /fehlt/],
      [{ ...move(), farbe: 'rot' }, 'farbe', /Unbekannte Felder/],
    ];
    for (const [body, field, message] of cases) {
      const problem = expectProblem(await api.update(w.moderation.session, row.id, body), 400, 'validation_failed');
      expect(problem.errors, JSON.stringify(body)).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.stringMatching(message) })]));
    }
    expect(treffenOf(await api.get(w.moderation.session, row.id)).version).toBe(1);
  });

  it('is for moderation only: members and guests 403, outsiders 404', async () => {
    const row = await meeting();
    expectProblem(await api.update(w.mitglied.session, row.id, move()), 403, 'forbidden');
    expectProblem(await api.update(w.gast.session, row.id, move()), 403, 'forbidden');
    expectProblem(await api.update(w.fremd.session, row.id, move()), 404, 'not_found');
  });

  it('keeps an archived network read-only', async () => {
    const archiv = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [w.moderation.id]: 'moderation' } });
    await t.database.db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, archiv.id));
    const row = await buildTreffen(t.database.db, archiv.id);
    expect(treffenOf(await api.get(w.moderation.session, row.id)).id).toBe(row.id);
    expectProblem(await api.update(w.moderation.session, row.id, move()), 403, 'forbidden');
    expectProblem(await api.register(w.moderation.session, row.id), 403, 'forbidden');
  });
});

describe('cancelling and restoring', () => {
  it('cancels with a reason, raises the sequence, and restores', async () => {
    const row = await meeting();
    const cancelled = treffenOf(await api.cancel(w.moderation.session, row.id, { grund: 'Krankheitsbedingt', version: 1 }));
    expect(cancelled).toMatchObject({ status: 'abgesagt', absageGrund: 'Krankheitsbedingt', version: 2 });
    expectProblem(await api.cancel(w.moderation.session, row.id, { grund: null, version: 2 }), 409);
    const restored = treffenOf(await api.restore(w.moderation.session, row.id, { version: 2 }));
    expect(restored).toMatchObject({ status: 'geplant', absageGrund: null, version: 3 });
    expectProblem(await api.restore(w.moderation.session, row.id, { version: 3 }), 409, 'treffen_nicht_abgesagt');
    const [stored] = await t.database.db.select().from(treffenTable).where(eq(treffenTable.id, row.id));
    expect(stored!.sequenz).toBe(2);
    expect((await auditOf(t.database.db, row.id)).map((e) => e.action)).toEqual(['treffen.cancelled', 'treffen.restored']);
  });

  it('rejects registration, attendance, minutes and new results for a cancelled meeting', async () => {
    const row = await meeting();
    treffenOf(await api.cancel(w.moderation.session, row.id, { grund: null, version: 1 }));
    expect(expectProblem(await api.register(w.mitglied.session, row.id), 409, 'treffen_abgesagt').detail).toMatch(/abgesagt/);
    expectProblem(await api.attendance(w.moderation.session, row.id, { anwesend: [], version: 2 }), 409, 'treffen_abgesagt');
    expectProblem(await api.minutes(w.moderation.session, row.id, { protokoll: 'Text', version: 2 }), 409, 'treffen_abgesagt');
    expectProblem(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Ein Ergebnis' }), 409, 'treffen_abgesagt');
  });

  it('is for moderation only and answers 409 to a stale version', async () => {
    const row = await meeting();
    expectProblem(await api.cancel(w.mitglied.session, row.id, { version: 1 }), 403, 'forbidden');
    expectProblem(await api.cancel(w.fremd.session, row.id, { version: 1 }), 404, 'not_found');
    expectProblem(await api.cancel(w.moderation.session, row.id, { version: 7 }), 409, 'conflict');
    expect(fieldsOf(expectProblem(await api.cancel(w.moderation.session, row.id, { grund: 'x'.repeat(501), version: 1 }), 400))).toEqual(['grund']);
  });
});

describe('agenda', () => {
  const punkte = [
    { art: 'impuls', titel: 'Sprachförderung in der Kita', referent: 'Dr. Ada Beispiel', dauerMinuten: 20 },
    { art: 'austausch', titel: 'Erfahrungen aus den Schulen', dauerMinuten: 40 },
    { art: 'beschluss', titel: 'Verteilung der Mittel' },
  ];

  it('keeps the items in the order sent and replaces them when sent again', async () => {
    const row = await meeting();
    const first = treffenOf(await api.agenda(w.moderation.session, row.id, { punkte, version: 1 }));
    expect(first.tagesordnung.map((p) => [p.art, p.titel, p.referent, p.dauerMinuten])).toEqual([
      ['impuls', 'Sprachförderung in der Kita', 'Dr. Ada Beispiel', 20],
      ['austausch', 'Erfahrungen aus den Schulen', null, 40],
      ['beschluss', 'Verteilung der Mittel', null, null],
    ]);
    const reordered = treffenOf(await api.agenda(w.moderation.session, row.id, { punkte: [punkte[2], punkte[0]], version: 2 }));
    expect(reordered.tagesordnung.map((p) => p.art)).toEqual(['beschluss', 'impuls']);
    // Guests see the agenda.
    expect(treffenOf(await api.get(w.gast.session, row.id)).tagesordnung).toHaveLength(2);
    const [stored] = await t.database.db.select().from(treffenTable).where(eq(treffenTable.id, row.id));
    expect(stored!.sequenz).toBe(2);
    expect((await auditOf(t.database.db, row.id)).map((e) => e.action)).toEqual(['treffen.agenda_changed', 'treffen.agenda_changed']);
  });

  it('needs a speaker for an impulse talk and refuses unknown kinds and stale versions', async () => {
    const row = await meeting();
    let problem = expectProblem(await api.agenda(w.moderation.session, row.id, { punkte: [punkte[1], { art: 'impuls', titel: 'Ohne Referent' }], version: 1 }), 400);
    expect(problem.errors).toEqual([{ field: 'punkte.1.referent', message: 'Bitte angeben, wer den Impulsvortrag hält.' }]);
    problem = expectProblem(await api.agenda(w.moderation.session, row.id, { punkte: [{ art: 'vortrag', titel: 'Unbekannt' }], version: 1 }), 400);
    expect(problem.errors).toEqual([{ field: 'punkte.0.art', message: 'Unbekannte Art des Tagesordnungspunkts.' }]);
    problem = expectProblem(await api.agenda(w.moderation.session, row.id, { punkte: Array.from({ length: 51 }, () => punkte[1]), version: 1 }), 400);
    expect(fieldsOf(problem)).toEqual(['punkte']);
    expectProblem(await api.agenda(w.moderation.session, row.id, { punkte, version: 3 }), 409, 'conflict');
    expectProblem(await api.agenda(w.mitglied.session, row.id, { punkte, version: 1 }), 403, 'forbidden');
    expect(treffenOf(await api.get(w.moderation.session, row.id)).tagesordnung).toEqual([]);
  });

  it('lets a report point to a result passed to this network, and to no other', async () => {
    const row = await meeting();
    const andere = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Steuergruppe Süd', members: { [w.moderation.id]: 'moderation' } });
    const dort = await buildTreffen(t.database.db, andere.id);
    const [e] = await t.database.db.insert(ergebnisse).values({ netzwerkId: andere.id, treffenId: dort.id, art: 'ergebnis', text: 'Leitbild beschlossen' }).returning();
    const [an] = await t.database.db.insert(weitergaben).values({ ergebnisId: e!.id, vonNetzwerkId: andere.id, anNetzwerkId: w.netzwerk.id }).returning();
    const drittes = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id });
    const [woanders] = await t.database.db.insert(weitergaben).values({ ergebnisId: e!.id, vonNetzwerkId: andere.id, anNetzwerkId: drittes.id }).returning();

    const ok = treffenOf(await api.agenda(w.moderation.session, row.id, { punkte: [{ art: 'bericht', titel: 'Bericht aus der Steuergruppe', referent: 'Mona', weitergabeId: an!.id }], version: 1 }));
    expect(ok.tagesordnung[0]!.weitergabe).toEqual({ id: an!.id, vonNetzwerk: { id: andere.id, name: 'Steuergruppe Süd' }, text: 'Leitbild beschlossen' });
    expect(treffenOf(await api.get(w.gast.session, row.id)).tagesordnung[0]).toMatchObject({ titel: 'Bericht aus der Steuergruppe', weitergabe: null });

    let problem = expectProblem(await api.agenda(w.moderation.session, row.id, { punkte: [{ art: 'bericht', titel: 'Fremder Bericht', weitergabeId: woanders!.id }], version: 2 }), 400);
    expect(problem.errors).toEqual([{ field: 'punkte.0.weitergabeId', message: 'Dieses Ergebnis wurde nicht an dieses Netzwerk weitergegeben.' }]);
    problem = expectProblem(await api.agenda(w.moderation.session, row.id, { punkte: [{ art: 'austausch', titel: 'Austausch', weitergabeId: an!.id }], version: 2 }), 400);
    expect(fieldsOf(problem)).toEqual(['punkte.0.weitergabeId']);
  });
});

describe('registration', () => {
  it('registers up to the capacity, then puts people on the waiting list in order, and moves the first up', async () => {
    const row = await meeting({ kapazitaet: 2 });
    const statusAfter = async (p: Person) => treffenOf(await api.register(p.session, row.id)).meineAnmeldung;
    expect(await statusAfter(w.mitglied)).toBe('angemeldet');
    expect(await statusAfter(w.gast)).toBe('angemeldet');
    expect(await statusAfter(w.mitglied2)).toBe('warteliste');
    expect(await statusAfter(w.moderation)).toBe('warteliste');
    // Registering twice keeps the place.
    expect(await statusAfter(w.mitglied2)).toBe('warteliste');

    const after = treffenOf(await api.withdraw(w.gast.session, row.id));
    expect(after).toMatchObject({ meineAnmeldung: 'abgemeldet', angemeldet: 2, warteliste: 1 });
    const detail = treffenOf(await api.get(w.moderation.session, row.id));
    expect(Object.fromEntries(detail.anmeldungen!.map((a) => [a.person.name, a.status]))).toEqual({
      'Max Mitglied': 'angemeldet',
      'Gerd Gast': 'abgemeldet',
      'Mia Mitglied': 'angemeldet',
      'Mona Moderation': 'warteliste',
    });
    const withdrawn = (await auditOf(t.database.db, row.id)).filter((e) => e.action === 'anmeldung.withdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]!.after).toMatchObject({ userId: w.gast.id, nachgerueckt: [w.mitglied2.id] });

    // Registering again after withdrawing goes to the back of the queue.
    expect(await statusAfter(w.gast)).toBe('warteliste');
  });

  it('never exceeds the capacity under many parallel registrations', async () => {
    const row = await meeting({ kapazitaet: 5 });
    const people = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const p = await person(t.app, t.database.db, w.kommune, `Parallel ${i}`);
        await addMember(t.database.db, w.netzwerk.id, p.id, 'mitglied');
        return p;
      }),
    );
    const results = await Promise.all(people.map((p) => api.register(p.session, row.id)));
    expect(results.map((r) => r.statusCode)).toEqual(people.map(() => 200));
    const detail = treffenOf(await api.get(w.moderation.session, row.id));
    expect(detail).toMatchObject({ angemeldet: 5, warteliste: 15 });
    // The waiting list follows the order the registrations were taken in.
    const waiting = detail.anmeldungen!.filter((a) => a.status === 'warteliste');
    const registered = detail.anmeldungen!.filter((a) => a.status === 'angemeldet');
    expect(Math.max(...registered.map((a) => Date.parse(a.angemeldetAm)))).toBeLessThanOrEqual(Math.min(...waiting.map((a) => Date.parse(a.angemeldetAm))));

    // Five withdraw at once: five move up, the capacity still holds.
    const leaving = people.filter((p) => registered.some((a) => a.person.id === p.id));
    await Promise.all(leaving.map((p) => api.withdraw(p.session, row.id)));
    const after = treffenOf(await api.get(w.moderation.session, row.id));
    expect(after).toMatchObject({ angemeldet: 5, warteliste: 10 });
    expect(after.anmeldungen!.filter((a) => a.status === 'angemeldet').map((a) => a.person.id).sort()).toEqual(waiting.slice(0, 5).map((a) => a.person.id).sort());
  });

  it('keeps registrations when the capacity is lowered, sends new ones to the waiting list, and fills seats when it is raised', async () => {
    const row = await meeting({ kapazitaet: 3 });
    for (const p of [w.mitglied, w.mitglied2, w.gast]) treffenOf(await api.register(p.session, row.id));
    const lowered = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-05-05T10:00', kapazitaet: 1 })));
    expect(lowered).toMatchObject({ kapazitaet: 1, angemeldet: 3, warteliste: 0 });
    expect(treffenOf(await api.register(w.moderation.session, row.id)).meineAnmeldung).toBe('warteliste');
    // Someone leaves: still above the capacity, so nobody moves up.
    expect(treffenOf(await api.withdraw(w.gast.session, row.id))).toMatchObject({ angemeldet: 2, warteliste: 1 });
    const raised = treffenOf(await api.update(w.moderation.session, row.id, move({ beginn: '2031-05-05T10:00', kapazitaet: null, version: 2 })));
    expect(raised).toMatchObject({ angemeldet: 3, warteliste: 0, meineAnmeldung: 'angemeldet' });
  });

  it('refuses registering for or withdrawing from a meeting that has begun', async () => {
    const row = await meeting({ beginn: inDays(-1) });
    expectProblem(await api.register(w.mitglied.session, row.id), 409, 'treffen_begonnen');
    await t.database.db.execute(sql`insert into anmeldungen (treffen_id, user_id, status) values (${row.id}, ${w.mitglied.id}, 'angemeldet')`);
    expectProblem(await api.withdraw(w.mitglied.session, row.id), 409, 'treffen_begonnen');
    expect(treffenOf(await api.get(w.mitglied.session, row.id)).meineAnmeldung).toBe('angemeldet');
  });

  it('is open to guests, hidden from outsiders, and 404 for withdrawing without a registration', async () => {
    const row = await meeting();
    expect(treffenOf(await api.register(w.gast.session, row.id)).meineAnmeldung).toBe('angemeldet');
    expectProblem(await api.register(w.fremd.session, row.id), 404, 'not_found');
    expectProblem(await api.withdraw(w.mitglied.session, row.id), 404, 'not_found');
    expect((await auditOf(t.database.db, row.id)).map((e) => e.action)).toEqual(['anmeldung.registered']);
  });
});

describe('attendance', () => {
  it('records who was present; those present without registering are marked as such', async () => {
    const row = await meeting({ beginn: inDays(-2) });
    await t.database.db.execute(
      // Registrations taken before the meeting began.
      sql`insert into anmeldungen (treffen_id, user_id, status) values (${row.id}, ${w.mitglied.id}, 'angemeldet'), (${row.id}, ${w.mitglied2.id}, 'angemeldet')`,
    );
    const recorded = treffenOf(await api.attendance(w.moderation.session, row.id, { anwesend: [w.mitglied.id, w.gast.id, w.gast.id], version: 1 }));
    expect(Object.fromEntries(recorded.anmeldungen!.map((a) => [a.person.name, [a.status, a.anwesend]]))).toEqual({
      'Max Mitglied': ['angemeldet', true],
      'Mia Mitglied': ['angemeldet', false],
      'Gerd Gast': ['ohne-anmeldung', true],
    });
    // Corrected: the guest was not there after all, Mia was.
    const corrected = treffenOf(await api.attendance(w.moderation.session, row.id, { anwesend: [w.mitglied.id, w.mitglied2.id], version: 2 }));
    expect(Object.fromEntries(corrected.anmeldungen!.map((a) => [a.person.name, [a.status, a.anwesend]]))).toEqual({
      'Max Mitglied': ['angemeldet', true],
      'Mia Mitglied': ['angemeldet', true],
    });
    expect((await auditOf(t.database.db, row.id)).map((e) => e.action)).toEqual(['treffen.attendance_recorded', 'treffen.attendance_recorded']);
  });

  it('accepts only members of the network, names the field, and answers 409 to a stale version', async () => {
    const row = await meeting();
    const problem = expectProblem(await api.attendance(w.moderation.session, row.id, { anwesend: [w.mitglied.id, w.fremd.id], version: 1 }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'anwesend', message: 'Eine der genannten Personen ist nicht Mitglied des Netzwerks.' }]);
    expect(fieldsOf(expectProblem(await api.attendance(w.moderation.session, row.id, { anwesend: ['keine-id'], version: 1 }), 400))).toEqual(['anwesend.0']);
    expectProblem(await api.attendance(w.moderation.session, row.id, { anwesend: [], version: 5 }), 409, 'conflict');
    expectProblem(await api.attendance(w.mitglied.session, row.id, { anwesend: [], version: 1 }), 403, 'forbidden');
    expect(treffenOf(await api.get(w.moderation.session, row.id)).anmeldungen).toEqual([]);
  });
});

describe('minutes', () => {
  it('saves minutes for a past meeting, shows them to members only, and keeps only the length in the audit', async () => {
    const row = await meeting({ beginn: inDays(-30) });
    const text = 'Begrüßung durch Frau Beispiel.\r\n\r\nTOP 1: Sprachförderung.\nDiskussion.';
    const saved = treffenOf(await api.minutes(w.moderation.session, row.id, { protokoll: text, version: 1 }));
    expect(saved).toMatchObject({ protokoll: 'Begrüßung durch Frau Beispiel.\n\nTOP 1: Sprachförderung.\nDiskussion.', hatProtokoll: true, version: 2 });
    expect(treffenOf(await api.get(w.mitglied.session, row.id)).protokoll).toContain('Sprachförderung');
    expect(treffenOf(await api.get(w.gast.session, row.id)).protokoll).toBeNull();
    const [entry] = await auditOf(t.database.db, row.id);
    expect(JSON.stringify(entry!.after)).not.toContain('Beispiel');
    expect(entry!.after).toMatchObject({ zeichen: saved.protokoll!.length });
    expectProblem(await api.minutes(w.moderation.session, row.id, { protokoll: 'Alt', version: 1 }), 409, 'conflict');
    expectProblem(await api.minutes(w.mitglied.session, row.id, { protokoll: 'Mitglied', version: 2 }), 403, 'forbidden');
    expect(fieldsOf(expectProblem(await api.minutes(w.moderation.session, row.id, { protokoll: 'x'.repeat(100_001), version: 2 }), 400))).toEqual(['protokoll']);
    const cleared = treffenOf(await api.minutes(w.moderation.session, row.id, { protokoll: '   ', version: 2 }));
    expect(cleared).toMatchObject({ protokoll: null, hatProtokoll: false });
  });

  it('does not let a member of one network read the minutes of another (404)', async () => {
    const andere = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [w.fremd.id]: 'moderation' } });
    const dort = await buildTreffen(t.database.db, andere.id, { protokoll: 'Vertraulich' });
    expectProblem(await api.get(w.mitglied.session, dort.id), 404, 'not_found');
    expectProblem(await api.pdf(w.mitglied.session, dort.id), 404, 'not_found');
    const mine = await meeting({ protokoll: 'Unseres' });
    expectProblem(await api.get(w.fremd.session, mine.id), 404, 'not_found');
    const fremdSicht: Treffen = treffenOf(await api.get(w.fremd.session, dort.id));
    expect(fremdSicht.protokoll).toBe('Vertraulich');
  });
});
