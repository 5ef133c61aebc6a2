import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Uebersicht } from '../../../../domain/transitions/round-contracts.js';
import { DEMO_AUFNAHME_SCHULNUMMER, DEMO_PASSWORD, DEMO_SCHULNUMMER, seedDemo } from '../../../seed/demo.js';
import { createTestApp, login, type Session, type TestApp } from '../../../testing/test-app.js';
import { DEMO_RUNDE } from '../demo/seed-demo-transitions.js';
import { bodyOf, expectProblem, uebergangApi, type EigeneListe, type Fall, type Pruefung, type Runde, type UebergangApi } from './support.js';

let t: TestApp;
let v: UebergangApi;
let counts: { first: Record<string, number>; second: Record<string, number> };
let koordination: Session;
let schulleitung: Session;
let aufnahme: Session;
let lesend: Session;
let r: Runde;

const tables = ['uebergang_runden', 'uebergang_schulen', 'uebergang_listen', 'uebergang_eintraege', 'uebergang_paare', 'uebergang_entscheidungen', 'uebergang_faelle', 'uebergang_kommentare'];
const count = async () => {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const res = (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
    out[table] = res.rows[0]!.n;
  }
  const audit = (await t.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'demo.uebergang_runde_created'`)) as unknown as { rows: { n: number }[] };
  out.audit = audit.rows[0]!.n;
  return out;
};

beforeAll(async () => {
  t = await createTestApp();
  v = uebergangApi(t.app);
  await seedDemo(t.database.db);
  const first = await count();
  await seedDemo(t.database.db);
  counts = { first, second: await count() };
  koordination = await login(t.app, 'koordination@demo.strang.de', DEMO_PASSWORD);
  schulleitung = await login(t.app, 'schulleitung@demo.strang.de', DEMO_PASSWORD);
  aufnahme = await login(t.app, 'aufnahme@demo.strang.de', DEMO_PASSWORD);
  lesend = await login(t.app, 'lesend@demo.strang.de', DEMO_PASSWORD);
  const items = bodyOf<{ items: Runde[] }>(await v.runden(koordination)).items;
  const kopf = items.find((x) => x.bezeichnung === DEMO_RUNDE);
  expect(kopf, items.map((x) => x.bezeichnung).join(', ')).toBeDefined();
  r = bodyOf<Runde>(await v.runde(koordination, kopf!.id));
}, 600_000);
afterAll(async () => t?.close());

const schuleBy = (nr: string) => {
  const s = r.schulen.find((x) => x.schulnummer === nr);
  expect(s, `school ${nr} in the demo round`).toBeDefined();
  return s!;
};

describe('the demo transition round of Köln', () => {
  it('is written once: a second seed adds nothing', () => {
    expect(counts.second).toEqual(counts.first);
    expect(counts.first).toMatchObject({ uebergang_runden: 1, uebergang_schulen: 7, uebergang_listen: 7, uebergang_entscheidungen: 0, uebergang_kommentare: 0, audit: 1 });
    expect(counts.first.uebergang_eintraege).toBeGreaterThan(400);
    expect(counts.first.uebergang_faelle).toBeGreaterThan(0);
  });

  it('is matched already: four Grundschulen hand over to three schools, with cases to work on', async () => {
    expect(r).toMatchObject({ kommune: { name: 'Köln' }, schuljahr: '2027/28', aufbewahrungTage: 90, status: 'offen', rechte: { koordination: true, listen: [] } });
    expect(r.frist > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(r.abgleich).toMatchObject({ veraltet: false });
    expect(r.schulen.filter((s) => s.seite === 'abgebend')).toHaveLength(4);
    expect(r.schulen.filter((s) => s.seite === 'aufnehmend')).toHaveLength(3);
    expect(r.schulen.every((s) => s.liste !== null && s.liste.eintraege > 0)).toBe(true);
    expect(schuleBy(DEMO_SCHULNUMMER).seite).toBe('abgebend');
    expect(schuleBy(DEMO_AUFNAHME_SCHULNUMMER).seite).toBe('aufnehmend');
    const z = r.zahlen;
    expect(z.abgaenge).toBeGreaterThan(200);
    expect(z.anmeldungen).toBeGreaterThan(200);
    expect(z.zugeordnet).toBeGreaterThan(z.abgaenge * 0.8);
    expect(z.faelleOffen).toBeGreaterThan(0);
    expect(z.abgaenge + z.anmeldungen).toBe(counts.first.uebergang_eintraege);

    const faelle = bodyOf<{ items: Fall[] }>(await v.faelle(koordination, r.id)).items;
    expect(faelle).toHaveLength(z.faelleOffen);
    const arten = new Set(faelle.map((f) => f.art));
    for (const art of ['unversorgt', 'ohne-abgang', 'andere-schule']) expect(arten, art).toContain(art);
    expect(faelle.every((f) => f.eintraege.every((e) => e.person !== null))).toBe(true);
  });

  it('offers pairs to review, as the seed promises', async () => {
    const pruefungen = bodyOf<{ items: Pruefung[] }>(await v.pruefungen(koordination, r.id)).items;
    expect(pruefungen.length).toBeGreaterThan(0);
    expect(pruefungen.every((p) => p.status === 'offen' && p.wahrscheinlichkeit < 0.9 && p.wahrscheinlichkeit >= 0.2)).toBe(true);
    expect(r.zahlen.inPruefung).toBeGreaterThan(0);
  });

  it('shows the demo school leadership of the Grundschule its own leaver list with each child\'s status', async () => {
    const own = schuleBy(DEMO_SCHULNUMMER);
    const round = bodyOf<Runde>(await v.runde(schulleitung, r.id));
    expect(round.rechte).toEqual({ koordination: false, listen: [{ schuleId: own.id, schuleName: own.name, art: 'abgang' }] });
    const l = bodyOf<EigeneListe>(await v.liste(schulleitung, r.id, own.id, 'abgang'));
    expect(l.items).toHaveLength(own.liste!.eintraege);
    expect(l.items.every((i) => /^A\d{4}$/.test(i.kennung) && /^4[abc]$/.test(i.klasse ?? ''))).toBe(true);
    const statuses = new Set(l.items.map((i) => i.status));
    expect(statuses).toContain('angemeldet');
    expect(statuses).not.toContain('nicht-abgeglichen');
    expect(l.items.filter((i) => i.zielschuleRef !== null).length).toBeGreaterThan(l.items.length * 0.9);
    expectProblem(await v.liste(schulleitung, r.id, schuleBy(DEMO_AUFNAHME_SCHULNUMMER).id, 'anmeldung'), 403, 'forbidden');
  });

  it('shows the demo leadership of the receiving school its own registration list', async () => {
    const own = schuleBy(DEMO_AUFNAHME_SCHULNUMMER);
    const round = bodyOf<Runde>(await v.runde(aufnahme, r.id));
    expect(round.rechte.listen).toEqual([{ schuleId: own.id, schuleName: own.name, art: 'anmeldung' }]);
    const l = bodyOf<EigeneListe>(await v.liste(aufnahme, r.id, own.id, 'anmeldung'));
    expect(l.items).toHaveLength(own.liste!.eintraege);
    expect(l.items.every((i) => /^M\d{4}$/.test(i.kennung))).toBe(true);
    expect(new Set(l.items.map((i) => i.status))).toContain('zugeordnet');
    expect(l.items.every((i) => ['zugeordnet', 'in-pruefung', 'ohne-abgang'].includes(i.status))).toBe(true);
    expectProblem(await v.liste(aufnahme, r.id, schuleBy(DEMO_SCHULNUMMER).id, 'abgang'), 403, 'forbidden');
  });

  it('writes the expected school of a leaver as a school list would (name or Schulnummer), not as an internal id', async () => {
    const own = schuleBy(DEMO_SCHULNUMMER);
    const l = bodyOf<EigeneListe>(await v.liste(schulleitung, r.id, own.id, 'abgang'));
    const withTarget = l.items.filter((i) => i.zielschuleRef !== null);
    expect(withTarget.length).toBeGreaterThan(0);
    const receiving = new Map(r.schulen.filter((s) => s.seite === 'aufnehmend').map((s) => [s.id, s]));
    for (const i of withTarget.slice(0, 5)) {
      const s = receiving.get(i.zielschuleRef!.id)!;
      expect([s.name, s.schulnummer], i.kennung).toContain(i.zielschule);
    }
  });

  it('shows the steering group of Köln the counts', async () => {
    const u = bodyOf<Uebersicht>(await v.uebersicht(lesend, r.id));
    expect(u.zahlen).toEqual(r.zahlen);
    expect(u.schulen).toHaveLength(7);
    expectProblem(await v.faelle(lesend, r.id), 403, 'forbidden');
  });
});
