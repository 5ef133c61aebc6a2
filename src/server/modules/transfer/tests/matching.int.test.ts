import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import type { LueckeRow, PraxisRow } from '../transfer.repository.js';
import { buildLuecke, buildPraxis } from './factories.js';
import {
  bodyOf,
  buildTransferWorld,
  expectProblem,
  joinInNetwork,
  lueckeAenderung, lueckeBody,
  transferApi,
  UNKNOWN_ID,
  type Luecke,
  type Matches,
  type TransferApi,
  type TransferWorld,
  type Vorschlaege,
  type Vorschlag,
} from './support.js';

let t: TestApp;
let w: TransferWorld;
let v: TransferApi;
let gap: Record<'sprache' | 'absentismus' | 'uebergang' | 'geloest' | 'dritt', LueckeRow>;
let praxis: Record<'sprache' | 'rucksack' | 'sprachkita' | 'eigene' | 'absentismus' | 'absentismusFremd' | 'uebergang' | 'ferien' | 'beruf', PraxisRow>;
/** Kommunen of the learning network. */
let imNetz: Set<string>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildTransferWorld(t.app, t.database.db);
  v = transferApi(t.app);
  const db = t.database.db;
  imNetz = new Set([w.musterstadt.id, w.nachbarstadt.id, w.fernstadt.id]);
  gap = {
    sprache: await buildLuecke(db, w.musterstadt.id, {
      handlungsfeld: 'sprachfoerderung',
      altersphase: '3-5',
      beschreibung: 'Viele Kinder kommen ohne ausreichende Deutschkenntnisse in die Kita, und die Sprachförderung erreicht die Familien nicht.',
    }),
    absentismus: await buildLuecke(db, w.nachbarstadt.id, {
      handlungsfeld: 'praevention',
      altersphase: '10-15',
      beschreibung: 'Schulabsentismus nimmt zu: Jugendliche in der Sekundarstufe bleiben dem Unterricht wochenlang fern.',
      prioritaet: 'mittel',
    }),
    uebergang: await buildLuecke(db, w.fernstadt.id, {
      handlungsfeld: 'uebergaenge',
      altersphase: '6-9',
      beschreibung: 'Beim Übergang von der Grundschule in die weiterführende Schule verlieren wir Kinder aus dem Blick.',
      status: 'in-bearbeitung',
    }),
    geloest: await buildLuecke(db, w.musterstadt.id, { handlungsfeld: 'lesefoerderung', altersphase: '6-9', beschreibung: 'Es gab keine Leseförderung am Nachmittag.', status: 'geloest' }),
    dritt: await buildLuecke(db, w.drittstadt.id, { handlungsfeld: 'sprachfoerderung', altersphase: '3-5', beschreibung: 'Die Sprachförderung in der Kita erreicht die Familien nicht.' }),
  };
  praxis = {
    sprache: await buildPraxis(db, w.nachbarstadt.id, {
      titel: 'Sprachförderung in Kitas mit Familienbesuchen',
      beschreibung: 'Sprachfachkräfte fördern die Deutschkenntnisse der Kinder in der Kita und besuchen die Familien zu Hause.',
      handlungsfelder: ['sprachfoerderung'],
      altersphasen: ['3-5'],
    }),
    rucksack: await buildPraxis(db, w.fernstadt.id, {
      titel: 'Rucksack Kita: Eltern stärken die Sprache ihrer Kinder',
      beschreibung: 'Elternbegleiterinnen treffen Mütter und Väter wöchentlich in der Kita; die Familien üben die Sprache zu Hause.',
      handlungsfelder: ['sprachfoerderung', 'elternarbeit'],
      altersphasen: ['3-5'],
    }),
    sprachkita: await buildPraxis(db, w.drittstadt.id, {
      titel: 'Sprachkitas im Quartier',
      beschreibung: 'Alltagsintegrierte Sprachförderung für alle Kinder in der Kita; Deutschkenntnisse werden früh beobachtet, Familien beraten.',
      handlungsfelder: ['sprachfoerderung'],
      altersphasen: ['3-5'],
    }),
    eigene: await buildPraxis(db, w.musterstadt.id, {
      titel: 'Sprachförderung in der Kita für Kinder ohne Deutschkenntnisse',
      beschreibung: 'Die Sprachförderung erreicht die Familien: Kinder ohne ausreichende Deutschkenntnisse lernen in der Kita.',
      handlungsfelder: ['sprachfoerderung'],
      altersphasen: ['3-5'],
    }),
    absentismus: await buildPraxis(db, w.musterstadt.id, {
      titel: 'Schulabsentismus früh erkennen',
      beschreibung: 'Schulen melden Fehlzeiten von Jugendlichen der Sekundarstufe früh; ein Team aus Jugendhilfe und Schule spricht die Familien an.',
      handlungsfelder: ['praevention'],
      altersphasen: ['10-15'],
    }),
    absentismusFremd: await buildPraxis(db, w.fremdstadt.id, {
      titel: 'Beratung bei Schulabsentismus',
      beschreibung: 'Jugendliche, die dem Unterricht fernbleiben, und ihre Eltern finden Beratung in der Sekundarstufe.',
      handlungsfelder: ['praevention'],
      altersphasen: ['10-15'],
    }),
    uebergang: await buildPraxis(db, w.nachbarstadt.id, {
      titel: 'Übergangscoaching von der Grundschule in die weiterführende Schule',
      beschreibung: 'Coaches begleiten Kinder der vierten Klasse beim Übergang und halten Kontakt bis zum Ende der sechsten Klasse.',
      handlungsfelder: ['uebergaenge'],
      altersphasen: ['6-9', '10-15'],
    }),
    ferien: await buildPraxis(db, w.fremdstadt.id, {
      titel: 'Ferienfreizeit am See',
      beschreibung: 'Zwei Wochen Zeltlager im Sommer mit Sport, Natur und Lernzeit am Vormittag.',
      handlungsfelder: ['ferienangebote'],
      altersphasen: ['10-15'],
    }),
    beruf: await buildPraxis(db, w.nachbarstadt.id, {
      titel: 'Berufsorientierung mit Betrieben',
      beschreibung: 'Betriebe aus der Region öffnen ihre Werkstätten für Praktika in den Klassen 8 bis 10.',
      handlungsfelder: ['berufsorientierung'],
      altersphasen: ['16-18'],
    }),
  };
});
afterAll(async () => t?.close());

const vorschlaege = async (s: Session, lueckeId: string) => bodyOf<Vorschlaege>(await v.vorschlaege(s, lueckeId));
const matches = async (s: Session, netzwerkId = w.lernnetzwerk.id) => bodyOf<Matches>(await v.matches(s, netzwerkId));
const ids = (list: Vorschlag[]) => list.map((p) => p.praxis.id);

/**
 * What every list of proposals must be: 1–5 (0 allowed where nothing fits at all), ranked, never of
 * the gap's own Kommune, each with German reasons.
 */
function expectWellFormed(list: Vorschlag[], luecke: { kommune: { id: string } } | LueckeRow, min = 1) {
  const own = 'kommuneId' in luecke ? luecke.kommuneId : luecke.kommune.id;
  expect(list.length).toBeGreaterThanOrEqual(min);
  expect(list.length).toBeLessThanOrEqual(5);
  expect(list.map((p) => p.rang)).toEqual(list.map((_, i) => i + 1));
  const scores = list.map((p) => p.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const p of list) {
    expect(p.praxis.kommune.id, p.praxis.titel).not.toBe(own);
    expect(p.praxis.kommune.name.length).toBeGreaterThan(0);
    expect(p.score).toBeGreaterThan(0);
    expect(p.score).toBeLessThanOrEqual(1);
    expect(p.gruende.length, p.praxis.titel).toBeGreaterThan(0);
    for (const g of p.gruende) expect(g).toMatch(/^(Passt inhaltlich: „|Gleiches Handlungsfeld: |Gleiche Altersphase: |Benachbarte Altersphase: |Ähnliche Kommune: )/);
  }
}

describe('proposals for a gap', () => {
  it('proposes one to five practices of other Kommunen, best first, with the reasons in words', async () => {
    const r = await vorschlaege(w.sessions.koordination, gap.sprache.id);
    expect(r.luecke).toMatchObject({ id: gap.sprache.id, kommune: { id: w.musterstadt.id, name: 'Musterstadt' }, handlungsfeld: 'sprachfoerderung', altersphase: '3-5', status: 'offen' });
    expectWellFormed(r.items, gap.sprache);
    // Musterstadt's own practice says almost the same words, but a gap is never answered from its own Kommune.
    expect(ids(r.items)).not.toContain(praxis.eigene.id);
    expect(ids(r.items).slice(0, 3).sort()).toEqual([praxis.sprache.id, praxis.rucksack.id, praxis.sprachkita.id].sort());
    expect(ids(r.items)).not.toContain(praxis.ferien.id);
    expect(ids(r.items)).not.toContain(praxis.beruf.id);

    const top = r.items[0]!;
    expect(top.gruende[0]).toMatch(/^Passt inhaltlich: „/);
    expect(top.gruende).toContain('Gleiches Handlungsfeld: Sprachförderung');
    expect(top.gruende).toContain('Gleiche Altersphase: Kita');
    const nachbar = r.items.find((p) => p.praxis.id === praxis.sprache.id)!;
    expect(nachbar.praxis).toEqual({ id: praxis.sprache.id, titel: 'Sprachförderung in Kitas mit Familienbesuchen', kommune: { id: w.nachbarstadt.id, name: 'Nachbarstadt' } });
    expect(nachbar.gruende[0]).toMatch(/^Passt inhaltlich: .*„Deutschkenntnisse“/);
    // Nachbarstadt is alike: the same type of Kommune and schools with the same Sozialindex.
    expect(nachbar.gruende.find((g) => g.startsWith('Ähnliche Kommune: '))).toContain('ebenfalls Kreisfreie Stadt');
    expect(nachbar.gruende.find((g) => g.startsWith('Ähnliche Kommune: '))).toContain('ähnliches Sozialindex-Profil der Schulen');
  });

  it('finds the practice that answers an absenteeism gap, and a transition gap', async () => {
    const a = await vorschlaege(w.sessions.nachbar, gap.absentismus.id);
    expectWellFormed(a.items, gap.absentismus);
    expect(ids(a.items).slice(0, 2).sort()).toEqual([praxis.absentismus.id, praxis.absentismusFremd.id].sort());
    expect(a.items.find((p) => p.praxis.id === praxis.absentismus.id)!.gruende[0]).toMatch(/„Schulabsentismus“/);
    expect(ids(a.items)).not.toContain(praxis.beruf.id); // Nachbarstadt's own

    const u = await vorschlaege(w.sessions.fern, gap.uebergang.id);
    expectWellFormed(u.items, gap.uebergang);
    expect(u.items[0]!.praxis.id).toBe(praxis.uebergang.id);
    expect(u.items[0]!.gruende).toEqual(expect.arrayContaining(['Gleiches Handlungsfeld: Übergangsgestaltung', 'Gleiche Altersphase: Grundschule']));
  });

  it('proposes a practice entered just now through the API', async () => {
    const l = bodyOf<Luecke>(
      await v.createLuecke(w.sessions.koordination, w.musterstadt.id, lueckeBody({ handlungsfeld: 'ferienangebote', altersphase: '10-15', beschreibung: 'In den Sommerferien fehlt ein Zeltlager für Jugendliche.' })),
      201,
    );
    const r = await vorschlaege(w.sessions.koordination, l.id);
    expectWellFormed(r.items, l);
    expect(r.items[0]!.praxis).toMatchObject({ id: praxis.ferien.id, kommune: { name: 'Fremdstadt' } });
    expect(r.items[0]!.gruende[0]).toMatch(/^Passt inhaltlich: .*„Zeltlager“/);
  });

  it('shows the proposals to whoever reads the grid, and hides the gap from everyone else (404)', async () => {
    const own = await vorschlaege(w.sessions.koordination, gap.sprache.id);
    for (const s of [w.sessions.nachbar, w.sessions.fern, w.sessions.lesend, w.sessions.schulleitung, w.sessions.mitglied, w.sessions.land, w.sessions.admin]) {
      expect(await vorschlaege(s, gap.sprache.id)).toEqual(own);
    }
    for (const s of [w.sessions.dritt, w.sessions.fremd]) expect(expectProblem(await v.vorschlaege(s, gap.sprache.id), 404, 'not_found').detail).toBe('Die Lücke wurde nicht gefunden.');
    expectProblem(await v.vorschlaege(w.sessions.koordination, UNKNOWN_ID), 404, 'not_found');
    expectProblem(await v.vorschlaege(null, gap.sprache.id), 401, 'unauthenticated');
  });
});

describe('the "Matches" of a learning network', () => {
  it('lists every open gap of the network\'s Kommunen with proposals from the network only', async () => {
    const m = await matches(w.sessions.koordination);
    expect(m.netzwerk).toEqual({ id: w.lernnetzwerk.id, name: 'Lernnetzwerk Musterland' });
    expect(m.kommunen.map((k) => k.name)).toEqual(['Fernstadt', 'Musterstadt', 'Nachbarstadt']);
    const gapIds = m.items.map((i) => i.luecke.id);
    // Open and in progress count; solved gaps and gaps of Kommunen outside the network do not.
    expect(gapIds).toEqual(expect.arrayContaining([gap.sprache.id, gap.absentismus.id, gap.uebergang.id]));
    expect(gapIds).not.toContain(gap.geloest.id);
    expect(gapIds).not.toContain(gap.dritt.id);
    expect(m.items.every((i) => imNetz.has(i.luecke.kommune.id) && i.luecke.status !== 'geloest')).toBe(true);
    for (const i of m.items) {
      // A gap nothing in the network answers keeps an empty list (the summer camp of Fremdstadt is outside).
      expectWellFormed(i.vorschlaege, i.luecke, [gap.sprache.id, gap.absentismus.id, gap.uebergang.id].includes(i.luecke.id) ? 1 : 0);
      for (const p of i.vorschlaege) expect(imNetz.has(p.praxis.kommune.id), `${p.praxis.titel} of ${p.praxis.kommune.name}`).toBe(true);
    }
    const sprache = m.items.find((i) => i.luecke.id === gap.sprache.id)!;
    expect(ids(sprache.vorschlaege)).toContain(praxis.sprache.id);
    expect(ids(sprache.vorschlaege)).toContain(praxis.rucksack.id);
    expect(ids(sprache.vorschlaege)).not.toContain(praxis.sprachkita.id); // Drittstadt is not in the network
    expect(ids(sprache.vorschlaege)).not.toContain(praxis.eigene.id);
    const absentismus = m.items.find((i) => i.luecke.id === gap.absentismus.id)!;
    expect(absentismus.vorschlaege[0]!.praxis.id).toBe(praxis.absentismus.id);
    expect(ids(absentismus.vorschlaege)).not.toContain(praxis.absentismusFremd.id); // Fremdstadt is not in the network
    expect(m.items.find((i) => i.luecke.id === gap.uebergang.id)!.vorschlaege[0]!.praxis.id).toBe(praxis.uebergang.id);
    const zeltlager = m.items.find((i) => i.luecke.beschreibung.includes('Zeltlager'));
    expect(zeltlager?.vorschlaege).toEqual([]);
  });

  it('drops a gap once it is solved', async () => {
    const l = bodyOf<Luecke>(await v.createLuecke(w.sessions.nachbar, w.nachbarstadt.id, lueckeBody({ beschreibung: 'Die Kita-Sprachförderung erreicht neu zugewanderte Familien nicht.' })), 201);
    expect((await matches(w.sessions.nachbar)).items.map((i) => i.luecke.id)).toContain(l.id);
    bodyOf<Luecke>(await v.updateLuecke(w.sessions.nachbar, l.id, { ...lueckeAenderung({ beschreibung: l.beschreibung, status: 'geloest' }), version: l.version }));
    expect((await matches(w.sessions.nachbar)).items.map((i) => i.luecke.id)).not.toContain(l.id);
  });

  it('is the same for everyone of the network\'s Kommunen, the Land coordination and the administration', async () => {
    const own = await matches(w.sessions.koordination);
    for (const s of [w.sessions.nachbar, w.sessions.fern, w.sessions.lesend, w.sessions.schulleitung, w.sessions.fachkraft, w.sessions.mitglied, w.sessions.land, w.sessions.admin]) {
      expect(await matches(s)).toEqual(own);
    }
  });

  it('hides a network the caller\'s Kommunen are not in (404), an unknown and an archived one', async () => {
    for (const s of [w.sessions.dritt, w.sessions.fremd]) expect(expectProblem(await v.matches(s, w.lernnetzwerk.id), 404, 'not_found').detail).toBe('Das Netzwerk wurde nicht gefunden.');
    expectProblem(await v.matches(w.sessions.admin, UNKNOWN_ID), 404, 'not_found');
    expectProblem(await v.matches(null, w.lernnetzwerk.id), 401, 'unauthenticated');
    const ended = await joinInNetwork(t.database.db, w.land.id, [w.musterstadt.id, w.drittstadt.id], 'Beendetes Lernnetzwerk');
    expect((await matches(w.sessions.dritt, ended.id)).kommunen.map((k) => k.name)).toEqual(['Drittstadt', 'Musterstadt']);
    await ended.archive();
    expectProblem(await v.matches(w.sessions.dritt, ended.id), 404, 'not_found');
    expectProblem(await v.matches(w.sessions.koordination, ended.id), 404, 'not_found');
  });

  it('lists the learning networks of the caller\'s Kommunen, also to those who are not members of the network', async () => {
    const names = async (s: Session) => bodyOf<{ items: { id: string; name: string; kommunen: { name: string }[] }[] }>(await call(t.app, s, 'GET', '/api/transfer/lernnetzwerke')).items;
    for (const s of [w.sessions.koordination, w.sessions.nachbar, w.sessions.lesend]) {
      const mine = await names(s);
      expect(mine.map((n) => n.id)).toContain(w.lernnetzwerk.id);
      expect(mine.find((n) => n.id === w.lernnetzwerk.id)!.kommunen.map((k) => k.name).sort()).toEqual(['Fernstadt', 'Musterstadt', 'Nachbarstadt']);
    }
    expect((await names(w.sessions.fremd)).map((n) => n.id)).not.toContain(w.lernnetzwerk.id);
    expectProblem(await call(t.app, null, 'GET', '/api/transfer/lernnetzwerke'), 401, 'unauthenticated');
  });

  // Drittstadt shares another network with Nachbarstadt: it reads Nachbarstadt's grid, but the
  // learning network's Matches only belong to the Kommunen of that network.
  it('stays hidden from a Kommune that shares another network with one of its members', async () => {
    const other = await joinInNetwork(t.database.db, w.land.id, [w.drittstadt.id, w.nachbarstadt.id], 'Kooperation Drittstadt–Nachbarstadt');
    try {
      // Drittstadt now reads Nachbarstadt's grid (they share a network) but not Musterstadt's.
      expect((await bodyOf<{ darfBearbeiten: boolean }>(await v.raster(w.sessions.dritt, w.nachbarstadt.id))).darfBearbeiten).toBe(false);
      expectProblem(await v.raster(w.sessions.dritt, w.musterstadt.id), 404, 'not_found');
      expectProblem(await v.vorschlaege(w.sessions.dritt, gap.sprache.id), 404, 'not_found');
      const res = await v.matches(w.sessions.dritt, w.lernnetzwerk.id);
      const leaked = res.statusCode === 200 ? (res.json() as Matches).items.filter((i) => i.luecke.kommune.id !== w.nachbarstadt.id).map((i) => `${i.luecke.kommune.name}: ${i.luecke.beschreibung}`) : [];
      expect(leaked, 'gaps of Kommunen whose grid Drittstadt may not read').toEqual([]);
      expectProblem(res, 404, 'not_found');
    } finally {
      await other.archive();
    }
  });
});
