import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Abdeckung, Netzwerk, NetzwerkKnoten, Ressourcen } from '../../../../domain/mapping/analysis/contracts.js';
import { buildScope } from '../../../testing/factories.js';
import { buildKommune, buildSchool, buildSozialraum } from '../../../testing/directory-factories.js';
import { call, createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { schulen } from '../../directory/directory.schema.js';
import type { ScopeRow } from '../../identity/identity.repository.js';
import { expectProblem, fieldsOf, signedIn } from '../../identity/tests/support.js';

let t: TestApp;
let kommuneId: string;
let foreignSchoolId: string;
let coordinator: Session;
let outsider: Session;
let staff: Session;
const school: Record<'s1' | 's2' | 's3' | 's4' | 's5', string> = { s1: '', s2: '', s3: '', s4: '', s5: '' };
let raumId: string;
const actor: Record<string, string> = {};
const offer: Record<string, string> = {};

async function ok<T>(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> {
  const res = await call(t.app, session, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as T;
}

async function createActor(key: string, body: { name: string; typ: string; kreis?: string; standortIds?: string[]; geteilt?: boolean }) {
  const created = await ok<{ id: string }>(coordinator, 'POST', `/api/mapping/kommunen/${kommuneId}/akteure`, { kreis: 'extern', geteilt: true, ...body });
  actor[key] = created.id;
}

async function cooperate(a: string, b: string, extra: { standortId?: string; typ?: string } = {}) {
  return ok<{ id: string; version: number }>(coordinator, 'POST', `/api/mapping/kommunen/${kommuneId}/kooperationen`, { akteurAId: actor[a], akteurBId: actor[b], typ: extra.typ ?? 'absprache', standortId: extra.standortId ?? null });
}

async function createOffer(
  key: string,
  body: { titel: string; akteur?: string; handlungsfeld: string; altersphasen: string[]; standortIds: string[]; stundenProWoche: number | null; status?: string; geteilt?: boolean },
) {
  const { akteur, ...rest } = body;
  const created = await ok<{ id: string }>(coordinator, 'POST', `/api/mapping/kommunen/${kommuneId}/angebote`, {
    ebene: 'individuell',
    finanzierung: 'kommunal',
    geteilt: true,
    ...rest,
    akteurId: akteur ? actor[akteur] : null,
  });
  offer[key] = created.id;
  return created;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const land = await buildScope(db, { type: 'land', name: 'Land' });
  const kommuneScope = await buildScope(db, { type: 'kommune', name: 'Analysestadt', parentId: land.id });
  await buildKommune(db, { scope: kommuneScope });
  kommuneId = kommuneScope.id;
  const figures: Record<keyof typeof school, { name: string; sozialindex: number | null; schueler: number | null }> = {
    s1: { name: 'A-Schule', sozialindex: 8, schueler: 200 },
    s2: { name: 'B-Schule', sozialindex: 3, schueler: 400 },
    s3: { name: 'C-Schule', sozialindex: 7, schueler: 100 },
    s4: { name: 'D-Schule', sozialindex: 9, schueler: null },
    s5: { name: 'E-Schule', sozialindex: 2, schueler: 300 },
  };
  const scopes = new Map<string, ScopeRow>();
  for (const [key, f] of Object.entries(figures)) {
    const { scope } = await buildSchool(db, { kommuneScope, ...f });
    school[key as keyof typeof school] = scope.id;
    scopes.set(key, scope);
  }
  const raum = await buildSozialraum(db, kommuneId, 'Nord');
  raumId = raum.id;
  await db.update(schulen).set({ sozialraumId: raumId }).where(inArray(schulen.id, [school.s1, school.s2]));

  const otherKommune = await buildScope(db, { type: 'kommune', name: 'Anderswo', parentId: land.id });
  foreignSchoolId = (await buildSchool(db, { kommuneScope: otherKommune })).scope.id;

  coordinator = (await signedIn(t.app, db, 'kommunalkoordination', kommuneScope)).session;
  outsider = (await signedIn(t.app, db, 'kommunalkoordination', otherKommune)).session;
  staff = (await signedIn(t.app, db, 'fachkraft', scopes.get('s1'))).session;

  // A star around the Jugendamt, a lone club, a private pair, an archived actor and an archived link.
  await createActor('zentrum', { name: 'Jugendamt', typ: 'jugendamt', kreis: 'steuergruppe', standortIds: [school.s1] });
  await createActor('l1', { name: 'Schulsozialarbeit Nord', typ: 'schulsozialarbeit', kreis: 'kernteam', standortIds: [school.s1] });
  await createActor('l2', { name: 'Schulsozialarbeit Süd', typ: 'schulsozialarbeit', kreis: 'kernteam', standortIds: [school.s1] });
  await createActor('l3', { name: 'Träger Drei', typ: 'freier-traeger' });
  await createActor('l4', { name: 'Träger Vier', typ: 'freier-traeger' });
  await createActor('allein', { name: 'Verein ohne Partner', typ: 'verein' });
  await createActor('internA', { name: 'Intern A', typ: 'sonstige', geteilt: false });
  await createActor('internB', { name: 'Intern B', typ: 'sonstige', geteilt: false });
  await createActor('alt', { name: 'Archivierter Akteur', typ: 'verein' });
  for (const leaf of ['l1', 'l2', 'l3', 'l4']) await cooperate('zentrum', leaf);
  await cooperate('l3', 'l4', { standortId: school.s2, typ: 'gemeinsames-angebot' });
  await cooperate('internA', 'internB');
  await cooperate('alt', 'zentrum');
  const archivedLink = await cooperate('l1', 'l2');
  await ok(coordinator, 'POST', `/api/mapping/kooperationen/${archivedLink.id}/archivieren`, { version: archivedLink.version });
  await ok(coordinator, 'POST', `/api/mapping/akteure/${actor.alt}/archivieren`, { version: 1 });

  // Offers at the schools.
  await createOffer('sprachcafe', { titel: 'Sprachcafé', akteur: 'l1', handlungsfeld: 'sprachfoerderung', altersphasen: ['6-9'], standortIds: [school.s1], stundenProWoche: 4 });
  await createOffer('mint', { titel: 'MINT-AG', akteur: 'l3', handlungsfeld: 'mint', altersphasen: ['6-9', '10-15'], standortIds: [school.s1, school.s2, school.s3], stundenProWoche: 6, geteilt: false });
  await createOffer('eltern', { titel: 'Elternfrühstück', handlungsfeld: 'elternarbeit', altersphasen: ['3-5'], standortIds: [school.s1], stundenProWoche: 2, status: 'geplant' });
  const archived = await createOffer('archiviert', { titel: 'Archiviert', handlungsfeld: 'gesundheit', altersphasen: ['6-9'], standortIds: [school.s1], stundenProWoche: 50 });
  await ok(coordinator, 'POST', `/api/mapping/angebote/${archived.id}/archivieren`, { version: 1 });
  await createOffer('beendet', { titel: 'Beendet', handlungsfeld: 'beratung', altersphasen: ['6-9'], standortIds: [school.s1], stundenProWoche: 50, status: 'beendet' });
  await createOffer('beratung', { titel: 'Beratung am Nachmittag', akteur: 'zentrum', handlungsfeld: 'beratung', altersphasen: ['10-15'], standortIds: [school.s2], stundenProWoche: 3 });
  await createOffer('ganztag', { titel: 'Ganztag', handlungsfeld: 'betreuung', altersphasen: ['6-9'], standortIds: [school.s5], stundenProWoche: 30 });
  await createOffer('ohneOrt', { titel: 'Ohne Ort', akteur: 'zentrum', handlungsfeld: 'sprachfoerderung', altersphasen: ['6-9'], standortIds: [], stundenProWoche: 10 });
});
afterAll(async () => t?.close());

const byName = (net: Netzwerk) => new Map(net.nodes.map((n) => [n.name, n]));
const names = (net: Netzwerk) => net.nodes.map((n) => n.name).sort();
const netzwerk = (session: Session, query = '') => ok<Netzwerk>(session, 'GET', `/api/mapping/kommunen/${kommuneId}/netzwerk${query}`);

describe('GET /api/mapping/kommunen/:id/netzwerk', () => {
  it('shows the whole network to members: the star’s centre is a broker, the lone actor isolated', async () => {
    const net = await netzwerk(coordinator);
    expect(net.nurGeteilt).toBe(false);
    expect(names(net)).toEqual(['Intern A', 'Intern B', 'Jugendamt', 'Schulsozialarbeit Nord', 'Schulsozialarbeit Süd', 'Träger Drei', 'Träger Vier', 'Verein ohne Partner']);
    // Archived actors and archived cooperations stay out.
    expect(net.edges).toHaveLength(6);
    const n = byName(net);
    expect(n.get('Jugendamt')).toMatchObject<Partial<NetzwerkKnoten>>({ typ: 'jugendamt', typLabel: 'Jugendamt', kreis: 'steuergruppe', degree: 4, kooperationen: 4, articulation: true, broker: true, isolated: false });
    expect(n.get('Verein ohne Partner')).toMatchObject({ degree: 0, isolated: true, broker: false, betweenness: 0 });
    expect(n.get('Schulsozialarbeit Nord')).toMatchObject({ degree: 1, isolated: false, broker: false, betweenness: 0 });
    // Centre: 5 of the 21 pairs of the other seven actors connect only through it (Träger Drei and Vier
    // also work together directly), below the betweenness threshold – it is a broker as articulation point.
    expect(n.get('Jugendamt')!.betweenness).toBeCloseTo(5 / 21, 4);
    expect(net.summary).toEqual({ akteure: 8, kooperationen: 6, isolated: 1, brokers: 1, komponenten: 2 });
    expect(net.brokerSchwelle).toBe(0.25);
    for (const node of net.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    const edgeTypes = net.edges.map((e) => e.typ).sort();
    expect(edgeTypes).toContain('gemeinsames-angebot');
  });

  it('gives school staff (members below the Kommune) the whole network as well', async () => {
    expect((await netzwerk(staff)).summary.akteure).toBe(8);
  });

  it('shows only shared actors and their cooperations to others', async () => {
    const net = await netzwerk(outsider);
    expect(net.nurGeteilt).toBe(true);
    expect(names(net)).not.toContain('Intern A');
    expect(net.summary).toMatchObject({ akteure: 6, kooperationen: 5, isolated: 1 });
  });

  it('lays out the same network at the same positions every time', async () => {
    const [a, b] = [await netzwerk(coordinator), await netzwerk(coordinator)];
    expect(b.nodes.map((n) => [n.id, n.x, n.y])).toEqual(a.nodes.map((n) => [n.id, n.x, n.y]));
  });

  it('filters by Handlungsfeld: actors with offers of that field and the cooperations between them', async () => {
    const net = await netzwerk(coordinator, '?handlungsfeld=sprachfoerderung');
    // The Jugendamt counts through its offer without site; the archived offer field (gesundheit) shows nobody.
    expect(names(net)).toEqual(['Jugendamt', 'Schulsozialarbeit Nord']);
    expect(net.edges).toHaveLength(1);
    expect(net.nodes.every((n) => n.degree === 1 && !n.broker)).toBe(true);
    expect((await netzwerk(coordinator, '?handlungsfeld=gesundheit')).nodes).toEqual([]);
    // A hidden offer does not put its actor into the network of others.
    expect(names(await netzwerk(outsider, '?handlungsfeld=mint'))).toEqual([]);
    expect(names(await netzwerk(coordinator, '?handlungsfeld=mint'))).toEqual(['Träger Drei']);
  });

  it('filters by type (Art)', async () => {
    const net = await netzwerk(coordinator, '?typ=schulsozialarbeit');
    expect(names(net)).toEqual(['Schulsozialarbeit Nord', 'Schulsozialarbeit Süd']);
    // Their cooperation is archived: both stand alone here.
    expect(net.nodes.every((n) => n.isolated)).toBe(true);
    expect(net.summary).toMatchObject({ isolated: 2, kooperationen: 0, komponenten: 0 });
  });

  it('filters by site: actors placed there or with a cooperation there', async () => {
    const s1 = await netzwerk(coordinator, `?standortId=${school.s1}`);
    expect(names(s1)).toEqual(['Jugendamt', 'Schulsozialarbeit Nord', 'Schulsozialarbeit Süd']);
    expect(byName(s1).get('Jugendamt')).toMatchObject({ degree: 2, broker: true, articulation: true, betweenness: 1 });
    const s2 = await netzwerk(coordinator, `?standortId=${school.s2}`);
    expect(names(s2)).toEqual(['Träger Drei', 'Träger Vier']);
    expect(s2.edges.map((e) => e.typ)).toEqual(['gemeinsames-angebot']);
    const combined = await netzwerk(coordinator, `?standortId=${school.s1}&typ=jugendamt&handlungsfeld=beratung`);
    expect(names(combined)).toEqual(['Jugendamt']);
  });

  it('refuses a site of another Kommune and bad filters by field', async () => {
    expect(fieldsOf(expectProblem(await call(t.app, coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/netzwerk?standortId=${foreignSchoolId}`), 400))).toContain('standortId');
    expect(fieldsOf(expectProblem(await call(t.app, coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/netzwerk?handlungsfeld=kochen`), 400))).toContain('handlungsfeld');
    expectProblem(await call(t.app, coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/netzwerk?unbekannt=1`), 400);
  });

  it('answers 404 for an unknown Kommune and 401 without a session', async () => {
    expectProblem(await call(t.app, coordinator, 'GET', '/api/mapping/kommunen/00000000-0000-4000-8000-000000000000/netzwerk'), 404, 'not_found');
    expectProblem(await call(t.app, null, 'GET', `/api/mapping/kommunen/${kommuneId}/netzwerk`), 401, 'unauthenticated');
  });
});

const cellOf = (grid: Abdeckung, feld: string, phase: string) => grid.zellen.find((z) => z.handlungsfeld === feld && z.altersphase === phase)!;

describe('GET /api/mapping/standorte/:id/abdeckung', () => {
  it('fills the grid of a school with its offers, hours shared between sites', async () => {
    const grid = await ok<Abdeckung>(coordinator, 'GET', `/api/mapping/standorte/${school.s1}/abdeckung`);
    expect(grid.bereich).toEqual({ art: 'schule', id: school.s1, name: 'A-Schule', kommuneId, kommuneName: 'Analysestadt', schulen: [{ id: school.s1, name: 'A-Schule' }] });
    expect(grid.zellen).toHaveLength(90);
    expect(cellOf(grid, 'sprachfoerderung', '6-9')).toEqual({
      handlungsfeld: 'sprachfoerderung',
      altersphase: '6-9',
      zustand: 'abgedeckt',
      stunden: 4,
      angebote: [{ id: offer.sprachcafe, titel: 'Sprachcafé', akteurName: 'Schulsozialarbeit Nord', stunden: 4, status: 'laufend' }],
    });
    for (const phase of ['6-9', '10-15']) expect(cellOf(grid, 'mint', phase)).toMatchObject({ zustand: 'abgedeckt', stunden: 2, angebote: [{ titel: 'MINT-AG', stunden: 2 }] });
    expect(cellOf(grid, 'elternarbeit', '3-5')).toMatchObject({ zustand: 'geplant', stunden: 0, angebote: [{ titel: 'Elternfrühstück', status: 'geplant' }] });
    // Archived and ended offers leave gaps.
    expect(cellOf(grid, 'gesundheit', '6-9')).toMatchObject({ zustand: 'luecke', angebote: [] });
    expect(cellOf(grid, 'beratung', '6-9')).toMatchObject({ zustand: 'luecke', angebote: [] });
    expect(grid.summary).toEqual({ felder: 90, abgedeckt: 3, geplant: 1, luecken: 86, angebote: 3, stunden: 6 });
  });

  it('leaves out what a non-member may not see', async () => {
    const grid = await ok<Abdeckung>(outsider, 'GET', `/api/mapping/standorte/${school.s1}/abdeckung`);
    expect(grid.nurGeteilt).toBe(true);
    expect(cellOf(grid, 'mint', '6-9').zustand).toBe('luecke');
    expect(grid.summary).toMatchObject({ abgedeckt: 1, geplant: 1, stunden: 4 });
  });

  it('answers 404 for an unknown school', async () => {
    expectProblem(await call(t.app, coordinator, 'GET', '/api/mapping/standorte/00000000-0000-4000-8000-000000000000/abdeckung'), 404, 'not_found');
  });
});

describe('GET /api/mapping/sozialraeume/:id/abdeckung', () => {
  it('adds up the offers of all schools in the Sozialraum', async () => {
    const grid = await ok<Abdeckung>(coordinator, 'GET', `/api/mapping/sozialraeume/${raumId}/abdeckung`);
    expect(grid.bereich).toMatchObject({ art: 'sozialraum', id: raumId, name: 'Nord', schulen: [{ id: school.s1, name: 'A-Schule' }, { id: school.s2, name: 'B-Schule' }] });
    // Two of the three sites of the MINT-AG lie in the Sozialraum: 4 of its 6 hours.
    expect(cellOf(grid, 'mint', '10-15')).toMatchObject({ zustand: 'abgedeckt', stunden: 4 });
    expect(cellOf(grid, 'beratung', '10-15')).toMatchObject({ zustand: 'abgedeckt', stunden: 3, angebote: [{ titel: 'Beratung am Nachmittag', akteurName: 'Jugendamt' }] });
    expect(grid.summary).toMatchObject({ abgedeckt: 4, geplant: 1, angebote: 4, stunden: 11 });
  });

  it('shows an empty grid for a Sozialraum without schools, and 404 for an unknown one', async () => {
    const empty = await buildSozialraum(t.database.db, kommuneId, 'Leer');
    const grid = await ok<Abdeckung>(coordinator, 'GET', `/api/mapping/sozialraeume/${empty.id}/abdeckung`);
    expect(grid.bereich.schulen).toEqual([]);
    expect(grid.summary).toMatchObject({ luecken: 90, angebote: 0 });
    expectProblem(await call(t.app, coordinator, 'GET', '/api/mapping/sozialraeume/00000000-0000-4000-8000-000000000000/abdeckung'), 404, 'not_found');
  });
});

describe('GET /api/mapping/kommunen/:id/ressourcen', () => {
  const rowOf = (r: Ressourcen, id: string) => r.zeilen.find((z) => z.schuleId === id)!;

  it('sets hours per 100 pupils against the Sozialindex and flags high need with few resources', async () => {
    const r = await ok<Ressourcen>(coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/ressourcen`);
    expect(r.zeilen.map((z) => z.name)).toEqual(['A-Schule', 'B-Schule', 'C-Schule', 'D-Schule', 'E-Schule']);
    // A: 4 + 2 h / 200 → 3; B: 2 + 3 h / 400 → 1,25; C: 2 h / 100 → 2; D: no pupil count; E: 30 h / 300 → 10.
    expect(r.median).toBe(2.5);
    expect(rowOf(r, school.s1)).toMatchObject({ stunden: 6, stundenPro100: 3, sozialindex: 8, angebote: 2, flagged: false, sozialraumName: 'Nord' });
    expect(rowOf(r, school.s2)).toMatchObject({ stunden: 5, stundenPro100: 1.25, flagged: false });
    expect(rowOf(r, school.s3)).toMatchObject({ stunden: 2, stundenPro100: 2, sozialindex: 7, flagged: true });
    expect(rowOf(r, school.s4)).toMatchObject({ stunden: 0, stundenPro100: null, sozialindex: 9, flagged: false });
    expect(rowOf(r, school.s5)).toMatchObject({ stunden: 30, stundenPro100: 10, flagged: false });
    expect(r.summary).toEqual({ schulen: 5, markiert: 1, stunden: 43 });
    expect(r.sozialindexSchwelle).toBe(7);
    expect(r.regel).toMatch(/Sozialindex 7 oder höher/);
  });

  it('computes the figures of non-members from shared offers only', async () => {
    const r = await ok<Ressourcen>(outsider, 'GET', `/api/mapping/kommunen/${kommuneId}/ressourcen`);
    expect(r.nurGeteilt).toBe(true);
    // Without the MINT-AG: A 2, B 0,75, C 0, E 10 → median 1,375.
    expect(r.median).toBe(1.38);
    expect(rowOf(r, school.s1)).toMatchObject({ stundenPro100: 2, flagged: false });
    expect(rowOf(r, school.s3)).toMatchObject({ stunden: 0, stundenPro100: 0, flagged: true });
  });

  it('follows changes of the school figures', async () => {
    await t.database.db.update(schulen).set({ sozialindex: 4 }).where(eq(schulen.id, school.s3));
    const r = await ok<Ressourcen>(coordinator, 'GET', `/api/mapping/kommunen/${kommuneId}/ressourcen`);
    expect(rowOf(r, school.s3).flagged).toBe(false);
    await t.database.db.update(schulen).set({ sozialindex: 7 }).where(eq(schulen.id, school.s3));
  });
});
