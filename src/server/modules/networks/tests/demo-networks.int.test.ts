import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from '../../../seed/demo.js';
import { createTestApp, call, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { kommunen } from '../../directory/directory.schema.js';
import { users } from '../../identity/identity.schema.js';
import { closureName } from '../holiday-calendar.js';
import { localDay } from '../../../../domain/networks/recurrence.js';
import { anmeldungen, ergebnisse, netzwerke, netzwerkKommunen, netzwerkMitglieder, sitzungsreihen, tagesordnungspunkte, treffen, weitergaben } from '../networks.schema.js';
import { dialogCities } from '../demo/people.js';

let t: TestApp;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;
const userIds: Record<string, string> = {};

const tables = ['netzwerke', 'netzwerk_kommunen', 'netzwerk_mitglieder', 'sitzungsreihen', 'treffen', 'tagesordnungspunkte', 'anmeldungen', 'ergebnisse', 'weitergaben', 'users', 'scopes'] as const;

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const res = await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    out[table] = (res as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db);
  countsAfterFirst = await counts();
  await seedDemo(t.database.db);
  countsAfterSecond = await counts();
  for (const a of demoAccounts) {
    const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    userIds[a.key] = u!.id;
  }
}, 600_000);
afterAll(async () => t?.close());

const db = () => t.database.db;
const now = () => new Date();

describe('demo networks', () => {
  it('adds nothing on a second run', () => {
    // Eleven of the networks demo and the learning network of the transfer demo.
    expect(countsAfterFirst.netzwerke).toBe(12);
    expect(countsAfterFirst.treffen).toBeGreaterThan(70);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it('has the DialOGStandorte structure: five intra-municipal networks, practice and steering across the five cities', async () => {
    const cityKommunen = await db().select().from(kommunen).where(sql`${kommunen.ags} in ${dialogCities.map((c) => c.ags)}`);
    expect(cityKommunen).toHaveLength(5);
    for (const city of dialogCities) {
      const kommune = cityKommunen.find((k) => k.ags === city.ags)!;
      const [netz] = await db().select().from(netzwerke).where(eq(netzwerke.name, `Intrakommunales Netzwerk OGS ${city.name}`));
      expect(netz, city.name).toMatchObject({ ebene: 'kommune', schwerpunkt: 'praxis', land: 'NW', traegerScopeId: kommune.id });
      expect((await db().select().from(netzwerkKommunen).where(eq(netzwerkKommunen.netzwerkId, netz!.id))).map((k) => k.kommuneId)).toEqual([kommune.id]);
      const [reihe] = await db().select().from(sitzungsreihen).where(eq(sitzungsreihen.netzwerkId, netz!.id));
      expect(reihe).toMatchObject({ vorlage: 'vier-pro-schuljahr', regel: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=8', dauerMinuten: 180, zeitzone: 'Europe/Berlin' });
      const rows = await db().select().from(treffen).where(eq(treffen.reiheId, reihe!.id));
      expect(rows).toHaveLength(8);
      expect(rows.every((r) => r.reiheTermin && r.reiheTermin.endsWith('T14:00'))).toBe(true);
      // Four per school year: the series covers a year back and the months ahead.
      expect(rows.some((r) => r.beginn < now())).toBe(true);
      expect(rows.some((r) => r.beginn > now())).toBe(true);
    }
    for (const [name, schwerpunkt, vorlage] of [
      ['Interkommunales Netzwerk Praxis – DialOGStandorte', 'praxis', 'zweimal-jaehrlich'],
      ['Interkommunales Netzwerk Steuerung/Planung – DialOGStandorte', 'steuerung', 'jaehrlich'],
    ] as const) {
      const [netz] = await db().select().from(netzwerke).where(eq(netzwerke.name, name));
      expect(netz).toMatchObject({ ebene: 'interkommunal', schwerpunkt });
      const ks = await db().select().from(netzwerkKommunen).where(eq(netzwerkKommunen.netzwerkId, netz!.id));
      expect(ks.map((k) => k.kommuneId).sort()).toEqual(cityKommunen.map((k) => k.id).sort());
      const [reihe] = await db().select().from(sitzungsreihen).where(eq(sitzungsreihen.netzwerkId, netz!.id));
      expect(reihe!.vorlage).toBe(vorlage);
    }
  });

  it('has the state coordination office’s online series: school social work monthly on Tuesdays 13:30–14:30, moderated by the Land account', async () => {
    const [netz] = await db().select().from(netzwerke).where(eq(netzwerke.name, 'Online-Austausch Schulsozialarbeit NRW'));
    expect(netz).toMatchObject({ ebene: 'land', land: 'NW' });
    const [mod] = await db()
      .select()
      .from(netzwerkMitglieder)
      .where(and(eq(netzwerkMitglieder.netzwerkId, netz!.id), eq(netzwerkMitglieder.userId, userIds.land!)));
    expect(mod!.rolle).toBe('moderation');
    const [reihe] = await db().select().from(sitzungsreihen).where(eq(sitzungsreihen.netzwerkId, netz!.id));
    expect(reihe).toMatchObject({ regel: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=12', dauerMinuten: 60 });
    expect(reihe!.onlineLink).toMatch(/^https:\/\//);
    const rows = await db().select().from(treffen).where(eq(treffen.reiheId, reihe!.id));
    const time = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', weekday: 'short' });
    for (const r of rows) expect(time.format(r.beginn)).toBe('Di., 13:30');
    expect(rows.filter((r) => r.status === 'abgesagt' && r.sequenz > 0 && r.beginn > now())).toHaveLength(1);
    for (const name of ['Online-Runde der regionalen Bildungsbüros NRW', 'Online-Runde der Träger der Kinder- und Jugendhilfe NRW']) {
      expect((await db().select().from(netzwerke).where(eq(netzwerke.name, name))).length, name).toBe(1);
    }
  });

  it('places series dates like the holiday check: moved dates leave a closure, kept dates avoid one', async () => {
    const rows = await db().select({ t: treffen, land: netzwerke.land }).from(treffen).innerJoin(netzwerke, eq(netzwerke.id, treffen.netzwerkId)).where(isNotNull(treffen.reiheId));
    for (const { t: row, land } of rows) {
      const ruleDay = row.reiheTermin!.slice(0, 10);
      if (row.verschoben) {
        expect(closureName(land, ruleDay), row.reiheTermin!).not.toBeNull();
        expect(closureName(land, localDay(row.beginn)), row.reiheTermin!).toBeNull();
      } else if (row.status === 'geplant') {
        expect(closureName(land, ruleDay), `${row.titel} ${row.reiheTermin}`).toBeNull();
        expect(localDay(row.beginn)).toBe(ruleDay);
      }
    }
  });

  it('gives every past meeting an agenda, attendance, minutes and results; agreements are done, open or overdue', async () => {
    const past = await db()
      .select()
      .from(treffen)
      .where(and(eq(treffen.status, 'geplant'), sql`${treffen.ende} < now()`));
    expect(past.length).toBeGreaterThan(30);
    for (const row of past) {
      expect(row.protokoll?.length ?? 0, row.titel).toBeGreaterThan(200);
      expect(row.protokoll).toContain('TOP 1:');
      const agenda = await db().select().from(tagesordnungspunkte).where(eq(tagesordnungspunkte.treffenId, row.id));
      expect(agenda.length).toBeGreaterThanOrEqual(1);
      const attendance = await db().select().from(anmeldungen).where(eq(anmeldungen.treffenId, row.id));
      expect(attendance.length).toBeGreaterThan(2);
      expect(attendance.every((a) => a.anwesend !== null)).toBe(true);
      const results = await db().select().from(ergebnisse).where(eq(ergebnisse.treffenId, row.id));
      expect(results.some((r) => r.art === 'ergebnis')).toBe(true);
      expect(results.some((r) => r.art === 'vereinbarung')).toBe(true);
    }
    const impulse = await db().select().from(tagesordnungspunkte).where(eq(tagesordnungspunkte.art, 'impuls'));
    expect(impulse.every((p) => p.referent)).toBe(true);
    expect(new Set((await db().select({ art: tagesordnungspunkte.art }).from(tagesordnungspunkte)).map((p) => p.art))).toEqual(new Set(['impuls', 'austausch', 'bericht', 'beschluss']));

    const today = localDay(now());
    const agreements = await db().select().from(ergebnisse).where(eq(ergebnisse.art, 'vereinbarung'));
    expect(agreements.every((a) => a.verantwortlichId && a.faelligAm && a.status)).toBe(true);
    expect(agreements.filter((a) => a.status === 'erledigt').length).toBeGreaterThan(10);
    expect(agreements.filter((a) => a.status !== 'erledigt' && a.faelligAm! < today).length).toBeGreaterThan(3);
    expect(agreements.filter((a) => a.status !== 'erledigt' && a.faelligAm! >= today).length).toBeGreaterThan(10);
    // Responsible people are members of the network.
    const members = await db().select().from(netzwerkMitglieder);
    for (const a of agreements) expect(members.some((m) => m.netzwerkId === a.netzwerkId && m.userId === a.verantwortlichId)).toBe(true);
  });

  it('passes results up to the steering group (acknowledged) and back down (not yet acknowledged)', async () => {
    const [steering] = await db().select().from(netzwerke).where(eq(netzwerke.name, 'Interkommunales Netzwerk Steuerung/Planung – DialOGStandorte'));
    const up = await db()
      .select({ w: weitergaben, ebene: netzwerke.ebene })
      .from(weitergaben)
      .innerJoin(netzwerke, eq(netzwerke.id, weitergaben.vonNetzwerkId))
      .where(eq(weitergaben.anNetzwerkId, steering!.id));
    expect(up.length).toBeGreaterThanOrEqual(1);
    expect(up.every((u) => u.ebene === 'kommune' && u.w.empfangenAm && u.w.empfangenVon === userIds.land)).toBe(true);
    const down = await db()
      .select({ w: weitergaben, ebene: netzwerke.ebene })
      .from(weitergaben)
      .innerJoin(netzwerke, eq(netzwerke.id, weitergaben.anNetzwerkId))
      .where(eq(weitergaben.vonNetzwerkId, steering!.id));
    expect(down.length).toBeGreaterThanOrEqual(1);
    expect(down.every((d) => d.ebene === 'kommune' && d.w.empfangenAm === null)).toBe(true);
    for (const w of [...up, ...down]) {
      expect(w.w.weitergegebenAm.getTime()).toBeLessThan(Date.now());
      // The passer belongs to both networks, as the API demands.
      for (const netz of [w.w.vonNetzwerkId, w.w.anNetzwerkId]) {
        const [m] = await db()
          .select()
          .from(netzwerkMitglieder)
          .where(and(eq(netzwerkMitglieder.netzwerkId, netz), eq(netzwerkMitglieder.userId, w.w.weitergegebenVon!)));
        expect(m).toBeDefined();
      }
      // Each is reported on the receiving network's next agenda.
      const reports = await db().select().from(tagesordnungspunkte).where(eq(tagesordnungspunkte.weitergabeId, w.w.id));
      expect(reports).toHaveLength(1);
      expect(reports[0]!.art).toBe('bericht');
    }
    // The pending one reaches the Köln network, moderated by the demo coordinator.
    const [koeln] = await db().select().from(netzwerke).where(eq(netzwerke.name, 'Netzwerk Schulsozialarbeit Köln'));
    expect(down.some((d) => d.w.anNetzwerkId === koeln!.id)).toBe(true);
    const pending = await db().select().from(weitergaben).where(and(eq(weitergaben.anNetzwerkId, koeln!.id), isNull(weitergaben.empfangenAm)));
    expect(pending).toHaveLength(1);
  });
});

describe('the demo accounts see their work', () => {
  const sessions: Record<string, Session> = {};
  beforeAll(async () => {
    for (const a of demoAccounts) sessions[a.key] = await login(t.app, a.email, DEMO_PASSWORD);
  });

  it.each(['land', 'koordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'])('%s has upcoming meetings in "my work"', async (key) => {
    const res = await call(t.app, sessions[key]!, 'GET', '/api/meine-arbeit');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { treffen: unknown[] }).treffen.length).toBeGreaterThan(0);
  });

  it('the coordinator moderates the Köln network and the fachkraft has an open agreement', async () => {
    const list = (await call(t.app, sessions.koordination!, 'GET', '/api/netzwerke')).json() as { items: { name: string; meineRolle: string }[] };
    expect(list.items.find((n) => n.name === 'Netzwerk Schulsozialarbeit Köln')?.meineRolle).toBe('moderation');
    const work = (await call(t.app, sessions.fachkraft!, 'GET', '/api/meine-arbeit')).json() as { vereinbarungen: { status: string }[] };
    expect(work.vereinbarungen.length).toBeGreaterThan(0);
    expect(work.vereinbarungen.every((v) => v.status !== 'erledigt')).toBe(true);
    const land = (await call(t.app, sessions.land!, 'GET', '/api/netzwerke')).json() as { items: { name: string; meineRolle: string }[] };
    expect(land.items.find((n) => n.name === 'Online-Austausch Schulsozialarbeit NRW')?.meineRolle).toBe('moderation');
    expect(land.items.filter((n) => n.meineRolle === 'moderation').length).toBeGreaterThanOrEqual(9);
  });

  it('lists the demo meetings in the calendar feed of the Land account', async () => {
    const res = await call(t.app, sessions.land!, 'POST', '/api/kalender-abos', { bezeichnung: 'Alle Demo-Treffen' });
    expect(res.statusCode, res.body).toBe(201);
    const feed = await t.app.inject({ method: 'GET', url: new URL((res.json() as { adresse: string }).adresse).pathname });
    expect(feed.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const memberOf = await db().select().from(netzwerkMitglieder).where(eq(netzwerkMitglieder.userId, userIds.land!));
    expect(memberOf.length).toBeGreaterThanOrEqual(10);
    expect(events.length).toBeGreaterThan(50);
    expect(events.some((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);
    expect(events.some((e) => e.summary.includes('Online-Meeting Schulsozialarbeit – Online-Austausch Schulsozialarbeit NRW'))).toBe(true);
  });

  it('keeps the fictitious people without access', async () => {
    const people = await db().select().from(users).where(sql`${users.email} like '%.demo.strang.de' and ${users.email} not like '%@demo.strang.de'`);
    expect(people.length).toBe(24);
    expect(people.every((p) => p.passwordHash === null)).toBe(true);
  });
});
