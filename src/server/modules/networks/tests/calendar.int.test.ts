import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../core/audit.schema.js';
import { sanitizeUrl } from '../../../core/logging.js';
import { sha256 } from '../../../core/secrets.js';
import { buildScope, buildUser, TEST_PASSWORD } from '../../../testing/factories.js';
import { buildNetzwerk, buildTreffen } from '../../../testing/network-factories.js';
import { call, createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { expectProblem } from '../../identity/tests/support.js';
import { users } from '../../identity/identity.schema.js';
import { kalenderAbos, netzwerkMitglieder, tagesordnungspunkte, treffen } from '../networks.schema.js';

let t: TestApp;
let person: { id: string; session: Session };
let other: { id: string; session: Session };
let netzA: { id: string; name: string };
let netzB: { id: string; name: string };
let netzC: { id: string; name: string };

const DAY = 24 * 3600_000;
const fromNow = (days: number) => new Date(Date.now() + days * DAY);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const land = await buildScope(db, { type: 'land', name: 'Land Kalender' });
  const kommune = await buildScope(db, { type: 'kommune', name: 'Kommune Kalender', parentId: land.id });
  const schule = await buildScope(db, { type: 'schule', name: 'Schule Kalender', parentId: kommune.id });
  const p = await buildUser(db, { role: 'fachkraft', scopeId: schule.id });
  const o = await buildUser(db, { role: 'kommunalkoordination', scopeId: kommune.id });
  person = { id: p.id, session: await login(t.app, p.email, TEST_PASSWORD) };
  other = { id: o.id, session: await login(t.app, o.email, TEST_PASSWORD) };
  netzA = await buildNetzwerk(db, { traegerScopeId: kommune.id, name: 'Netzwerk Ganztag Nord', members: { [p.id]: 'mitglied', [o.id]: 'moderation' } });
  netzB = await buildNetzwerk(db, { traegerScopeId: kommune.id, name: 'Steuergruppe Bildung', members: { [p.id]: 'gast', [o.id]: 'moderation' } });
  netzC = await buildNetzwerk(db, { traegerScopeId: kommune.id, name: 'Fremdes Netzwerk', members: { [o.id]: 'moderation' } });
});
afterAll(async () => t?.close());

interface Feed {
  text: string;
  calendar: ICAL.Component;
  events: ICAL.Event[];
  byUid: Map<string, ICAL.Event>;
}

function parseFeed(text: string): Feed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { text, calendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

/** The path of a subscription address, as a calendar program would request it. */
const pathOf = (adresse: string) => new URL(adresse).pathname;

async function subscribe(session: Session, body: Record<string, unknown>) {
  const res = await call(t.app, session, 'POST', '/api/kalender-abos', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; bezeichnung: string; netzwerk: { id: string; name: string } | null; adresse: string; zuletztAbgerufenAm: string | null };
}

async function fetchFeed(adresse: string): Promise<Feed & { res: LightMyRequestResponse }> {
  const res = await t.app.inject({ method: 'GET', url: pathOf(adresse) });
  expect(res.statusCode, res.body).toBe(200);
  return { ...parseFeed(res.body), res };
}

const uid = (treffenId: string) => `${treffenId}@strang`;

describe('subscriptions', () => {
  it('shows the address once and stores only the SHA-256 of a 32-byte token', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Mein Diensthandy' });
    expect(abo.netzwerk).toBeNull();
    const match = /^http:\/\/[^/]+\/api\/kalender\/([A-Za-z0-9_-]{43})\.ics$/.exec(abo.adresse);
    expect(match, abo.adresse).not.toBeNull();
    const token = match![1]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const [row] = await t.database.db.select().from(kalenderAbos).where(eq(kalenderAbos.id, abo.id));
    expect(row!.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const list = await call(t.app, person.session, 'GET', '/api/kalender-abos');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    expect(list.body).not.toContain(row!.tokenHash);
    const item = (list.json() as { items: Record<string, unknown>[] }).items.find((i) => i.id === abo.id);
    expect(item).toMatchObject({ id: abo.id, bezeichnung: 'Mein Diensthandy', netzwerk: null, zuletztAbgerufenAm: null });
    expect(item).not.toHaveProperty('adresse');

    const [created] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, abo.id), eq(auditLog.action, 'kalender_abo.created')));
    expect(created).toMatchObject({ entityType: 'kalender_abo', actorId: person.id });
    expect(JSON.stringify(created)).not.toContain(token);
  });

  it('lists only the caller’s own subscriptions', async () => {
    const mine = await subscribe(person.session, { bezeichnung: 'Eigenes Abo' });
    const theirs = await subscribe(other.session, { bezeichnung: 'Fremdes Abo' });
    const ids = ((await call(t.app, person.session, 'GET', '/api/kalender-abos')).json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });

  it('subscribes to a network the caller belongs to, in any role', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Nur Steuergruppe', netzwerkId: netzB.id });
    expect(abo.netzwerk).toEqual({ id: netzB.id, name: 'Steuergruppe Bildung' });
  });

  it('refuses a network the caller does not belong to, or one that does not exist, with 404', async () => {
    const before = await t.database.db.select().from(kalenderAbos).where(eq(kalenderAbos.userId, person.id));
    expectProblem(await call(t.app, person.session, 'POST', '/api/kalender-abos', { bezeichnung: 'Fremd', netzwerkId: netzC.id }), 404, 'not_found');
    expectProblem(await call(t.app, person.session, 'POST', '/api/kalender-abos', { bezeichnung: 'Unbekannt', netzwerkId: '00000000-0000-4000-8000-000000000000' }), 404, 'not_found');
    expect(await t.database.db.select().from(kalenderAbos).where(eq(kalenderAbos.userId, person.id))).toHaveLength(before.length);
  });

  it.each([
    ['without a label', {}, 'bezeichnung', /fehlt/],
    ['with a one-letter label', { bezeichnung: 'x' }, 'bezeichnung', /mindestens 2 Zeichen/],
    ['with a label that is too long', { bezeichnung: 'x'.repeat(101) }, 'bezeichnung', /höchstens 100 Zeichen/],
    ['with a network id that is no id', { bezeichnung: 'Abo', netzwerkId: 'netz-a' }, 'netzwerkId', /Kennung/],
  ])('answers 400 naming the field %s', async (_label, body, field, message) => {
    const problem = expectProblem(await call(t.app, person.session, 'POST', '/api/kalender-abos', body), 400);
    expect(problem.errors?.find((e) => e.field === field)?.message).toMatch(message);
  });

  it('refuses unknown fields and calls without a session', async () => {
    expectProblem(await call(t.app, person.session, 'POST', '/api/kalender-abos', { bezeichnung: 'Abo', tokenHash: 'abc' }), 400);
    expectProblem(await call(t.app, null, 'POST', '/api/kalender-abos', { bezeichnung: 'Abo' }), 401, 'unauthenticated');
    expectProblem(await call(t.app, null, 'GET', '/api/kalender-abos'), 401, 'unauthenticated');
  });

  it('revokes the caller’s own subscription: the address answers 404 from then on', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Bald widerrufen' });
    await fetchFeed(abo.adresse);
    const res = await call(t.app, person.session, 'DELETE', `/api/kalender-abos/${abo.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expectProblem(await t.app.inject({ method: 'GET', url: pathOf(abo.adresse) }), 404, 'not_found');
    const ids = ((await call(t.app, person.session, 'GET', '/api/kalender-abos')).json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).not.toContain(abo.id);
    const [row] = await t.database.db.select().from(kalenderAbos).where(eq(kalenderAbos.id, abo.id));
    expect(row!.widerrufenAm).toBeInstanceOf(Date);
    const [revoked] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, abo.id), eq(auditLog.action, 'kalender_abo.revoked')));
    expect(revoked).toMatchObject({ entityType: 'kalender_abo', actorId: person.id });
    // Revoking twice finds nothing the second time.
    expectProblem(await call(t.app, person.session, 'DELETE', `/api/kalender-abos/${abo.id}`), 404, 'not_found');
  });

  it('does not let anyone else revoke a subscription (404), and it keeps working', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Geschützt' });
    expectProblem(await call(t.app, other.session, 'DELETE', `/api/kalender-abos/${abo.id}`), 404, 'not_found');
    expectProblem(await call(t.app, null, 'DELETE', `/api/kalender-abos/${abo.id}`), 401, 'unauthenticated');
    await fetchFeed(abo.adresse);
  });
});

describe('feeds', () => {
  let inA: typeof treffen.$inferSelect;
  let inB: typeof treffen.$inferSelect;
  let inC: typeof treffen.$inferSelect;
  let tooOld: typeof treffen.$inferSelect;
  let tooFar: typeof treffen.$inferSelect;
  let recent: typeof treffen.$inferSelect;

  beforeAll(async () => {
    const db = t.database.db;
    inA = await buildTreffen(db, netzA.id, { titel: 'Netzwerktreffen Ganztag', beginn: fromNow(10) });
    inB = await buildTreffen(db, netzB.id, { titel: 'Steuerungsrunde', beginn: fromNow(40) });
    inC = await buildTreffen(db, netzC.id, { titel: 'Geheime Runde', beginn: fromNow(12) });
    tooOld = await buildTreffen(db, netzA.id, { titel: 'Längst vorbei', beginn: fromNow(-200) });
    tooFar = await buildTreffen(db, netzA.id, { titel: 'Ferne Zukunft', beginn: fromNow(800) });
    recent = await buildTreffen(db, netzA.id, { titel: 'Letzter Monat', beginn: fromNow(-30) });
    await db.update(treffen).set({ ort: 'Rathaus, Raum 204', onlineLink: 'https://meet.example.org/ganztag' }).where(eq(treffen.id, inA.id));
    await db.insert(tagesordnungspunkte).values([
      { treffenId: inA.id, position: 1, art: 'impuls', titel: 'Kindorientierte Ganztagsbildung', referent: 'Dr. Jana Beispiel' },
      { treffenId: inA.id, position: 2, art: 'austausch', titel: 'Erfahrungen aus den Schulen' },
    ]);
  });

  it('serves the person feed: valid iCalendar with PRODID, METHOD, name, VTIMEZONE, private caching', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Alle Treffen' });
    const feed = await fetchFeed(abo.adresse);
    expect(feed.res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.res.headers['cache-control']).toBe('no-store');
    expect(feed.calendar.name).toBe('vcalendar');
    expect(feed.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(feed.calendar.getFirstPropertyValue('prodid')).toBe('-//Strang//Netzwerke//DE');
    expect(feed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Meine Netzwerktreffen (Strang)');
    expect(feed.calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');

    const event = feed.byUid.get(uid(inA.id))!;
    expect(event.summary).toBe('Netzwerktreffen Ganztag – Netzwerk Ganztag Nord');
    expect(event.location).toBe('Rathaus, Raum 204 und online: https://meet.example.org/ganztag');
    const baseUrl = abo.adresse.replace(/\/api\/kalender\/[^/]+$/, '');
    expect(event.component.getFirstPropertyValue('url')).toBe(`${baseUrl}/netzwerke/treffen/${inA.id}`);
    expect(event.description).toContain(`Details in Strang: ${baseUrl}/netzwerke/treffen/${inA.id}`);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toContain('1. Impulsvortrag: Kindorientierte Ganztagsbildung (Dr. Jana Beispiel)');
    expect(event.description).toContain('2. Austausch: Erfahrungen aus den Schulen');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(Math.floor(inA.beginn.getTime() / 1000) * 1000).toISOString());
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(90 * 60_000);
    expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();

    // zuletzt abgerufen is recorded for the owner's overview.
    const item = ((await call(t.app, person.session, 'GET', '/api/kalender-abos')).json() as { items: { id: string; zuletztAbgerufenAm: string | null }[] }).items.find((i) => i.id === abo.id);
    expect(Date.now() - new Date(item!.zuletztAbgerufenAm!).getTime()).toBeLessThan(60_000);
  });

  it('lists only the networks the person belongs to, from six months back to two years ahead', async () => {
    const feed = await fetchFeed((await subscribe(person.session, { bezeichnung: 'Fenster' })).adresse);
    expect(feed.byUid.has(uid(inA.id))).toBe(true);
    expect(feed.byUid.has(uid(inB.id))).toBe(true);
    expect(feed.byUid.has(uid(recent.id))).toBe(true);
    expect(feed.byUid.has(uid(inC.id))).toBe(false);
    expect(feed.byUid.has(uid(tooOld.id))).toBe(false);
    expect(feed.byUid.has(uid(tooFar.id))).toBe(false);
    expect(feed.text).not.toContain('Geheime Runde');
    expect(feed.text).not.toContain('Fremdes Netzwerk');
  });

  it('drops a network’s meetings from the person feed once the person has left it', async () => {
    const loner = await buildUser(t.database.db, { role: 'fachkraft' });
    const session = await login(t.app, loner.email, TEST_PASSWORD);
    const netz = await buildNetzwerk(t.database.db, { traegerScopeId: loner.scopeId, members: { [loner.id]: 'mitglied' } });
    const meeting = await buildTreffen(t.database.db, netz.id, { beginn: fromNow(5) });
    const abo = await subscribe(session, { bezeichnung: 'Personen-Feed' });
    expect((await fetchFeed(abo.adresse)).byUid.has(uid(meeting.id))).toBe(true);
    await t.database.db.delete(netzwerkMitglieder).where(and(eq(netzwerkMitglieder.netzwerkId, netz.id), eq(netzwerkMitglieder.userId, loner.id)));
    const after = await fetchFeed(abo.adresse);
    expect(after.byUid.has(uid(meeting.id))).toBe(false);
    expect(after.events).toHaveLength(0);
  });

  it('serves a network feed with only that network, and 404 once the owner has left the network', async () => {
    const member = await buildUser(t.database.db, { role: 'schulleitung' });
    const session = await login(t.app, member.email, TEST_PASSWORD);
    await t.database.db.insert(netzwerkMitglieder).values([
      { netzwerkId: netzA.id, userId: member.id, rolle: 'gast' },
      { netzwerkId: netzB.id, userId: member.id, rolle: 'mitglied' },
    ]);
    const abo = await subscribe(session, { bezeichnung: 'Ganztag Nord', netzwerkId: netzA.id });
    const feed = await fetchFeed(abo.adresse);
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Netzwerk Ganztag Nord (Strang)');
    expect(feed.byUid.has(uid(inA.id))).toBe(true);
    expect(feed.byUid.has(uid(inB.id))).toBe(false);
    expect(feed.events.every((e) => e.summary.endsWith('– Netzwerk Ganztag Nord'))).toBe(true);

    await t.database.db.delete(netzwerkMitglieder).where(and(eq(netzwerkMitglieder.netzwerkId, netzA.id), eq(netzwerkMitglieder.userId, member.id)));
    expectProblem(await t.app.inject({ method: 'GET', url: pathOf(abo.adresse) }), 404, 'not_found');
  });

  it('keeps the UID of a moved meeting and raises its SEQUENCE', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Verschiebung' });
    const moved = await buildTreffen(t.database.db, netzA.id, { titel: 'Wird verschoben', beginn: fromNow(20) });
    const before = (await fetchFeed(abo.adresse)).byUid.get(uid(moved.id))!;
    expect(before.sequence).toBe(0);

    const neuerBeginn = new Date(moved.beginn.getTime() + 2 * DAY);
    await t.database.db
      .update(treffen)
      .set({ sequenz: moved.sequenz + 1, beginn: neuerBeginn, ende: new Date(neuerBeginn.getTime() + 90 * 60_000), verschoben: true })
      .where(eq(treffen.id, moved.id));
    const after = (await fetchFeed(abo.adresse)).byUid.get(uid(moved.id))!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect(after.startDate.toJSDate().getTime() - before.startDate.toJSDate().getTime()).toBe(2 * DAY);
  });

  it('keeps a cancelled meeting in the feed as STATUS:CANCELLED', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Absage' });
    const cancelled = await buildTreffen(t.database.db, netzB.id, { titel: 'Fällt aus', beginn: fromNow(30) });
    await t.database.db.update(treffen).set({ status: 'abgesagt', absageGrund: 'Herbstferien', sequenz: 1 }).where(eq(treffen.id, cancelled.id));
    const event = (await fetchFeed(abo.adresse)).byUid.get(uid(cancelled.id))!;
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(1);
    expect(event.summary).toBe('Abgesagt: Fällt aus – Steuergruppe Bildung');
    expect(event.description).toContain('Abgesagt: Herbstferien');
  });

  it('places 13:30 Europe/Berlin correctly in winter (UTC+1) and summer (UTC+2)', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const winter = await buildTreffen(t.database.db, netzA.id, { titel: 'Online-Meeting Januar', beginn: new Date(`${year}-01-12T12:30:00Z`), minuten: 60 });
    const summer = await buildTreffen(t.database.db, netzA.id, { titel: 'Online-Meeting Juli', beginn: new Date(`${year}-07-13T11:30:00Z`), minuten: 60 });
    const feed = await fetchFeed((await subscribe(person.session, { bezeichnung: 'Sommerzeit' })).adresse);
    expect(feed.text).toContain(`DTSTART;TZID=Europe/Berlin:${year}0112T133000\r\n`);
    expect(feed.text).toContain(`DTEND;TZID=Europe/Berlin:${year}0112T143000\r\n`);
    expect(feed.text).toContain(`DTSTART;TZID=Europe/Berlin:${year}0713T133000\r\n`);
    const w = feed.byUid.get(uid(winter.id))!;
    const s = feed.byUid.get(uid(summer.id))!;
    expect(w.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(w.startDate.toJSDate().toISOString()).toBe(`${year}-01-12T12:30:00.000Z`);
    expect(s.startDate.toJSDate().toISOString()).toBe(`${year}-07-13T11:30:00.000Z`);
    expect(s.endDate.toJSDate().toISOString()).toBe(`${year}-07-13T12:30:00.000Z`);
  });

  it('ends every line with CRLF and folds lines at 75 octets without breaking characters', async () => {
    const long = await buildTreffen(t.database.db, netzA.id, { titel: 'Langer Titel', beginn: fromNow(15) });
    const longTitle = 'Übergänge gestalten: Kooperation von Jugendhilfe und Schule im Ganztag – Rückblick, Ergebnisse und nächste Schritte für alle Standorte 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂';
    await t.database.db.insert(tagesordnungspunkte).values({ treffenId: long.id, position: 1, art: 'bericht', titel: longTitle, referent: 'Schulverwaltungsamt' });
    const feed = await fetchFeed((await subscribe(person.session, { bezeichnung: 'Faltung' })).adresse);
    expect(feed.text.endsWith('END:VCALENDAR')).toBe(true);
    const lines = feed.text.split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
    // Folding never splits a character: a broken surrogate pair would not survive the UTF-8 round trip.
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(feed.byUid.get(uid(long.id))!.description).toContain(`1. Bericht aus einem anderen Gremium: ${longTitle} (Schulverwaltungsamt)`);
  });

  it('answers 404 for unknown, malformed and revoked addresses and for a deactivated owner', async () => {
    const unknown = Buffer.alloc(32, 7).toString('base64url');
    for (const datei of [`${unknown}.ics`, unknown, 'kurz.ics', `${unknown}.ics.ics`, '..%2F..%2Fetc.ics']) {
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/kalender/${datei}` }), 404, 'not_found');
    }
    const owner = await buildUser(t.database.db, { role: 'fachkraft' });
    const abo = await subscribe(await login(t.app, owner.email, TEST_PASSWORD), { bezeichnung: 'Konto wird deaktiviert' });
    await fetchFeed(abo.adresse);
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, owner.id));
    expectProblem(await t.app.inject({ method: 'GET', url: pathOf(abo.adresse) }), 404, 'not_found');
  });

  it('keeps the token out of the request log', async () => {
    const abo = await subscribe(person.session, { bezeichnung: 'Protokoll' });
    const token = /([A-Za-z0-9_-]{43})\.ics$/.exec(abo.adresse)![1]!;
    expect(sanitizeUrl(pathOf(abo.adresse))).toBe('/api/kalender/:token');
    expect(sanitizeUrl(`${pathOf(abo.adresse)}?x=1`)).not.toContain(token);
  });
});

describe('one meeting as a file', () => {
  it('gives any member, a guest too, the meeting as an attachment', async () => {
    const meeting = await buildTreffen(t.database.db, netzB.id, { titel: 'Jahresplanung', beginn: new Date('2027-03-09T13:00:00Z') });
    const res = await call(t.app, person.session, 'GET', `/api/treffen/${meeting.id}/kalender.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="treffen-2027-03-09.ics"');
    const feed = parseFeed(res.body);
    expect(feed.events).toHaveLength(1);
    expect(feed.events[0]!.uid).toBe(uid(meeting.id));
    expect(feed.events[0]!.summary).toBe('Jahresplanung – Steuergruppe Bildung');
    expect(feed.events[0]!.startDate.toJSDate().toISOString()).toBe('2027-03-09T13:00:00.000Z');
    expect(feed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('hides meetings of other networks (404) and needs a session (401)', async () => {
    const meeting = await buildTreffen(t.database.db, netzC.id);
    expectProblem(await call(t.app, person.session, 'GET', `/api/treffen/${meeting.id}/kalender.ics`), 404, 'not_found');
    expectProblem(await call(t.app, person.session, 'GET', '/api/treffen/00000000-0000-4000-8000-000000000000/kalender.ics'), 404, 'not_found');
    expectProblem(await call(t.app, null, 'GET', `/api/treffen/${meeting.id}/kalender.ics`), 401, 'unauthenticated');
    expectProblem(await call(t.app, person.session, 'GET', '/api/treffen/keine-id/kalender.ics'), 400);
  });
});
