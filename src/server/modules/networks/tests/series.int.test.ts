import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reihe, ReihePruefung, TreffenKurz } from '../../../../domain/networks/contracts.js';
import { buildNetzwerk } from '../../../testing/network-factories.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { netzwerke, sitzungsreihen, treffen } from '../networks.schema.js';
import { auditOf, bodyOf, buildNetworkTenants, expectProblem, networksApi, person, type NetworksApi, type NetworkTenants, type Person } from './networks-support.js';

let t: TestApp;
let api: NetworksApi;
let tn: NetworkTenants;
let moderation: Person;
let mitglied: Person;
let gast: Person;
let outsider: Person;
let nw: string;
let st: string;

beforeAll(async () => {
  t = await createTestApp();
  api = networksApi(t.app);
  const db = t.database.db;
  tn = await buildNetworkTenants(db);
  moderation = await person(t.app, db, 'kommunalkoordination', tn.bochum);
  mitglied = await person(t.app, db, 'fachkraft', tn.schuleBochum);
  gast = await person(t.app, db, 'fachkraft', tn.schuleBochum);
  outsider = await person(t.app, db, 'administration', tn.nrw);
  const members = { [moderation.id]: 'moderation', [mitglied.id]: 'mitglied', [gast.id]: 'gast' } as const;
  nw = (await buildNetzwerk(db, { traegerScopeId: tn.bochum.id, kommuneIds: [tn.bochum.id], members, land: 'NW', name: 'Schulsozialarbeit Bochum' })).id;
  st = (await buildNetzwerk(db, { traegerScopeId: tn.sachsenAnhalt.id, members, land: 'ST', ebene: 'land', name: 'KOST Online-Meeting' })).id;
});
afterAll(async () => t?.close());

/** The monthly online meeting for school social work: second Tuesday, 13:30–14:30. */
const ssa = { regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6', beginn: '2026-05-12T13:30', dauerMinuten: 60 };
const pruefen = async (netzwerkId: string, body: object) => bodyOf<ReihePruefung>(await api.pruefen(moderation.session, netzwerkId, body));
const rows = (reiheId: string) => t.database.db.select().from(treffen).where(eq(treffen.reiheId, reiheId)).orderBy(asc(treffen.reiheTermin));
const counts = async () => ({
  reihen: (await t.database.db.select({ n: count() }).from(sitzungsreihen))[0]!.n,
  treffen: (await t.database.db.select({ n: count() }).from(treffen))[0]!.n,
});

describe('checking a series before it is saved', () => {
  it('flags a date in the NRW summer holidays and proposes the first free Tuesday that is not taken', async () => {
    const check = await pruefen(nw, ssa);
    expect(check.termine.map((x) => x.termin)).toEqual(['2026-05-12T13:30', '2026-06-09T13:30', '2026-07-14T13:30', '2026-08-11T13:30', '2026-09-08T13:30', '2026-10-13T13:30']);
    expect(check.markiert).toBe(1);
    const august = check.termine[3]!;
    expect(august.schliessungen).toEqual([{ art: 'ferien', name: 'Sommerferien 2026 Nordrhein-Westfalen', von: '2026-07-20', bis: '2026-09-01' }]);
    // 8 September is the series' own next date, so the proposal is the Tuesday after.
    expect(august.vorschlag).toBe('2026-09-15T13:30');
    expect(check.termine.filter((x) => x !== august).every((x) => x.schliessungen.length === 0 && x.vorschlag === null)).toBe(true);
    expect(check.quelle).toMatch(/Open Database License/);
  });

  it('flags Tag der Deutschen Einheit as a public holiday', async () => {
    const check = await pruefen(nw, { regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', beginn: '2028-09-26T10:00', dauerMinuten: 90 });
    expect(check.termine.map((x) => [x.termin, x.schliessungen.map((s) => `${s.art}: ${s.name}`), x.vorschlag])).toEqual([
      ['2028-09-26T10:00', [], null],
      ['2028-10-03T10:00', ['feiertag: Tag der Deutschen Einheit'], '2028-10-17T10:00'],
      ['2028-10-10T10:00', [], null],
    ]);
  });

  it('proposes for a weekly series a free week after its end, or else the first free week', async () => {
    const short = await pruefen(nw, { regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', beginn: '2026-03-24T13:30', dauerMinuten: 60 });
    expect(short.termine.filter((x) => x.schliessungen.length).map((x) => [x.termin, x.schliessungen[0]!.name, x.vorschlag])).toEqual([
      ['2026-03-31T13:30', 'Osterferien 2026 Nordrhein-Westfalen', '2026-05-05T13:30'],
      ['2026-04-07T13:30', 'Osterferien 2026 Nordrhein-Westfalen', '2026-05-05T13:30'],
    ]);
    const long = await pruefen(nw, { regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=20', beginn: '2026-03-24T13:30', dauerMinuten: 60 });
    expect(long.termine.find((x) => x.termin === '2026-04-07T13:30')!.vorschlag).toBe('2026-04-14T13:30');
  });

  it('uses the holidays of the network’s Land', async () => {
    // 2 October 2028 is a school day off in Sachsen-Anhalt only; 3 October a holiday everywhere.
    const body = { regel: 'FREQ=DAILY;COUNT=2', beginn: '2028-10-02T09:00', dauerMinuten: 60 };
    expect((await pruefen(st, body)).termine.map((x) => x.schliessungen.map((s) => s.name))).toEqual([['Ferientag 2028 Sachsen-Anhalt'], ['Tag der Deutschen Einheit']]);
    expect((await pruefen(nw, body)).termine.map((x) => x.schliessungen.map((s) => s.name))).toEqual([[], ['Tag der Deutschen Einheit']]);
  });

  it('keeps 13:30 local time across both changes of the clock, so the UTC instants shift by an hour', async () => {
    const spring = await pruefen(nw, { regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', beginn: '2026-03-24T13:30', dauerMinuten: 60 });
    expect(spring.termine.map((x) => [x.termin, x.beginn, x.ende])).toEqual([
      ['2026-03-24T13:30', '2026-03-24T12:30:00.000Z', '2026-03-24T13:30:00.000Z'],
      ['2026-03-31T13:30', '2026-03-31T11:30:00.000Z', '2026-03-31T12:30:00.000Z'],
      ['2026-04-07T13:30', '2026-04-07T11:30:00.000Z', '2026-04-07T12:30:00.000Z'],
    ]);
    const autumn = await pruefen(nw, { regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=2', beginn: '2026-10-20T13:30', dauerMinuten: 60 });
    expect(autumn.termine.map((x) => x.beginn)).toEqual(['2026-10-20T11:30:00.000Z', '2026-10-27T12:30:00.000Z']);
  });

  it('writes nothing', async () => {
    const before = await counts();
    await pruefen(nw, ssa);
    expect(await counts()).toEqual(before);
  });
});

describe('bad series', () => {
  const fieldOf = async (patch: Record<string, unknown>, path: 'pruefen' | 'createReihe' = 'pruefen') => {
    const body = path === 'pruefen' ? { ...ssa, ...patch } : { titel: 'Reihe', ...ssa, ...patch };
    const problem = expectProblem(await api[path](moderation.session, nw, body), 400);
    return problem.errors!.map((e) => `${e.field}: ${e.message}`);
  };

  it('names the field in German for every kind of mistake', async () => {
    expect(await fieldOf({ regel: 'FREQ=MONTHLY;BYDAY=2TU' })).toEqual(['regel: Die Reihe braucht ein Ende: eine Anzahl von Treffen (COUNT=…) oder ein Enddatum (UNTIL=…).']);
    expect(await fieldOf({ regel: 'FREQ=DAILY;COUNT=501' })).toEqual(['regel: Eine Reihe darf höchstens 500 Treffen haben.']);
    expect(await fieldOf({ regel: 'FREQ=DAILY;UNTIL=20300101' })).toEqual(['regel: Eine Reihe darf höchstens 500 Treffen haben; diese Regel ergibt mehr.']);
    expect(await fieldOf({ regel: 'FREQ=YEARLY;COUNT=12' })).toEqual(['regel: Die Reihe darf höchstens 10 Jahre laufen, also bis spätestens 12.05.2036.']);
    expect(await fieldOf({ regel: 'FREQ=MONTHLY;UNTIL=20370101' })).toEqual(['regel: Die Reihe darf höchstens 10 Jahre laufen, also bis spätestens 12.05.2036.']);
    expect(await fieldOf({ regel: 'FREQ=SOMETIMES;COUNT=3' })).toEqual(['regel: FREQ muss YEARLY, MONTHLY, WEEKLY oder DAILY sein (jährlich, monatlich, wöchentlich, täglich).']);
    expect(await fieldOf({ regel: 'FREQ=DAILY;BYHOUR=9;COUNT=3' })).toEqual(['regel: BYHOUR ist nicht erlaubt: die Uhrzeit ergibt sich aus dem Beginn.']);
    expect(await fieldOf({ regel: 'FREQ=WEEKLY;BYDAY=XX;COUNT=3' })).toEqual([
      'regel: BYDAY erwartet Wochentage wie MO, TU oder 2TU (zweiter Dienstag), -1FR (letzter Freitag).',
    ]);
    expect(await fieldOf({ regel: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2' })).toEqual(['regel: Die Regel ergibt ab dem Beginn keinen einzigen Termin.']);
    expect((await fieldOf({ regel: 'FR' }))[0]).toMatch(/^regel: .*mindestens 5 Zeichen/);
    expect((await fieldOf({ beginn: '2026-02-30T13:30' }))[0]).toMatch(/^beginn: /);
    expect((await fieldOf({ beginn: '2026-05-12 13:30' }))[0]).toMatch(/^beginn: Datum und Uhrzeit im Format/);
    expect((await fieldOf({ dauerMinuten: 3 }))[0]).toMatch(/^dauerMinuten: Die Dauer muss mindestens 5 Minuten/);
    expect((await fieldOf({ vorlage: 'wöchentlich-irgendwann' }, 'createReihe'))[0]).toBe('vorlage: Die Vorlage „wöchentlich-irgendwann“ gibt es nicht.');
    expect((await fieldOf({ titel: 'X' }, 'createReihe'))[0]).toMatch(/^titel: /);
    expect((await fieldOf({ onlineLink: 'meet.example.org' }, 'createReihe'))[0]).toMatch(/^onlineLink: Bitte einen vollständigen Link/);
    expect((await fieldOf({ abweichungen: { '2026-06-10T13:30': null } }, 'createReihe'))[0]).toBe(
      'abweichungen: Am 10.06.2026, 13:30 Uhr liegt kein Termin dieser Reihe; Abweichungen gelten nur für Termine, die die Regel ergibt.',
    );
    expect((await fieldOf({ abweichungen: { '2026-06-09T13:30': '2026-06-31T13:30' } }, 'createReihe'))[0]).toBe(
      'abweichungen: „2026-06-31T13:30“ (für den Termin am 09.06.2026, 13:30 Uhr) ist kein gültiger Zeitpunkt.',
    );
    expect((await fieldOf({ abweichungen: { '9. Juni': null } }, 'createReihe'))[0]).toMatch(/^abweichungen/);
  });

  it('saves nothing when the input is bad', async () => {
    const before = await counts();
    expectProblem(await api.createReihe(moderation.session, nw, { titel: 'Reihe', ...ssa, abweichungen: { '2026-06-10T13:30': null } }), 400);
    expectProblem(await api.createReihe(moderation.session, nw, { titel: 'Reihe', ...ssa, regel: 'FREQ=WEEKLY' }), 400);
    expect(await counts()).toEqual(before);
  });
});

describe('saving a series', () => {
  it('stores one meeting per date with the series’ place, link and capacity', async () => {
    const reihe = bodyOf<Reihe>(
      await api.createReihe(moderation.session, nw, {
        titel: 'Online-Meeting Schulsozialarbeit',
        vorlage: 'monatlich-dienstag',
        regel: 'rrule:freq=monthly;byday=2tu;count=6',
        beginn: ssa.beginn,
        dauerMinuten: 60,
        onlineLink: 'https://meet.example.org/ssa',
        kapazitaet: 40,
      }),
      201,
    );
    expect(reihe).toMatchObject({
      netzwerkId: nw,
      titel: 'Online-Meeting Schulsozialarbeit',
      vorlage: 'monatlich-dienstag',
      regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6',
      beginn: '2026-05-12T13:30',
      dauerMinuten: 60,
      ort: null,
      onlineLink: 'https://meet.example.org/ssa',
      kapazitaet: 40,
      treffenAnzahl: 6,
      version: 1,
    });
    const saved = await rows(reihe.id);
    expect(saved.map((r) => r.reiheTermin)).toEqual(['2026-05-12T13:30', '2026-06-09T13:30', '2026-07-14T13:30', '2026-08-11T13:30', '2026-09-08T13:30', '2026-10-13T13:30']);
    expect(saved.every((r) => r.titel === reihe.titel && r.onlineLink === reihe.onlineLink && r.kapazitaet === 40 && r.status === 'geplant' && !r.verschoben && r.sequenz === 0)).toBe(true);
    expect(saved[0]!.beginn.toISOString()).toBe('2026-05-12T11:30:00.000Z');
    expect(saved[0]!.ende.toISOString()).toBe('2026-05-12T12:30:00.000Z');

    const listed = bodyOf<{ items: TreffenKurz[] }>(await api.treffen(gast.session, nw, '?von=2026-05-01&bis=2026-10-31'));
    expect(listed.items.map((x) => x.reiheId)).toEqual(Array(6).fill(reihe.id));
    // The saved meetings keep their holiday flag.
    expect(listed.items.map((x) => x.schliessung)).toEqual([null, null, null, 'Sommerferien 2026 Nordrhein-Westfalen', null, null]);

    expect(bodyOf<{ items: Reihe[] }>(await api.reihen(gast.session, nw)).items.map((r) => r.id)).toContain(reihe.id);
    const [entry] = await auditOf(t.database.db, reihe.id);
    expect(entry).toMatchObject({ action: 'sitzungsreihe.created', entityType: 'sitzungsreihe', actorId: moderation.id, scopeId: tn.bochum.id });
    expect(entry!.after).toMatchObject({ treffen: 6, abgesagt: 0, verschoben: 0, regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6' });
  });

  it('moves and cancels single dates as asked when it is saved', async () => {
    const reihe = bodyOf<Reihe>(
      await api.createReihe(moderation.session, nw, {
        titel: 'Netzwerktreffen Schulsozialarbeit',
        ...ssa,
        ort: 'Bildungsbüro, Raum 3',
        abweichungen: { '2026-08-11T13:30': '2026-09-15T13:30', '2026-10-13T13:30': null, '2026-06-09T13:30': '2026-06-09T13:30' },
      }),
      201,
    );
    expect(reihe.treffenAnzahl).toBe(5);
    const saved = await rows(reihe.id);
    expect(saved).toHaveLength(6);
    const byTermin = new Map(saved.map((r) => [r.reiheTermin, r]));
    const moved = byTermin.get('2026-08-11T13:30')!;
    expect([moved.beginn.toISOString(), moved.ende.toISOString(), moved.verschoben, moved.status]).toEqual(['2026-09-15T11:30:00.000Z', '2026-09-15T12:30:00.000Z', true, 'geplant']);
    const cancelled = byTermin.get('2026-10-13T13:30')!;
    expect([cancelled.status, cancelled.verschoben, cancelled.beginn.toISOString()]).toEqual(['abgesagt', false, '2026-10-13T11:30:00.000Z']);
    // Moving a date onto itself is no move.
    expect(byTermin.get('2026-06-09T13:30')!.verschoben).toBe(false);

    const listed = bodyOf<{ items: TreffenKurz[] }>(await api.treffen(mitglied.session, nw, '?von=2026-08-01&bis=2026-10-31'));
    const mine = listed.items.filter((x) => x.reiheId === reihe.id);
    expect(mine.map((x) => [x.beginn, x.status, x.verschoben, x.schliessung])).toEqual([
      ['2026-09-08T11:30:00.000Z', 'geplant', false, null],
      ['2026-09-15T11:30:00.000Z', 'geplant', true, null],
      ['2026-10-13T11:30:00.000Z', 'abgesagt', false, null],
    ]);
    const [entry] = await auditOf(t.database.db, reihe.id);
    expect(entry!.after).toMatchObject({ treffen: 6, abgesagt: 1, verschoben: 1 });
  });

  it('cancels a holiday date with the holiday as its reason', async () => {
    const reihe = bodyOf<Reihe>(await api.createReihe(moderation.session, nw, { titel: 'Reihe mit Ferienausfall', ...ssa, abweichungen: { '2026-08-11T13:30': null } }), 201);
    const cancelled = (await rows(reihe.id)).find((r) => r.reiheTermin === '2026-08-11T13:30')!;
    expect([cancelled.status, cancelled.absageGrund]).toEqual(['abgesagt', 'Sommerferien 2026 Nordrhein-Westfalen']);
  });

  it('keeps local time in the saved meetings across the change to summer time', async () => {
    const reihe = bodyOf<Reihe>(await api.createReihe(moderation.session, nw, { titel: 'Dienstagsrunde', regel: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', beginn: '2026-03-24T13:30', dauerMinuten: 60 }), 201);
    const saved = await rows(reihe.id);
    expect(saved.map((r) => [r.reiheTermin, r.beginn.toISOString()])).toEqual([
      ['2026-03-24T13:30', '2026-03-24T12:30:00.000Z'],
      ['2026-03-31T13:30', '2026-03-31T11:30:00.000Z'],
      ['2026-04-07T13:30', '2026-04-07T11:30:00.000Z'],
    ]);
  });

  it('saves the longest series allowed: 500 meetings', async () => {
    const reihe = bodyOf<Reihe>(await api.createReihe(moderation.session, st, { titel: 'Tägliche Sprechstunde', regel: 'FREQ=DAILY;COUNT=500', beginn: '2027-01-04T08:00', dauerMinuten: 30 }), 201);
    expect(reihe.treffenAnzahl).toBe(500);
    expect(await rows(reihe.id)).toHaveLength(500);
  });

  it('is for moderation only, and not in an archived network', async () => {
    const body = { titel: 'Reihe', ...ssa };
    expectProblem(await api.createReihe(mitglied.session, nw, body), 403, 'forbidden');
    expectProblem(await api.createReihe(gast.session, nw, body), 403, 'forbidden');
    expectProblem(await api.pruefen(mitglied.session, nw, ssa), 403, 'forbidden');
    expectProblem(await api.createReihe(outsider.session, nw, body), 404, 'not_found');
    expectProblem(await api.pruefen(outsider.session, nw, ssa), 404, 'not_found');
    expectProblem(await api.reihen(outsider.session, nw), 404, 'not_found');
    const archived = await buildNetzwerk(t.database.db, { traegerScopeId: tn.bochum.id, members: { [moderation.id]: 'moderation' } });
    await t.database.db.update(netzwerke).set({ archiviertAm: new Date() }).where(eq(netzwerke.id, archived.id));
    expectProblem(await api.createReihe(moderation.session, archived.id, body), 403, 'forbidden');
  });
});
