import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { luecken } from '../transfer.schema.js';
import {
  auditOf,
  bodyOf,
  buildTransferWorld,
  CONFLICT_MESSAGE,
  errorOn,
  expectProblem,
  joinInNetwork,
  lueckeAenderung, lueckeBody,
  transferApi,
  UNKNOWN_ID,
  type Luecke,
  type Raster,
  type TransferApi,
  type TransferWorld,
} from './support.js';

let t: TestApp;
let w: TransferWorld;
let v: TransferApi;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildTransferWorld(t.app, t.database.db);
  v = transferApi(t.app);
});
afterAll(async () => t?.close());

const countLuecken = async () => (await t.database.db.select({ id: luecken.id }).from(luecken)).length;
const raster = async (s: Parameters<TransferApi['raster']>[0], kommuneId: string) => bodyOf<Raster>(await v.raster(s, kommuneId));
const enter = async (overrides: Record<string, unknown> = {}, kommuneId = w.musterstadt.id, s = w.sessions.koordination) => bodyOf<Luecke>(await v.createLuecke(s, kommuneId, lueckeBody(overrides)), 201);

describe('entering gaps into the grid', () => {
  it('stores a gap in a cell with priority, status "offen" and version 1, and audits it', async () => {
    const l = await enter({ beschreibung: '  Die Sprachförderung erreicht die Familien im Stadtteil Nord nicht.  ', prioritaet: 'mittel' });
    expect(l).toMatchObject({
      kommune: { id: w.musterstadt.id, name: 'Musterstadt' },
      handlungsfeld: 'sprachfoerderung',
      altersphase: '3-5',
      beschreibung: 'Die Sprachförderung erreicht die Familien im Stadtteil Nord nicht.',
      prioritaet: 'mittel',
      status: 'offen',
      version: 1,
    });
    expect(Date.now() - new Date(l.aktualisiertAm).getTime()).toBeLessThan(60_000);
    const [entry, ...more] = await auditOf(t.database.db, 'luecke.created', l.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, entityType: 'luecke', scopeId: w.musterstadt.id });
    expect(entry!.after).toEqual({ handlungsfeld: 'sprachfoerderung', altersphase: '3-5', prioritaet: 'mittel', status: 'offen' });
    expect((await raster(w.sessions.koordination, w.musterstadt.id)).items.map((x) => x.id)).toContain(l.id);
  });

  it('takes a status given with the gap', async () => {
    const l = await enter({ handlungsfeld: 'uebergaenge', altersphase: '6-9', status: 'in-bearbeitung', prioritaet: 'niedrig' });
    expect(l).toMatchObject({ handlungsfeld: 'uebergaenge', altersphase: '6-9', status: 'in-bearbeitung', prioritaet: 'niedrig' });
  });

  it.each([
    [{ handlungsfeld: 'zauberei' }, 'handlungsfeld', 'Unbekanntes Handlungsfeld.'],
    [{ handlungsfeld: undefined }, 'handlungsfeld', undefined],
    [{ altersphase: '7-8' }, 'altersphase', 'Unbekannte Altersphase.'],
    [{ beschreibung: 'Zu kurz' }, 'beschreibung', 'Die Beschreibung muss mindestens 10 Zeichen lang sein.'],
    [{ beschreibung: '   ' }, 'beschreibung', 'Bitte eine Beschreibung („Wo hakt es?“) angeben.'],
    [{ beschreibung: 'x'.repeat(2001) }, 'beschreibung', 'Die Beschreibung darf höchstens 2.000 Zeichen lang sein.'],
    [{ prioritaet: 'dringend' }, 'prioritaet', 'Die Priorität muss hoch, mittel oder niedrig sein.'],
    [{ prioritaet: undefined }, 'prioritaet', undefined],
    [{ status: 'fertig' }, 'status', 'Der Status muss offen, in-bearbeitung oder geloest sein.'],
    [{ extra: 1 }, 'extra', 'Unbekannte Felder: extra.'],
  ])('refuses %j with 400 naming the field', async (overrides, field, message) => {
    const before = await countLuecken();
    const p = expectProblem(await v.createLuecke(w.sessions.koordination, w.musterstadt.id, lueckeBody(overrides)), 400, 'validation_failed');
    const error = errorOn(p, field);
    if (message) expect(error.message).toBe(message);
    expect(await countLuecken()).toBe(before);
  });

  it('answers 404 for an unknown Kommune and 400 for an id that is none', async () => {
    expect(expectProblem(await v.createLuecke(w.sessions.admin, UNKNOWN_ID, lueckeBody()), 404, 'not_found').detail).toBe('Die Kommune wurde nicht gefunden.');
    errorOn(expectProblem(await v.createLuecke(w.sessions.koordination, 'musterstadt', lueckeBody()), 400), 'id');
  });
});

describe('changing and deleting a gap', () => {
  it('updates with the version seen; a stale version gets 409 and changes nothing', async () => {
    const l = await enter();
    const changed = bodyOf<Luecke>(
      await v.updateLuecke(w.sessions.koordination, l.id, { ...lueckeAenderung({ beschreibung: 'Die Eltern kennen die Sprachangebote nicht.', prioritaet: 'niedrig', status: 'in-bearbeitung' }), version: 1 }),
    );
    expect(changed).toMatchObject({ id: l.id, beschreibung: 'Die Eltern kennen die Sprachangebote nicht.', prioritaet: 'niedrig', status: 'in-bearbeitung', version: 2 });
    const p = expectProblem(await v.updateLuecke(w.sessions.koordination, l.id, { ...lueckeAenderung({ prioritaet: 'hoch' }), version: 1 }), 409, 'conflict');
    expect(p.detail).toBe(CONFLICT_MESSAGE);
    const stored = (await raster(w.sessions.koordination, w.musterstadt.id)).items.find((x) => x.id === l.id);
    expect(stored).toMatchObject({ prioritaet: 'niedrig', version: 2 });
    const [entry] = await auditOf(t.database.db, 'luecke.updated', l.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, scopeId: w.musterstadt.id, before: { status: 'offen', prioritaet: 'hoch' }, after: { status: 'in-bearbeitung', prioritaet: 'niedrig' } });
  });

  it('refuses an update without version or with a bad field, and 404 for an unknown gap', async () => {
    const l = await enter();
    errorOn(expectProblem(await v.updateLuecke(w.sessions.koordination, l.id, lueckeAenderung()), 400, 'validation_failed'), 'version');
    expect(errorOn(expectProblem(await v.updateLuecke(w.sessions.koordination, l.id, { ...lueckeAenderung({ prioritaet: 'sofort' }), version: 1 }), 400), 'prioritaet').message).toBe(
      'Die Priorität muss hoch, mittel oder niedrig sein.',
    );
    expect(expectProblem(await v.updateLuecke(w.sessions.koordination, UNKNOWN_ID, { ...lueckeAenderung(), version: 1 }), 404, 'not_found').detail).toBe('Die Lücke wurde nicht gefunden.');
  });

  it('refuses a change without status, so a solved gap is not reopened by a form that leaves it out', async () => {
    const l = bodyOf<Luecke>(await v.createLuecke(w.sessions.koordination, w.musterstadt.id, lueckeBody({ status: 'geloest' })), 201);
    errorOn(expectProblem(await v.updateLuecke(w.sessions.koordination, l.id, { ...lueckeBody(), version: l.version }), 400, 'validation_failed'), 'status');
    expect((await raster(w.sessions.koordination, w.musterstadt.id)).items.find((x) => x.id === l.id)?.status).toBe('geloest');
  });

  it('deletes with the version seen; a stale version gets 409, a second delete 404', async () => {
    const l = await enter({ handlungsfeld: 'mint', altersphase: '10-15' });
    const updated = bodyOf<Luecke>(await v.updateLuecke(w.sessions.koordination, l.id, { ...lueckeAenderung({ handlungsfeld: 'mint', altersphase: '10-15' }), version: 1 }));
    expect(expectProblem(await v.deleteLuecke(w.sessions.koordination, l.id, 1), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    expect((await raster(w.sessions.koordination, w.musterstadt.id)).items.map((x) => x.id)).toContain(l.id);
    const res = await v.deleteLuecke(w.sessions.koordination, l.id, updated.version);
    expect(res.statusCode, res.body).toBe(204);
    expect((await raster(w.sessions.koordination, w.musterstadt.id)).items.map((x) => x.id)).not.toContain(l.id);
    const [entry] = await auditOf(t.database.db, 'luecke.deleted', l.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, scopeId: w.musterstadt.id, before: { handlungsfeld: 'mint', altersphase: '10-15' } });
    expectProblem(await v.deleteLuecke(w.sessions.koordination, l.id, updated.version), 404, 'not_found');
  });
});

describe('who reads and who writes a grid', () => {
  it('shows the coordination its grid ordered by field, phase and entry, and lets it edit', async () => {
    const r = await raster(w.sessions.koordination, w.musterstadt.id);
    expect(r.kommune).toEqual({ id: w.musterstadt.id, name: 'Musterstadt' });
    expect(r.darfBearbeiten).toBe(true);
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((l) => l.kommune.id === w.musterstadt.id)).toBe(true);
    const keys = r.items.map((l) => `${l.handlungsfeld}|${l.altersphase}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('lets a Kommune in the same active learning network read the grid, without editing it', async () => {
    const own = await raster(w.sessions.koordination, w.musterstadt.id);
    for (const s of [w.sessions.nachbar, w.sessions.fern]) {
      const r = await raster(s, w.musterstadt.id);
      expect(r.darfBearbeiten).toBe(false);
      expect(r.items).toEqual(own.items);
    }
    // …and the other way round: Musterstadt reads its partners.
    expect((await raster(w.sessions.koordination, w.fernstadt.id)).darfBearbeiten).toBe(false);
  });

  it('refuses the network partner to write into the grid (403), but hides it from a Kommune outside (404)', async () => {
    const l = await enter();
    expectProblem(await v.createLuecke(w.sessions.nachbar, w.musterstadt.id, lueckeBody()), 403, 'forbidden');
    expectProblem(await v.updateLuecke(w.sessions.nachbar, l.id, { ...lueckeAenderung(), version: 1 }), 403, 'forbidden');
    expectProblem(await v.deleteLuecke(w.sessions.nachbar, l.id, 1), 403, 'forbidden');
    for (const s of [w.sessions.dritt, w.sessions.fremd]) {
      expect(expectProblem(await v.raster(s, w.musterstadt.id), 404, 'not_found').detail).toBe('Die Kommune wurde nicht gefunden.');
      expectProblem(await v.createLuecke(s, w.musterstadt.id, lueckeBody()), 404, 'not_found');
      expectProblem(await v.updateLuecke(s, l.id, { ...lueckeAenderung(), version: 1 }), 404, 'not_found');
      expectProblem(await v.deleteLuecke(s, l.id, 1), 404, 'not_found');
    }
    expect((await raster(w.sessions.koordination, w.musterstadt.id)).items.find((x) => x.id === l.id)?.version).toBe(1);
  });

  it('lets the people of the Kommune read (steering group, school leadership, specialists, network members) but not write', async () => {
    const own = await raster(w.sessions.koordination, w.musterstadt.id);
    for (const s of [w.sessions.lesend, w.sessions.schulleitung, w.sessions.fachkraft, w.sessions.mitglied]) {
      const r = await raster(s, w.musterstadt.id);
      expect(r.darfBearbeiten).toBe(false);
      expect(r.items.map((l) => l.id)).toEqual(own.items.map((l) => l.id));
      const p = expectProblem(await v.createLuecke(s, w.musterstadt.id, lueckeBody()), 403, 'forbidden');
      expect(p.detail).toBe('Sie haben keine Berechtigung für diese Aktion.');
      expectProblem(await v.updateLuecke(s, own.items[0]!.id, { ...lueckeAenderung(), version: own.items[0]!.version }), 403, 'forbidden');
      expectProblem(await v.deleteLuecke(s, own.items[0]!.id, own.items[0]!.version), 403, 'forbidden');
    }
    // The school leadership reads its Kommune's learning network too, but nothing outside it.
    expect((await raster(w.sessions.schulleitung, w.nachbarstadt.id)).darfBearbeiten).toBe(false);
    expectProblem(await v.raster(w.sessions.schulleitung, w.drittstadt.id), 404, 'not_found');
  });

  it('lets the Land coordination keep every grid of its Land, and the administration every grid', async () => {
    const l = await enter({ handlungsfeld: 'gesundheit', altersphase: '6-9' }, w.drittstadt.id, w.sessions.land);
    expect(l.kommune).toEqual({ id: w.drittstadt.id, name: 'Drittstadt' });
    expect((await raster(w.sessions.land, w.musterstadt.id)).darfBearbeiten).toBe(true);
    expect((await raster(w.sessions.dritt, w.drittstadt.id)).items.map((x) => x.id)).toContain(l.id);
    // Fernstadt is in another Land: the Land coordination reads it through the learning network only.
    expect((await raster(w.sessions.land, w.fernstadt.id)).darfBearbeiten).toBe(false);
    expectProblem(await v.createLuecke(w.sessions.land, w.fernstadt.id, lueckeBody()), 403, 'forbidden');
    expectProblem(await v.raster(w.sessions.land, w.fremdstadt.id), 404, 'not_found');
    const r = await raster(w.sessions.admin, w.fremdstadt.id);
    expect(r.darfBearbeiten).toBe(true);
    bodyOf<Luecke>(await v.createLuecke(w.sessions.admin, w.fremdstadt.id, lueckeBody()), 201);
  });

  it('opens a grid to a Kommune only while a network joins them: archiving the network hides it again', async () => {
    expectProblem(await v.raster(w.sessions.fremd, w.musterstadt.id), 404, 'not_found');
    const netz = await joinInNetwork(t.database.db, w.land.id, [w.musterstadt.id, w.fremdstadt.id]);
    expect((await raster(w.sessions.fremd, w.musterstadt.id)).darfBearbeiten).toBe(false);
    expect((await raster(w.sessions.koordination, w.fremdstadt.id)).darfBearbeiten).toBe(false);
    await netz.archive();
    expectProblem(await v.raster(w.sessions.fremd, w.musterstadt.id), 404, 'not_found');
    expectProblem(await v.raster(w.sessions.koordination, w.fremdstadt.id), 404, 'not_found');
  });

  it('needs a session', async () => {
    expectProblem(await v.raster(null, w.musterstadt.id), 401, 'unauthenticated');
    expectProblem(await v.createLuecke(null, w.musterstadt.id, lueckeBody()), 401, 'unauthenticated');
  });
});
