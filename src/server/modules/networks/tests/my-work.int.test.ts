import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeineArbeit } from '../../../../domain/networks/contracts.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { ergebnisse, netzwerke } from '../networks.schema.js';
import { getMeineArbeit } from '../use-cases/get-meine-arbeit.js';
import { bodyOf, ergebnisOf, expectProblem, meetingsApi, meetingWorld, person, treffenOf, type MeetingsApi, type MeetingWorld } from './meetings-support.js';

let t: TestApp;
let api: MeetingsApi;
let w: MeetingWorld;

beforeAll(async () => {
  t = await createTestApp();
  api = meetingsApi(t.app);
  w = await meetingWorld(t.app, t.database.db);
});
afterAll(async () => t?.close());

const DAY = 24 * 3600_000;
const berlinDay = (offsetDays: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * DAY));

describe('my work', () => {
  it('lists the upcoming eight weeks of meetings of all my active networks with my registration, cancelled ones marked', async () => {
    const ich = await person(t.app, t.database.db, w.kommune, 'Ina Ich');
    const a = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Netz A', members: { [ich.id]: 'mitglied', [w.moderation.id]: 'moderation' } });
    const b = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Netz B', members: { [ich.id]: 'gast' } });
    const archiv = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Netz Archiv', members: { [ich.id]: 'moderation' } });
    await t.database.db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, archiv.id));
    const fremd = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Netz Fremd', members: { [w.fremd.id]: 'moderation' } });

    const at = (days: number) => new Date(Date.now() + days * DAY);
    const laufend = await buildTreffen(t.database.db, a.id, { titel: 'Läuft gerade', beginn: at(-0.02), minuten: 90 });
    await buildTreffen(t.database.db, a.id, { titel: 'Vorbei', beginn: at(-3) });
    const bald = await buildTreffen(t.database.db, b.id, { titel: 'Bald in B', beginn: at(2) });
    const abgesagt = await buildTreffen(t.database.db, a.id, { titel: 'Abgesagt in A', beginn: at(10) });
    const spaeter = await buildTreffen(t.database.db, a.id, { titel: 'In sieben Wochen', beginn: at(49) });
    await buildTreffen(t.database.db, a.id, { titel: 'Zu weit weg', beginn: at(60) });
    await buildTreffen(t.database.db, archiv.id, { titel: 'Im Archiv', beginn: at(3) });
    await buildTreffen(t.database.db, fremd.id, { titel: 'Fremd', beginn: at(3) });

    treffenOf(await api.register(ich.session, bald.id));
    treffenOf(await api.cancel(w.moderation.session, abgesagt.id, { grund: 'Ferien', version: 1 }));

    const mine = bodyOf<MeineArbeit>(await api.meineArbeit(ich.session));
    expect(mine.treffen.map((m) => [m.titel, m.netzwerk.name, m.status, m.meineAnmeldung])).toEqual([
      ['Läuft gerade', 'Netz A', 'geplant', null],
      ['Bald in B', 'Netz B', 'geplant', 'angemeldet'],
      ['Abgesagt in A', 'Netz A', 'abgesagt', null],
      ['In sieben Wochen', 'Netz A', 'geplant', null],
    ]);
    expect(mine.treffen.map((m) => m.id)).toEqual([laufend.id, bald.id, abgesagt.id, spaeter.id]);
    expect(mine.treffen[2]!.absageGrund).toBe('Ferien');
    expect(mine).toMatchObject({ vereinbarungen: [], ueberfaellig: 0 });
  });

  it('lists my open agreements, most urgent first, with overdue ones marked and counted', async () => {
    const ich = await person(t.app, t.database.db, w.kommune, 'Ole Owner');
    const a = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Netz Aufgaben', members: { [ich.id]: 'mitglied', [w.moderation.id]: 'moderation', [w.mitglied.id]: 'mitglied' } });
    const row = await buildTreffen(t.database.db, a.id, { beginn: new Date(Date.now() - 20 * DAY) });
    const create = async (text: string, faelligAm: string | null, verantwortlichId = ich.id) =>
      ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'vereinbarung', text, verantwortlichId, faelligAm }), 201);
    const ohneDatum = await create('Ohne Datum', null);
    const ueberfaellig = await create('Seit gestern fällig', berlinDay(-1));
    const lange = await create('Lange überfällig', berlinDay(-30));
    const heute = await create('Heute fällig', berlinDay(0));
    const erledigt = await create('Erledigt', berlinDay(-5));
    const inArbeit = await create('In Arbeit, nächste Woche', berlinDay(7));
    await create('Gehört jemand anderem', berlinDay(-3), w.mitglied.id);
    ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'ergebnis', text: 'Nur ein Ergebnis' }), 201);
    ergebnisOf(await api.ergebnisStatus(ich.session, erledigt.id, { status: 'erledigt', version: 1 }));
    ergebnisOf(await api.ergebnisStatus(ich.session, inArbeit.id, { status: 'in-arbeit', version: 1 }));

    // An agreement of a network in which I am now only a guest does not count: I could not open it.
    const gastNetz = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [ich.id]: 'gast' } });
    const gastTreffen = await buildTreffen(t.database.db, gastNetz.id);
    await t.database.db.insert(ergebnisse).values({ netzwerkId: gastNetz.id, treffenId: gastTreffen.id, art: 'vereinbarung', text: 'Aus der Zeit als Mitglied', verantwortlichId: ich.id, faelligAm: berlinDay(-2), status: 'offen' });

    const mine = bodyOf<MeineArbeit>(await api.meineArbeit(ich.session));
    expect(mine.vereinbarungen.map((v) => [v.text, v.status, v.ueberfaellig])).toEqual([
      ['Lange überfällig', 'offen', true],
      ['Seit gestern fällig', 'offen', true],
      ['Heute fällig', 'offen', false],
      ['In Arbeit, nächste Woche', 'in-arbeit', false],
      ['Ohne Datum', 'offen', false],
    ]);
    expect(mine.vereinbarungen.map((v) => v.id)).toEqual([lange.id, ueberfaellig.id, heute.id, inArbeit.id, ohneDatum.id]);
    expect(mine.ueberfaellig).toBe(2);
    expect(mine.vereinbarungen[0]).toMatchObject({ netzwerk: { id: a.id, name: 'Netz Aufgaben' }, verantwortlich: { id: ich.id, name: 'Ole Owner' }, treffenId: row.id });

    // Done: it leaves the list and the count.
    ergebnisOf(await api.ergebnisStatus(ich.session, lange.id, { status: 'erledigt', version: 1 }));
    const after = bodyOf<MeineArbeit>(await api.meineArbeit(ich.session));
    expect(after.ueberfaellig).toBe(1);
    expect(after.vereinbarungen.map((v) => v.id)).not.toContain(lange.id);
  });

  it('shows a passed-on agreement with where it went', async () => {
    const ich = await person(t.app, t.database.db, w.kommune, 'Pia Passiert');
    const a = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [ich.id]: 'mitglied', [w.moderation.id]: 'moderation' } });
    const oben = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, name: 'Lenkungskreis', members: { [w.moderation.id]: 'mitglied' } });
    const row = await buildTreffen(t.database.db, a.id);
    const e = ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'vereinbarung', text: 'Konzept schreiben', verantwortlichId: ich.id }), 201);
    expect((await api.pass(w.moderation.session, e.id, { anNetzwerkId: oben.id })).statusCode).toBe(201);
    const mine = bodyOf<MeineArbeit>(await api.meineArbeit(ich.session));
    expect(mine.vereinbarungen[0]!.weitergaben).toEqual([expect.objectContaining({ an: { id: oben.id, name: 'Lenkungskreis' }, empfangenAm: null })]);
  });

  it('is empty for someone in no network and needs a session', async () => {
    const niemand = await person(t.app, t.database.db, w.kommune);
    expect(bodyOf<MeineArbeit>(await api.meineArbeit(niemand.session))).toEqual({ treffen: [], vereinbarungen: [], ueberfaellig: 0 });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/meine-arbeit' }), 401, 'unauthenticated');
  });

  it('answers with three queries however many networks there are (no query per network)', async () => {
    const ich = await person(t.app, t.database.db, w.kommune, 'Viele Netze');
    for (let i = 0; i < 12; i++) {
      const n = await buildNetzwerk(t.database.db, { traegerScopeId: w.kommune.id, members: { [ich.id]: 'mitglied', [w.moderation.id]: 'moderation' } });
      const row = await buildTreffen(t.database.db, n.id, { beginn: new Date(Date.now() + (i + 1) * DAY) });
      ergebnisOf(await api.createErgebnis(w.moderation.session, row.id, { art: 'vereinbarung', text: `Aufgabe ${i}`, verantwortlichId: ich.id, faelligAm: berlinDay(i - 6) }), 201);
    }
    // The database handle with select() counted; everything else comes from the real one.
    const db = t.database.db;
    let queries = 0;
    const counting = Object.create(db, { select: { value: (...args: Parameters<typeof db.select>) => (queries++, db.select(...args)) } }) as typeof db;
    const actor = { id: ich.id, name: ich.name, memberships: [] };
    const result = await getMeineArbeit({ db: counting, config: t.config, mailer: undefined as never, actor, requestId: null, baseUrl: '' });
    expect(result.treffen).toHaveLength(12);
    expect(result.vereinbarungen).toHaveLength(12);
    expect(result.ueberfaellig).toBe(6);
    expect(queries).toBe(3);
  });
});
