import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Szenario, SzenarioKopf } from '../../../../domain/allocation/contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { schulen } from '../../directory/directory.schema.js';
import { api, bodyOf, buildAllocationWorld, CONFLICT_MESSAGE, expectProblem, grundschulModell, UNKNOWN_ID, type AllocationWorld } from './support.js';

let t: TestApp;
let w: AllocationWorld;
let v: ReturnType<typeof api>;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAllocationWorld(t.app, t.database.db);
  v = api(t.app);
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown> = {}, session = w.people.koordination) =>
  bodyOf<Szenario>(await v.create(session, { scopeId: w.musterstadt.id, name: 'Schulsozialarbeit 2026', modell: grundschulModell(), ...body }), 201);

const byId = (s: Szenario) => new Map(s.ergebnis.schulen.map((r) => [r.schuleId, r]));

describe('creating a scenario', () => {
  it('computes the model on the schools of the Kommune and saves it as version 1', async () => {
    const s = await create({ beschreibung: 'Entwurf für den Ausschuss' });
    expect(s).toMatchObject({
      scopeId: w.musterstadt.id,
      scopeName: 'Musterstadt',
      scopeTyp: 'kommune',
      name: 'Schulsozialarbeit 2026',
      beschreibung: 'Entwurf für den Ausschuss',
      version: 1,
      versionNummer: 1,
      archiviert: false,
      summe: 6,
      einheit: '1',
      verfahren: 'hare-niemeyer',
      schulen: 4,
      darfBearbeiten: true,
    });
    // Weights 100, 1000, 2700, 2700 (pupils × level) of 6500: quotas 0.09, 0.92, 2.49, 2.49.
    const r = byId(s);
    expect(r.get(w.schulen.a.id)).toMatchObject({ gewicht: '100', quote: '0.092308', einheiten: 0, menge: 0, rest: '0.092307692308', restEinheit: false });
    expect(r.get(w.schulen.b.id)).toMatchObject({ gewicht: '1000', anteilProzent: '15.384615', quote: '0.923077', einheiten: 1, restRang: 1, restEinheit: true, rundung: '0.076923' });
    // Christophorus and Feldrain claim the last position exactly equally: the draw decides, and it is recorded.
    const c = r.get(w.schulen.c.id)!;
    const f = r.get(w.schulen.f.id)!;
    expect(c.einheiten + f.einheiten).toBe(5);
    expect([c.einheiten, f.einheiten].sort()).toEqual([2, 3]);
    expect(c.gleichstand && f.gleichstand).toBe(true);
    const winner = c.einheiten === 3 ? c : f;
    expect(winner.losGewonnen).toBe(true);
    expect(s.ergebnis.gleichstaende).toEqual([{ schuleIds: expect.arrayContaining([c.schuleId, f.schuleId]), einheiten: 1, gezogen: [winner.schuleId], wert: '0.492307692308' }]);
    expect(s.ergebnis).toMatchObject({ summe: 6, einheiten: 6, summeGewichte: '6500', divisor: null, datenstand: ['2024/25'] });
    expect(s.ergebnis.ausgeschlossen).toEqual([
      { grund: 'schulform', anzahl: 1 },
      { grund: 'ohne-sozialindex', anzahl: 1 },
    ]);
    expect(s.ergebnis.hinweise.join(' ')).toContain('das Los mit dem Startwert');
    expect(s.modell.seed).toBe(s.ergebnis.seed);
    expect(s.ergebnis.schulen.reduce((a, x) => a + x.menge, 0)).toBe(6);
  });

  it('draws the same way again for the same model on the same data, and differently only with another seed', async () => {
    const one = await create({ name: 'Gleiche Daten 1' });
    const two = await create({ name: 'Gleiche Daten 2' });
    expect(two.ergebnis.schulen).toEqual(one.ergebnis.schulen);
    expect(two.ergebnis.seed).toBe(one.ergebnis.seed);
    const seeded = await create({ name: 'Eigener Startwert', modell: grundschulModell({ seed: 'ausschuss-2026' }) });
    expect(seeded.ergebnis.seed).toBe('ausschuss-2026');
    expect(seeded.ergebnis.gleichstaende).toHaveLength(1);
  });

  it('writes one audit entry with ids and the model, no names', async () => {
    const res = await v.create(w.people.koordination, { scopeId: w.musterstadt.id, name: 'Geheimer Name', modell: grundschulModell() });
    const s = bodyOf<Szenario>(res, 201);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, s.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'verteilung_szenario.created', entityType: 'verteilung_szenario', scopeId: w.musterstadt.id });
    expect(entries[0]!.after).toMatchObject({ summe: 6, einheit: '1', verfahren: 'hare-niemeyer', gewichtung: 'schueler-stufe', schulen: 4, versionNummer: 1 });
    expect(JSON.stringify(entries[0]!.after)).not.toContain('Geheimer Name');
  });

  it('lets the Landeskoordination plan for the whole Land', async () => {
    const s = await create({ scopeId: w.land.id, name: 'Land: Sozialindexstellen', modell: { ...grundschulModell({ summe: 10 }), auswahl: {}, gewichtung: { art: 'sockel-index', sockelProzent: 30, faktoren: (grundschulModell().gewichtung as { faktoren: object }).faktoren } } }, w.people.land);
    expect(s).toMatchObject({ scopeTyp: 'land', scopeName: 'Land L', schulen: 7 });
    // 30 % by pupils, 70 % by pupils × level over seven schools (see the hand calculation in the test support).
    const units = Object.fromEntries(s.ergebnis.schulen.map((r) => [r.name, r.einheiten]));
    expect(units).toEqual({
      'Grundschule Am Anger': 0,
      'Grundschule Am Bach': 1,
      'Grundschule Christophorus': 2,
      'Gymnasium Eichenweg': 2,
      'Grundschule Feldrain': 2,
      'Grundschule Gartenweg': 1,
      'Hauptschule Hafen': 2,
    });
    const e = s.ergebnis.schulen.find((r) => r.name === 'Gymnasium Eichenweg')!;
    expect(Number(e.quoteSockel) + Number(e.quoteIndex)).toBeCloseTo(Number(e.quote), 5);
    expect(s.ergebnis.gleichstaende).toEqual([]);
  });
});

describe('who may do what', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create({ name: 'Rechteprüfung' })).id;
  });

  it('lets every member of the Kommune read, but only coordinators change', async () => {
    for (const session of [w.people.lesend, w.people.schulleitung, w.people.land, w.people.admin]) {
      expect((await v.get(session, id)).statusCode).toBe(200);
    }
    expect(bodyOf<Szenario>(await v.get(w.people.lesend, id)).darfBearbeiten).toBe(false);
    expect(bodyOf<Szenario>(await v.get(w.people.land, id)).darfBearbeiten).toBe(true);
    expectProblem(await v.update(w.people.lesend, id, { name: 'Nein', modell: grundschulModell(), version: 1 }), 403, 'forbidden');
    expectProblem(await v.archive(w.people.schulleitung, id, 1), 403, 'forbidden');
    expectProblem(await v.share(w.people.lesend, id), 403, 'forbidden');
  });

  it('hides the scenario from other Kommunen, even in the same Land (404)', async () => {
    for (const session of [w.people.nachbar, w.people.fremd]) {
      expectProblem(await v.get(session, id), 404, 'not_found');
      expectProblem(await v.versions(session, id), 404, 'not_found');
      expectProblem(await v.update(session, id, { name: 'Fremd', modell: grundschulModell(), version: 1 }), 404, 'not_found');
      expectProblem(await v.compare(session, `${id},${id}:1`), 404, 'not_found');
    }
    expectProblem(await v.get(w.people.koordination, UNKNOWN_ID), 404, 'not_found');
  });

  it('refuses to plan for a foreign Kommune or, as a Kommune, for the whole Land', async () => {
    expectProblem(await v.create(w.people.fremd, { scopeId: w.musterstadt.id, name: 'Übergriff', modell: grundschulModell() }), 403, 'forbidden');
    expectProblem(await v.create(w.people.koordination, { scopeId: w.land.id, name: 'Zu groß', modell: grundschulModell() }), 403, 'forbidden');
    expectProblem(await v.create(w.people.lesend, { scopeId: w.musterstadt.id, name: 'Lesend', modell: grundschulModell() }), 403, 'forbidden');
    expectProblem(await v.preview(w.people.lesend, { scopeId: w.musterstadt.id, modell: grundschulModell() }), 403, 'forbidden');
    expectProblem(await v.create(null, { scopeId: w.musterstadt.id, name: 'Anonym', modell: grundschulModell() }), 401, 'unauthenticated');
  });

  it('lists only what the caller may read, with the Land scenarios for members below the Land', async () => {
    const mine = bodyOf<{ items: SzenarioKopf[] }>(await v.list(w.people.lesend)).items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s) => s.scopeId === w.musterstadt.id || s.scopeId === w.land.id)).toBe(true);
    expect(mine.some((s) => s.scopeId === w.land.id)).toBe(true);
    expect(mine.every((s) => !s.darfBearbeiten)).toBe(true);
    expect(bodyOf<{ items: SzenarioKopf[] }>(await v.list(w.people.fremd)).items).toEqual([]);
    const filtered = bodyOf<{ items: SzenarioKopf[] }>(await v.list(w.people.land, `?scopeId=${w.land.id}`)).items;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((s) => s.scopeId === w.land.id)).toBe(true);
    // Lists carry no results.
    expect(Object.keys(mine[0]!)).not.toContain('ergebnis');
  });
});

describe('transfer', () => {
  it('sends results gzip-compressed to clients that accept it, and plain to those that do not', async () => {
    const s = await create();
    const headers = { cookie: w.people.koordination.cookie };
    const zipped = await t.app.inject({ method: 'GET', url: `/api/verteilung/szenarien/${s.id}`, headers: { ...headers, 'accept-encoding': 'gzip' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const unzipped = JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')) as Szenario;
    const plain = await t.app.inject({ method: 'GET', url: `/api/verteilung/szenarien/${s.id}`, headers });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(unzipped).toEqual(plain.json());
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });
});

describe('where one may plan', () => {
  const names = async (session: Parameters<typeof v.bereiche>[0]) => bodyOf<{ items: { name: string; typ: string; landId: string | null }[] }>(await v.bereiche(session), 200).items;

  it('lists the Kommune of a coordinator, and a Land with its Kommunen for the state coordination', async () => {
    expect(await names(w.people.koordination)).toEqual([{ id: w.musterstadt.id, name: 'Musterstadt', typ: 'kommune', landId: w.land.id }]);
    expect(await names(w.people.land)).toEqual([
      { id: w.land.id, name: 'Land L', typ: 'land', landId: null },
      { id: w.musterstadt.id, name: 'Musterstadt', typ: 'kommune', landId: w.land.id },
      { id: w.nachbarstadt.id, name: 'Nachbarstadt', typ: 'kommune', landId: w.land.id },
    ]);
  });

  it('is empty for those who may only read, and needs a session', async () => {
    expect(await names(w.people.lesend)).toEqual([]);
    expect(await names(w.people.schulleitung)).toEqual([]);
    expectProblem(await v.bereiche(null), 401);
  });

  it('lists every Land and Kommune for the administration', async () => {
    const all = (await names(w.people.admin)).map((b) => b.name);
    expect(all).toEqual(expect.arrayContaining(['Land F', 'Land L', 'Fremdstadt', 'Musterstadt', 'Nachbarstadt']));
  });
});

describe('versions', () => {
  it('keeps every version reproducible although the school data change', async () => {
    const s = await create({ name: 'Mit Verlauf' });
    const v1b = byId(s).get(w.schulen.b.id)!;
    const updated = bodyOf<Szenario>(await v.update(w.people.koordination, s.id, { name: 'Mit Verlauf (Sainte-Laguë)', modell: grundschulModell({ verfahren: 'sainte-lague', summe: 7 }), version: 1 }));
    expect(updated).toMatchObject({ version: 2, versionNummer: 2, name: 'Mit Verlauf (Sainte-Laguë)', verfahren: 'sainte-lague', summe: 7 });
    expect(updated.ergebnis.divisor).not.toBeNull();

    // The directory changes: Grundschule Am Bach now has 600 pupils.
    await t.database.db.update(schulen).set({ schueler: 600 }).where(eq(schulen.id, w.schulen.b.id));
    try {
      const old = bodyOf<{ nummer: number; name: string; ergebnis: Szenario['ergebnis'] }>(await v.version(w.people.lesend, s.id, 1));
      expect(old.nummer).toBe(1);
      expect(old.name).toBe('Mit Verlauf');
      expect(old.ergebnis.schulen.find((r) => r.schuleId === w.schulen.b.id)).toEqual(v1b);
      // The current version is a snapshot too, until it is saved again.
      expect(byId(bodyOf<Szenario>(await v.get(w.people.lesend, s.id))).get(w.schulen.b.id)!.schueler).toBe(200);
      const third = bodyOf<Szenario>(await v.update(w.people.koordination, s.id, { name: 'Mit Verlauf', modell: grundschulModell(), version: 2 }));
      expect(byId(third).get(w.schulen.b.id)).toMatchObject({ schueler: 600, gewicht: '3000' });

      const list = bodyOf<{ items: { nummer: number; name: string; summe: number; erstelltVon: { name: string } | null; modell: { verfahren: string } }[] }>(await v.versions(w.people.lesend, s.id)).items;
      expect(list.map((x) => [x.nummer, x.summe, x.modell.verfahren])).toEqual([
        [3, 6, 'hare-niemeyer'],
        [2, 7, 'sainte-lague'],
        [1, 6, 'hare-niemeyer'],
      ]);
      expect(list[0]!.erstelltVon).not.toBeNull();
      expectProblem(await v.version(w.people.lesend, s.id, 4), 404, 'not_found');
    } finally {
      await t.database.db.update(schulen).set({ schueler: 200 }).where(eq(schulen.id, w.schulen.b.id));
    }
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const s = await create({ name: 'Gleichzeitig' });
    bodyOf(await v.update(w.people.koordination, s.id, { name: 'Erste Änderung', modell: grundschulModell(), version: 1 }));
    const stale = expectProblem(await v.update(w.people.land, s.id, { name: 'Zweite Änderung', modell: grundschulModell(), version: 1 }), 409, 'conflict');
    expect(stale.detail).toBe(CONFLICT_MESSAGE);
    expect(bodyOf<Szenario>(await v.get(w.people.koordination, s.id))).toMatchObject({ name: 'Erste Änderung', version: 2, versionNummer: 2 });
    expect(bodyOf<{ items: unknown[] }>(await v.versions(w.people.koordination, s.id)).items).toHaveLength(2);
  });

  it('lets two simultaneous changes of the same version make exactly one new version', async () => {
    const s = await create({ name: 'Wettlauf' });
    const results = await Promise.all([
      v.update(w.people.koordination, s.id, { name: 'Variante A', modell: grundschulModell(), version: 1 }),
      v.update(w.people.land, s.id, { name: 'Variante B', modell: grundschulModell(), version: 1 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(bodyOf<{ items: unknown[] }>(await v.versions(w.people.koordination, s.id)).items).toHaveLength(2);
  });
});

describe('archiving', () => {
  it('makes a scenario read-only until it is restored', async () => {
    const s = await create({ name: 'Abgeschlossen' });
    const archived = bodyOf<SzenarioKopf>(await v.archive(w.people.koordination, s.id, 1));
    expect(archived).toMatchObject({ archiviert: true, version: 2 });
    const refused = expectProblem(await v.update(w.people.koordination, s.id, { name: 'Noch mal', modell: grundschulModell(), version: 2 }), 409, 'conflict');
    expect(refused.detail).toContain('archiviert');
    expectProblem(await v.archive(w.people.koordination, s.id, 2), 409, 'conflict');
    expect((await v.get(w.people.lesend, s.id)).statusCode).toBe(200);
    expect(bodyOf<{ items: SzenarioKopf[] }>(await v.list(w.people.koordination)).items.map((x) => x.id)).not.toContain(s.id);
    expect(bodyOf<{ items: SzenarioKopf[] }>(await v.list(w.people.koordination, '?archiviert=true')).items.map((x) => x.id)).toContain(s.id);
    expectProblem(await v.restore(w.people.koordination, s.id, 1), 409, 'conflict');
    expect(bodyOf<SzenarioKopf>(await v.restore(w.people.koordination, s.id, 2))).toMatchObject({ archiviert: false, version: 3 });
    expect((await v.update(w.people.koordination, s.id, { name: 'Weiter', modell: grundschulModell(), version: 3 })).statusCode).toBe(200);
  });
});

describe('preview', () => {
  it('computes without saving and gives the result that saving the same model gives', async () => {
    const before = bodyOf<{ items: unknown[] }>(await v.list(w.people.admin, '?archiviert=alle')).items.length;
    const preview = bodyOf<{ modell: Szenario['modell']; ergebnis: Szenario['ergebnis'] }>(await v.preview(w.people.koordination, { scopeId: w.musterstadt.id, modell: grundschulModell() }));
    expect(preview.ergebnis.einheiten).toBe(6);
    expect(bodyOf<{ items: unknown[] }>(await v.list(w.people.admin, '?archiviert=alle')).items.length).toBe(before);
    const saved = await create({ name: 'Nach Vorschau', modell: preview.modell });
    expect(saved.ergebnis.schulen).toEqual(preview.ergebnis.schulen);
  });
});
