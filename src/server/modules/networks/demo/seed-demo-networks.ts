import { eq, inArray } from 'drizzle-orm';
import { addDays } from '../../../../domain/networks/holidays.js';
import { localDay, localToInstant, TIME_ZONE } from '../../../../domain/networks/recurrence.js';
import { tagesordnungsArten, type NetzwerkEbene, type NetzwerkRolle, type NetzwerkSchwerpunkt } from '../../../../domain/networks/vocabulary.js';
import { writeAudit } from '../../../core/audit.js';
import type { Db, DbOrTx } from '../../../core/db.js';
import type { DemoSeedContext } from '../../../core/module.js';
import { kommunen } from '../../directory/directory.schema.js';
import { findUserByEmail, insertUser } from '../../identity/identity.repository.js';
import { anmeldungen, ergebnisse, netzwerke, netzwerkKommunen, netzwerkMitglieder, sitzungsreihen, tagesordnungspunkte, treffen, weitergaben } from '../networks.schema.js';
import { holidayCalendarFor } from '../holiday-calendar.js';
import { interkommunalPraxis, interkommunalSteuerung, intrakommunal, onlineRegional, onlineSchulsozialarbeit, onlineTraeger, type Inhalt, type Punkt } from './content.js';
import { allDemoPeople, cityPeople, dialogCities, koelnJugendamt, ssaPeople, type CityKey } from './people.js';
import { planSeries } from './plan-series.js';

/** The network whose existence means the demo networks are there (a second run adds nothing). */
export const DEMO_MARKER_NETWORK = 'Netzwerk Schulsozialarbeit Köln';
const KOELN_AGS = '05315000';
const LAND = 'NW';

type TreffenRow = typeof treffen.$inferSelect;

interface Member {
  key: string;
  userId: string;
  rolle: NetzwerkRolle;
}

interface NetzDef {
  key: string;
  name: string;
  beschreibung: string;
  ebene: NetzwerkEbene;
  schwerpunkt: NetzwerkSchwerpunkt;
  traegerScopeId: string;
  kommuneIds: string[];
  /** Replaces {stadt} in the content. */
  stadt: string;
  members: Member[];
  reihe: { titel: string; vorlage: string; rule: string; searchFrom: string; time: string; dauerMinuten: number; ort: string | null; onlineLink: string | null; kapazitaet: number | null };
  inhalte: Inhalt[];
  /** Where in the content list the first meeting starts, so neighbouring networks differ; 'last' gives the latest past meeting the first entry. */
  offset: number | 'last';
  /** Who moderates, as the minutes name it. */
  moderation: string;
  /** A single meeting besides the series, a few weeks ahead on a working day outside the holidays. */
  einzeltermin?: { titel: string; inDays: number; time: string; dauerMinuten: number; punkte: Punkt[] };
}

interface SeededNetz {
  def: NetzDef;
  id: string;
  past: TreffenRow[];
  future: TreffenRow[];
  /** Result ids of each past meeting, in the order of `past`. */
  results: string[][];
}

const dayFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const whenDe = (at: Date) => `${dayFormat.format(at)}, ${timeFormat.format(at)} Uhr`;

/** The first day of the local month `offset` months from `now`, "YYYY-MM-01". */
function monthFrom(now: Date, offset: number): string {
  const [y, m] = localDay(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The latest of March, June, September, December at or before this month, a year back: four meetings per school year. */
function quarterYearBack(now: Date): string {
  const m = Number(localDay(now).slice(5, 7));
  const back = (m % 3) + 12;
  return monthFrom(now, -back);
}

/** Demo networks: the DialOGStandorte structure and the state coordination office's online series. */
export async function seedDemoNetworks(ctx: DemoSeedContext): Promise<void> {
  await seedNetworks(ctx.db, ctx, new Date());
}

/**
 * Everything relative to `now`, so the demo always has past meetings (agenda, attendance, minutes,
 * results, agreements) and upcoming ones. One transaction: all or nothing, and a second run finds
 * the marker network and adds nothing.
 *
 * The state coordination office's online formats (Saxony-Anhalt in the source) belong to the demo
 * Land Nordrhein-Westfalen here, because the demo account of the Landeskoordination sits in NRW.
 */
export async function seedNetworks(db: Db, ids: Pick<DemoSeedContext, 'scopes' | 'users'>, now: Date): Promise<{ created: boolean }> {
  const [marker] = await db.select({ id: netzwerke.id }).from(netzwerke).where(eq(netzwerke.name, DEMO_MARKER_NETWORK)).limit(1);
  if (marker) return { created: false };
  const nrw = ids.scopes.nrw;
  if (!nrw) return { created: false };
  const ags = [...dialogCities.map((c) => c.ags), KOELN_AGS];
  const kommuneByAgs = new Map((await db.select({ id: kommunen.id, ags: kommunen.ags }).from(kommunen).where(inArray(kommunen.ags, ags))).map((k) => [k.ags, k.id]));
  const koelnId = kommuneByAgs.get(KOELN_AGS);
  if (!koelnId) return { created: false };

  await db.transaction(async (tx) => {
    const people = await ensurePeople(tx);
    const u = ids.users as Record<'land' | 'koordination' | 'schulleitung' | 'fachkraft' | 'mitglied' | 'lesend', string>;
    const cities = dialogCities.filter((c) => kommuneByAgs.has(c.ags));
    const cityUser = (city: CityKey, role: keyof (typeof cityPeople)[CityKey]) => people.get(cityPeople[city][role].email)!;
    const defs = networkDefinitions({ now, nrw, koelnId, cities: cities.map((c) => ({ ...c, kommuneId: kommuneByAgs.get(c.ags)! })), u, cityUser, person: (email) => people.get(email)! });

    const seeded = new Map<string, SeededNetz>();
    for (const def of defs) seeded.set(def.key, await seedNetwork(tx, def, now));
    await passResults(tx, seeded, u, cityUser, now);
    await cancelOne(tx, seeded.get('ssa')!);

    const koeln = seeded.get('koeln')!;
    await writeAudit(tx, {
      actorId: null,
      action: 'demo.networks_seeded',
      entityType: 'netzwerk',
      entityId: koeln.id,
      scopeId: nrw,
      after: { netzwerke: seeded.size, treffen: [...seeded.values()].reduce((n, s) => n + s.past.length + s.future.length, 0) },
    });
  });
  return { created: true };
}

async function ensurePeople(tx: DbOrTx): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of allDemoPeople()) {
    const user = (await findUserByEmail(tx, p.email)) ?? (await insertUser(tx, { email: p.email, name: p.name, passwordHash: null }));
    out.set(p.email, user.id);
  }
  return out;
}

function networkDefinitions(a: {
  now: Date;
  nrw: string;
  koelnId: string;
  cities: { key: CityKey; name: string; kommuneId: string }[];
  u: Record<'land' | 'koordination' | 'schulleitung' | 'fachkraft' | 'mitglied' | 'lesend', string>;
  cityUser: (city: CityKey, role: 'koordination' | 'jugendamt' | 'schulleitung' | 'ganztag') => string;
  person: (email: string) => string;
}): NetzDef[] {
  const { now, u, cityUser } = a;
  const intraReihe = (ort: string) => ({
    titel: 'Intrakommunales Netzwerktreffen',
    vorlage: 'vier-pro-schuljahr',
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=8',
    searchFrom: quarterYearBack(now),
    time: '14:00',
    dauerMinuten: 180,
    ort,
    onlineLink: null,
    kapazitaet: null,
  });
  const intraBeschreibung = (stadt: string) =>
    `Kommunales Austauschtreffen der DialOG-Standorte in ${stadt}: Leitungstandems (Schulleitung und Ganztagskoordination) der Offenen Ganztagsgrundschulen mit Schulverwaltungsamt und Jugendamt. Gemeinsames Oberthema und schulspezifische Einzelziele, Impulse externer Fachleute, wechselseitiges Lernen.`;

  const defs: NetzDef[] = a.cities.map((c, i) => ({
    key: c.key,
    name: `Intrakommunales Netzwerk OGS ${c.name}`,
    beschreibung: intraBeschreibung(c.name),
    ebene: 'kommune',
    schwerpunkt: 'praxis',
    traegerScopeId: c.kommuneId,
    kommuneIds: [c.kommuneId],
    stadt: c.name,
    members: [
      { key: 'koordination', userId: cityUser(c.key, 'koordination'), rolle: 'moderation' },
      // The project team moderates together with the city (DialOGStandorte).
      { key: 'mod', userId: u.land, rolle: 'moderation' },
      { key: 'jugendamt', userId: cityUser(c.key, 'jugendamt'), rolle: 'mitglied' },
      { key: 'schulleitung', userId: cityUser(c.key, 'schulleitung'), rolle: 'mitglied' },
      { key: 'ganztag', userId: cityUser(c.key, 'ganztag'), rolle: 'mitglied' },
    ],
    reihe: intraReihe(`Bildungsbüro ${c.name}, Besprechungsraum`),
    inhalte: intrakommunal,
    offset: i,
    moderation: `Bildungsbüro ${c.name} und Landeskoordination`,
  }));

  defs.push({
    key: 'koeln',
    name: DEMO_MARKER_NETWORK,
    beschreibung: `${intraBeschreibung('Köln')} Köln erprobt das Format als erste Transferkommune.`,
    ebene: 'kommune',
    schwerpunkt: 'praxis',
    traegerScopeId: a.koelnId,
    kommuneIds: [a.koelnId],
    stadt: 'Köln',
    members: [
      { key: 'koordination', userId: u.koordination, rolle: 'moderation' },
      { key: 'schulleitung', userId: u.schulleitung, rolle: 'mitglied' },
      { key: 'ganztag', userId: u.fachkraft, rolle: 'mitglied' },
      { key: 'jugendamt', userId: a.person(koelnJugendamt.email), rolle: 'mitglied' },
      { key: 'mitglied', userId: u.mitglied, rolle: 'mitglied' },
      { key: 'lesend', userId: u.lesend, rolle: 'gast' },
      { key: 'land', userId: u.land, rolle: 'gast' },
    ],
    reihe: intraReihe('Bildungsbüro Köln, Raum 3.12'),
    inhalte: intrakommunal,
    offset: 3,
    moderation: 'Bildungsbüro Köln',
    einzeltermin: {
      titel: 'Arbeitstreffen: Qualitätsdialoge vorbereiten',
      inDays: 16,
      time: '15:00',
      dauerMinuten: 90,
      punkte: [
        { art: 'austausch', titel: 'Erfahrungen mit dem Leitfaden für Qualitätsdialoge', dauer: 45, notiz: '' },
        { art: 'beschluss', titel: 'Termine der Qualitätsdialoge an den Kölner Standorten', dauer: 30, notiz: '' },
      ],
    },
  });

  const cityMembers = (roles: ('koordination' | 'jugendamt' | 'schulleitung' | 'ganztag')[], keyOf: (city: CityKey, role: string) => string): Member[] =>
    a.cities.flatMap((c) => roles.map((r) => ({ key: keyOf(c.key, r), userId: cityUser(c.key, r), rolle: 'mitglied' as const })));
  const allCities = a.cities.map((c) => c.kommuneId);

  defs.push({
    key: 'praxis',
    name: 'Interkommunales Netzwerk Praxis – DialOGStandorte',
    beschreibung:
      'Fachlicher Austausch der Leitungstandems aus Bochum, Dortmund, Gladbeck, Hagen und Hamm über kommunale Grenzen hinweg, zweimal im Jahr. Praxis- und adressatenbezogene Schwerpunkte; Vertreterinnen und Vertreter der Verwaltung nehmen teil.',
    ebene: 'interkommunal',
    schwerpunkt: 'praxis',
    traegerScopeId: a.nrw,
    kommuneIds: allCities,
    stadt: 'den fünf Kommunen',
    members: [
      { key: 'mod', userId: u.land, rolle: 'moderation' },
      ...cityMembers(['schulleitung', 'ganztag', 'koordination'], (c, r) => `${c}.${r}`),
      { key: 'koeln.schulleitung', userId: u.schulleitung, rolle: 'gast' },
    ],
    reihe: {
      titel: 'Interkommunales Netzwerktreffen Praxis',
      vorlage: 'zweimal-jaehrlich',
      rule: 'FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE;COUNT=4',
      searchFrom: monthFrom(now, -8),
      time: '09:30',
      dauerMinuten: 240,
      ort: 'Tagungshaus am Phoenixsee, Dortmund (fiktiv)',
      onlineLink: null,
      kapazitaet: 40,
    },
    inhalte: interkommunalPraxis,
    offset: 0,
    moderation: 'Landeskoordination',
  });

  const steuerungStart = monthFrom(now, -14);
  defs.push({
    key: 'steuerung',
    name: 'Interkommunales Netzwerk Steuerung/Planung – DialOGStandorte',
    beschreibung:
      'Einmal im Jahr: Schulverwaltungsämter, Jugendämter und Bildungsbüros der fünf Kommunen mit dem Schulamt. Gemeinsame Planungs- und Steuerungsverantwortung von Jugendhilfe und Schule; ausgewählte Mitglieder berichten in den intrakommunalen Netzwerken.',
    ebene: 'interkommunal',
    schwerpunkt: 'steuerung',
    traegerScopeId: a.nrw,
    kommuneIds: allCities,
    stadt: 'den fünf Kommunen',
    members: [
      { key: 'mod', userId: u.land, rolle: 'moderation' },
      ...cityMembers(['koordination', 'jugendamt'], (c, r) => `${c}.${r}`),
      { key: 'koeln', userId: u.koordination, rolle: 'mitglied' },
      { key: 'lesend', userId: u.lesend, rolle: 'gast' },
    ],
    reihe: {
      titel: 'Interkommunales Netzwerktreffen Steuerung/Planung',
      vorlage: 'jaehrlich',
      rule: `FREQ=YEARLY;BYMONTH=${Number(steuerungStart.slice(5, 7))};BYDAY=2WE;COUNT=3`,
      searchFrom: steuerungStart,
      time: '10:00',
      dauerMinuten: 180,
      ort: 'Bildungsbüro Dortmund, Sitzungssaal',
      onlineLink: null,
      kapazitaet: null,
    },
    inhalte: interkommunalSteuerung,
    // The key points are the latest decision, passed back down to the networks.
    offset: 'last',
    moderation: 'Landeskoordination',
  });

  defs.push({
    key: 'ssa',
    name: 'Online-Austausch Schulsozialarbeit NRW',
    beschreibung:
      'Monatliches Online-Meeting der Landeskoordination für Schulsozialarbeiterinnen und Schulsozialarbeiter, dienstags 13:30–14:30 Uhr: ein thematischer Impulsvortrag einer Expertin oder eines Experten, danach Austausch. Raum für fachliche Auseinandersetzung, auch überregional und schulformübergreifend.',
    ebene: 'land',
    schwerpunkt: 'praxis',
    traegerScopeId: a.nrw,
    kommuneIds: [],
    stadt: 'NRW',
    members: [
      { key: 'mod', userId: u.land, rolle: 'moderation' },
      { key: 'ssa1', userId: u.fachkraft, rolle: 'mitglied' },
      { key: 'ssa2', userId: u.mitglied, rolle: 'mitglied' },
      ...ssaPeople.map((p, i) => ({ key: `ssa${i + 3}`, userId: a.person(p.email), rolle: 'mitglied' as const })),
      { key: 'koeln', userId: u.koordination, rolle: 'gast' },
    ],
    reihe: {
      titel: 'Online-Meeting Schulsozialarbeit',
      vorlage: 'monatlich-dienstag',
      rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=12',
      searchFrom: monthFrom(now, -5),
      time: '13:30',
      dauerMinuten: 60,
      ort: null,
      onlineLink: 'https://meet.demo.strang.de/schulsozialarbeit-nrw',
      kapazitaet: 100,
    },
    inhalte: onlineSchulsozialarbeit,
    offset: 0,
    moderation: 'Landeskoordination',
  });

  defs.push({
    key: 'regional',
    name: 'Online-Runde der regionalen Bildungsbüros NRW',
    beschreibung:
      'Online-Treffen der Landeskoordination mit den regionalen Bildungsbüros am ersten Montag jedes Monats: kollegiale Beratung, Weiterentwicklung des Programms, Einblicke in die Regionen, Impulse externer Fachleute.',
    ebene: 'land',
    schwerpunkt: 'steuerung',
    traegerScopeId: a.nrw,
    kommuneIds: [],
    stadt: 'NRW',
    members: [{ key: 'mod', userId: u.land, rolle: 'moderation' }, ...cityMembers(['koordination'], (c) => c), { key: 'koeln', userId: u.koordination, rolle: 'mitglied' }],
    reihe: {
      titel: 'Online-Meeting der regionalen Bildungsbüros',
      vorlage: 'erster-montag',
      rule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=10',
      searchFrom: monthFrom(now, -4),
      time: '10:00',
      dauerMinuten: 90,
      ort: null,
      onlineLink: 'https://meet.demo.strang.de/bildungsbueros-nrw',
      kapazitaet: null,
    },
    inhalte: onlineRegional,
    offset: 0,
    moderation: 'Landeskoordination',
  });

  defs.push({
    key: 'traeger',
    name: 'Online-Runde der Träger der Kinder- und Jugendhilfe NRW',
    beschreibung:
      'Vierteljährliches Online-Treffen für die Träger der freien und öffentlichen Kinder- und Jugendhilfe: Austausch auf Augenhöhe, aktuelle Entwicklungen im Programm, formale und organisatorische Fragen.',
    ebene: 'land',
    schwerpunkt: 'praxis',
    traegerScopeId: a.nrw,
    kommuneIds: [],
    stadt: 'NRW',
    members: [{ key: 'mod', userId: u.land, rolle: 'moderation' }, ...cityMembers(['jugendamt'], (c) => c), { key: 'koeln', userId: a.person(koelnJugendamt.email), rolle: 'mitglied' }],
    reihe: {
      titel: 'Online-Meeting der Träger',
      vorlage: 'quartalsweise',
      rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE;COUNT=5',
      searchFrom: monthFrom(now, -7),
      time: '10:00',
      dauerMinuten: 120,
      ort: null,
      onlineLink: 'https://meet.demo.strang.de/traeger-nrw',
      kapazitaet: null,
    },
    inhalte: onlineTraeger,
    offset: 0,
    moderation: 'Landeskoordination',
  });
  return defs;
}

async function seedNetwork(tx: DbOrTx, def: NetzDef, now: Date): Promise<SeededNetz> {
  const plan = planSeries(LAND, def.reihe);
  const created = new Date(plan.treffen[0]!.beginn.getTime() - 30 * 24 * 3600_000);
  const [netz] = await tx
    .insert(netzwerke)
    .values({ name: def.name, beschreibung: def.beschreibung, ebene: def.ebene, schwerpunkt: def.schwerpunkt, land: LAND, traegerScopeId: def.traegerScopeId, erstelltAm: created, aktualisiertAm: created })
    .returning();
  const netzwerkId = netz!.id;
  if (def.kommuneIds.length) await tx.insert(netzwerkKommunen).values(def.kommuneIds.map((kommuneId) => ({ netzwerkId, kommuneId })));
  await tx.insert(netzwerkMitglieder).values(def.members.map((m) => ({ netzwerkId, userId: m.userId, rolle: m.rolle, seit: created })));

  const r = def.reihe;
  const [reihe] = await tx
    .insert(sitzungsreihen)
    .values({ netzwerkId, titel: r.titel, vorlage: r.vorlage, regel: plan.regel, beginn: plan.beginn, dauerMinuten: r.dauerMinuten, zeitzone: TIME_ZONE, ort: r.ort, onlineLink: r.onlineLink, kapazitaet: r.kapazitaet, erstelltAm: created, aktualisiertAm: created })
    .returning();
  const rows = await tx
    .insert(treffen)
    .values(
      plan.treffen.map((t) => ({
        netzwerkId,
        reiheId: reihe!.id,
        reiheTermin: t.reiheTermin,
        titel: r.titel,
        beginn: t.beginn,
        ende: t.ende,
        status: t.status,
        absageGrund: t.absageGrund,
        verschoben: t.verschoben,
        ort: r.ort,
        onlineLink: r.onlineLink,
        kapazitaet: r.kapazitaet,
        erstelltAm: created,
        aktualisiertAm: created,
      })),
    )
    .returning();
  rows.sort((x, y) => x.beginn.getTime() - y.beginn.getTime());
  const held = rows.filter((t) => t.status === 'geplant');
  const past = held.filter((t) => t.ende < now);
  const future = held.filter((t) => t.beginn > now);

  const fill = (text: string) => text.replaceAll('{stadt}', def.stadt);
  const member = (key: string) => def.members.find((m) => m.key === key)?.userId ?? def.members[0]!.userId;
  const today = localDay(now);
  const results: string[][] = [];
  const n = def.inhalte.length;
  const offset = def.offset === 'last' ? (n - ((past.length - 1) % n)) % n : def.offset;

  for (const [i, t] of past.entries()) {
    const inhalt = def.inhalte[(i + offset) % n]!;
    const k = past.length - 1 - i;
    const day = localDay(t.beginn);
    await tx.insert(tagesordnungspunkte).values(
      inhalt.punkte.map((p, pos) => ({ treffenId: t.id, position: pos + 1, art: p.art, titel: fill(p.titel), referent: p.referent ? fill(p.referent) : null, dauerMinuten: p.dauer ?? null })),
    );
    const attendance = def.members.map((m, j) => {
      const absent = (i + j) % 6 === 4;
      const walkIn = !absent && (i + j) % 7 === 5;
      return {
        treffenId: t.id,
        userId: m.userId,
        status: walkIn ? 'ohne-anmeldung' : absent && j % 2 ? 'abgemeldet' : 'angemeldet',
        angemeldetAm: new Date(t.beginn.getTime() - 7 * 24 * 3600_000),
        anwesend: !absent,
      };
    });
    await tx.insert(anmeldungen).values(attendance);
    const next = rows.find((x) => x.beginn > t.beginn && x.status === 'geplant');
    await tx
      .update(treffen)
      .set({ protokoll: minutes(def, inhalt, fill, attendance.filter((x) => x.anwesend).length, next), aktualisiertAm: new Date(t.ende.getTime() + 2 * 24 * 3600_000) })
      .where(eq(treffen.id, t.id));

    const stamp = new Date(t.ende.getTime() + 3600_000);
    const ergebnisRows = await tx
      .insert(ergebnisse)
      .values(inhalt.ergebnisse.map((text) => ({ netzwerkId, treffenId: t.id, art: 'ergebnis', text: fill(text), erstelltAm: stamp, aktualisiertAm: stamp })))
      .returning({ id: ergebnisse.id });
    results.push(ergebnisRows.map((e) => e.id));
    await tx.insert(ergebnisse).values(
      inhalt.vereinbarungen.map((v, j) => {
        const { status, faelligAm } = agreementState(k, j, day, today);
        return { netzwerkId, treffenId: t.id, art: 'vereinbarung', text: fill(v.text), verantwortlichId: member(v.wer), faelligAm, status, erstelltAm: stamp, aktualisiertAm: stamp, version: status === 'offen' ? 1 : 2 };
      }),
    );
  }

  const upcoming = future[0];
  if (upcoming) {
    const inhalt = def.inhalte[(past.length + offset) % n]!;
    await tx.insert(tagesordnungspunkte).values(
      inhalt.punkte.map((p, pos) => ({ treffenId: upcoming.id, position: pos + 1, art: p.art, titel: fill(p.titel), referent: p.referent ? fill(p.referent) : null, dauerMinuten: p.dauer ?? null })),
    );
    await tx.insert(anmeldungen).values(
      def.members.filter((_m, j) => j % 2 === 0).map((m) => ({ treffenId: upcoming.id, userId: m.userId, status: 'angemeldet', angemeldetAm: new Date(now.getTime() - 2 * 24 * 3600_000), anwesend: null })),
    );
  }
  if (def.einzeltermin) future.push(await seedEinzeltermin(tx, netzwerkId, def, now));
  return { def, id: netzwerkId, past, future, results };
}

/** A Monday to Thursday about `inDays` ahead that is neither in the school holidays nor a public holiday. */
async function seedEinzeltermin(tx: DbOrTx, netzwerkId: string, def: NetzDef, now: Date): Promise<TreffenRow> {
  const e = def.einzeltermin!;
  const calendar = holidayCalendarFor(LAND);
  const weekday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay();
  const free = (d: string) => weekday(d) >= 1 && weekday(d) <= 4 && !calendar.closuresOn(d).length;
  // Before the holidays rather than after them, so the meeting stays within the next weeks.
  const today = localDay(now);
  const candidates = [...Array.from({ length: e.inDays - 1 }, (_x, i) => addDays(today, e.inDays - i)), ...Array.from({ length: 120 }, (_x, i) => addDays(today, e.inDays + 1 + i))];
  const day = candidates.find(free) ?? addDays(today, e.inDays);
  const beginn = localToInstant(`${day}T${e.time}`);
  const [row] = await tx
    .insert(treffen)
    .values({ netzwerkId, titel: e.titel, beginn, ende: new Date(beginn.getTime() + e.dauerMinuten * 60_000), ort: def.reihe.ort, onlineLink: def.reihe.onlineLink })
    .returning();
  await tx.insert(tagesordnungspunkte).values(e.punkte.map((p, pos) => ({ treffenId: row!.id, position: pos + 1, art: p.art, titel: p.titel, dauerMinuten: p.dauer ?? null })));
  await tx
    .insert(anmeldungen)
    .values(def.members.filter((m) => m.rolle !== 'gast').map((m) => ({ treffenId: row!.id, userId: m.userId, status: 'angemeldet', angemeldetAm: new Date(now.getTime() - 24 * 3600_000), anwesend: null })));
  return row!;
}

/**
 * Agreements of the last meeting are open or under way and due soon; of the one before, the first
 * is overdue and the rest are done; older ones are done.
 */
function agreementState(k: number, j: number, meetingDay: string, today: string): { status: 'offen' | 'in-arbeit' | 'erledigt'; faelligAm: string } {
  if (k === 0) return { status: j % 2 ? 'in-arbeit' : 'offen', faelligAm: addDays(today, 21 + 14 * j) };
  if (k === 1 && j === 0) {
    const due = addDays(meetingDay, 21);
    return { status: 'offen', faelligAm: due < today ? due : addDays(today, -1) };
  }
  return { status: 'erledigt', faelligAm: addDays(meetingDay, 28 + 7 * j) };
}

function minutes(def: NetzDef, inhalt: Inhalt, fill: (s: string) => string, present: number, next: TreffenRow | undefined): string {
  const parts = [
    `Anwesend: ${present} von ${def.members.length} Mitgliedern (siehe Anwesenheit). Moderation: ${def.moderation}.`,
    'Begrüßung\nDie Moderation begrüßte die Teilnehmenden und stellte die Tagesordnung vor. Das Protokoll des letzten Treffens wurde ohne Änderungen angenommen.',
    ...inhalt.punkte.map((p, i) => `TOP ${i + 1}: ${tagesordnungsArten[p.art]} – ${fill(p.titel)}${p.referent ? ` (${fill(p.referent)})` : ''}\n${fill(p.notiz)}`),
    `Nächstes Treffen: ${next ? whenDe(next.beginn) : 'wird noch bekannt gegeben'}.`,
  ];
  return parts.join('\n\n');
}

/**
 * Results travel between the levels: Bochum and Köln report up to the steering group, which has
 * acknowledged them; the steering group's key points go back down to Bochum and Köln and wait
 * there to be acknowledged. Each appears as a report on the receiving network's next agenda.
 */
async function passResults(
  tx: DbOrTx,
  seeded: Map<string, SeededNetz>,
  u: Record<'land' | 'koordination', string>,
  cityUser: (city: CityKey, role: 'koordination') => string,
  now: Date,
): Promise<void> {
  const steuerung = seeded.get('steuerung')!;
  const day = 24 * 3600_000;
  const reports = new Map<string, { weitergabeId: string; titel: string }[]>();
  const report = (netzKey: string, weitergabeId: string, titel: string) => reports.set(netzKey, [...(reports.get(netzKey) ?? []), { weitergabeId, titel }]);

  const ups: [string, string][] = [
    ['bochum', cityUser('bochum', 'koordination')],
    ['koeln', u.koordination],
  ];
  for (const [key, von] of ups) {
    const from = seeded.get(key);
    if (!from || from.past.length < 2) continue;
    const idx = from.past.length - 2;
    const passedAt = new Date(from.past[idx]!.ende.getTime() + 3 * day);
    const [w] = await tx
      .insert(weitergaben)
      .values({
        ergebnisId: from.results[idx]![0]!,
        vonNetzwerkId: from.id,
        anNetzwerkId: steuerung.id,
        notiz: `Zur Beratung in der Steuerungsgruppe: Ergebnis aus dem Netzwerk in ${from.def.stadt}.`,
        weitergegebenVon: von,
        weitergegebenAm: passedAt,
        empfangenVon: u.land,
        empfangenAm: new Date(Math.min(passedAt.getTime() + 2 * day, now.getTime() - day)),
      })
      .returning();
    report('steuerung', w!.id, `Bericht aus dem intrakommunalen Netzwerk ${from.def.stadt}`);
  }

  const lastSteering = steuerung.past.at(-1);
  if (lastSteering) {
    const idx = steuerung.past.length - 1;
    const passedAt = new Date(Math.min(lastSteering.ende.getTime() + 4 * day, now.getTime() - day));
    for (const key of ['koeln', 'bochum']) {
      const to = seeded.get(key);
      if (!to) continue;
      const [w] = await tx
        .insert(weitergaben)
        .values({
          ergebnisId: steuerung.results[idx]![0]!,
          vonNetzwerkId: steuerung.id,
          anNetzwerkId: to.id,
          notiz: 'Bitte im nächsten Netzwerktreffen vorstellen und Rückmeldungen bis zum nächsten Treffen der Steuerungsgruppe sammeln.',
          weitergegebenVon: u.land,
          weitergegebenAm: passedAt,
        })
        .returning();
      report(key, w!.id, 'Bericht aus der Steuerungsgruppe (interkommunal)');
    }
  }

  for (const [key, items] of reports) {
    const upcoming = seeded.get(key)?.future[0];
    if (!upcoming) continue;
    const existing = await tx.select({ position: tagesordnungspunkte.position }).from(tagesordnungspunkte).where(eq(tagesordnungspunkte.treffenId, upcoming.id));
    const start = existing.reduce((max, p) => Math.max(max, p.position), 0);
    await tx
      .insert(tagesordnungspunkte)
      .values(items.map((item, i) => ({ treffenId: upcoming.id, position: start + i + 1, art: 'bericht', titel: item.titel, dauerMinuten: 15, weitergabeId: item.weitergabeId })));
  }
}

/** One upcoming online meeting is cancelled, as calendar subscribers would see it (SEQUENCE raised). */
async function cancelOne(tx: DbOrTx, netz: SeededNetz): Promise<void> {
  const target = netz.future[1];
  if (!target) return;
  await tx
    .update(treffen)
    .set({ status: 'abgesagt', absageGrund: 'Die Referentin ist erkrankt; ein Ersatztermin wird bekannt gegeben.', sequenz: 1, version: 2 })
    .where(eq(treffen.id, target.id));
}
