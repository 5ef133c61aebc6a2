import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTreffen } from '../../../testing/network-factories.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import type { LueckeRow, PraxisRow } from '../transfer.repository.js';
import { transfers } from '../transfer.schema.js';
import { buildLuecke, buildPraxis } from './factories.js';
import {
  auditOf,
  bodyOf,
  buildTransferWorld,
  CONFLICT_MESSAGE,
  errorOn,
  expectProblem,
  transferApi,
  UNKNOWN_ID,
  type KontextFrageDto,
  type PraxisDetail,
  type TransferApi,
  type TransferDetail,
  type TransferWorld,
} from './support.js';

let t: TestApp;
let w: TransferWorld;
let v: TransferApi;
/** A practice of Nachbarstadt (the provider) and one of Musterstadt (the requester's own). */
let praxis: PraxisRow;
let eigenePraxis: PraxisRow;
/** A gap of Musterstadt and one of Nachbarstadt. */
let luecke: LueckeRow;
let fremdeLuecke: LueckeRow;
/** Three questions of the catalogue the requester picks, and one it does not. */
let fragen: KontextFrageDto[];
let andereFrage: KontextFrageDto;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildTransferWorld(t.app, t.database.db);
  v = transferApi(t.app);
  const db = t.database.db;
  praxis = await buildPraxis(db, w.nachbarstadt.id, { titel: 'Sprachförderung in Kitas mit Familienbesuchen' });
  eigenePraxis = await buildPraxis(db, w.musterstadt.id, { titel: 'Leseclub Musterstadt', handlungsfelder: ['lesefoerderung'], altersphasen: ['6-9'] });
  luecke = await buildLuecke(db, w.musterstadt.id);
  fremdeLuecke = await buildLuecke(db, w.nachbarstadt.id, { handlungsfeld: 'praevention', altersphase: '10-15', beschreibung: 'Schulabsentismus in der Sekundarstufe nimmt zu.' });
  const katalog = bodyOf<{ items: KontextFrageDto[] }>(await v.fragen(w.sessions.koordination)).items;
  const byCode = (code: string) => katalog.find((f) => f.code === code)!;
  fragen = [byCode('inst-01'), byCode('sozr-02'), byCode('proj-03')];
  andereFrage = byCode('disk-04');
});
afterAll(async () => t?.close());

const anfrage = (overrides: Record<string, unknown> = {}) => ({
  kommuneId: w.musterstadt.id,
  praxisId: praxis.id,
  lueckeId: luecke.id,
  anliegen: 'Wir möchten die Sprachförderung mit Familienbesuchen in zwei Stadtteilen einführen.',
  fragen: fragen.map((f) => f.id),
  ...overrides,
});
const countTransfers = async () => (await t.database.db.select({ id: transfers.id }).from(transfers)).length;
const request = async (overrides: Record<string, unknown> = {}) => bodyOf<TransferDetail>(await v.createTransfer(w.sessions.koordination, anfrage(overrides)), 201);
const get = async (s: Session, id: string) => bodyOf<TransferDetail>(await v.transfer(s, id));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const termin = (days = 14) => inDays(days).toISOString();
const umsetzung = 'Wir starten mit zwei Kitas im Stadtteil Nord; die Hausbesuche übernimmt der Familienservice statt eines freien Trägers.';

describe('asking another Kommune about a practice', () => {
  it('opens a transfer in preparation with the chosen context questions, visible to both sides', async () => {
    const tr = await request();
    expect(tr).toMatchObject({
      praxis: { id: praxis.id, titel: 'Sprachförderung in Kitas mit Familienbesuchen' },
      lueckeId: luecke.id,
      anfragend: { id: w.musterstadt.id, name: 'Musterstadt' },
      abgebend: { id: w.nachbarstadt.id, name: 'Nachbarstadt' },
      anliegen: 'Wir möchten die Sprachförderung mit Familienbesuchen in zwei Stadtteilen einführen.',
      phase: 'vorbereitung',
      termin: null,
      ort: null,
      treffenId: null,
      angepassteUmsetzung: null,
      erfahrung: null,
      abgeschlossenAm: null,
      version: 1,
      rolle: 'anfragend',
    });
    expect(tr.fragen.map((f) => [f.code, f.antwort, f.beantwortetAm])).toEqual([
      ['inst-01', null, null],
      ['sozr-02', null, null],
      ['proj-03', null, null],
    ]);
    expect(tr.fragen[0]!.frage).toBe(fragen[0]!.frage);
    const [entry] = await auditOf(t.database.db, 'transfer.requested', tr.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, entityType: 'transfer', scopeId: w.musterstadt.id, after: { praxisId: praxis.id, abgebendeKommuneId: w.nachbarstadt.id, fragen: 3 } });

    const seenByProvider = await get(w.sessions.nachbar, tr.id);
    expect(seenByProvider).toEqual({ ...tr, rolle: 'abgebend' });
    expect((await get(w.sessions.land, tr.id)).rolle).toBe('beide');
    expect((await get(w.sessions.admin, tr.id)).rolle).toBe('beide');
    for (const s of [w.sessions.koordination, w.sessions.nachbar]) {
      const listed = bodyOf<{ items: TransferDetail[] }>(await v.transfers(s)).items;
      expect(listed.map((x) => x.id)).toContain(tr.id);
    }
  });

  it('takes a transfer without a gap and without questions; repeated questions count once', async () => {
    const bare = await request({ lueckeId: null, fragen: [] });
    expect(bare).toMatchObject({ lueckeId: null, fragen: [] });
    const twice = await request({ lueckeId: undefined, fragen: [fragen[0]!.id, fragen[0]!.id] });
    expect(twice.fragen.map((f) => f.code)).toEqual(['inst-01']);
  });

  it('refuses a practice of the own Kommune (praxisId), a gap of another Kommune (lueckeId) and unknown questions (fragen.N)', async () => {
    const before = await countTransfers();
    let p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ praxisId: eigenePraxis.id })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'praxisId', message: 'Das Praxisbeispiel gehört der eigenen Kommune; ein Transfer fragt eine andere Kommune.' }]);
    p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ praxisId: UNKNOWN_ID })), 400);
    expect(p.errors).toEqual([{ field: 'praxisId', message: 'Dieses Praxisbeispiel gibt es nicht.' }]);
    p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ lueckeId: fremdeLuecke.id })), 400);
    expect(p.errors).toEqual([{ field: 'lueckeId', message: 'Diese Lücke gibt es in der eigenen Kommune nicht.' }]);
    p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ lueckeId: UNKNOWN_ID })), 400);
    expect(p.errors).toEqual([{ field: 'lueckeId', message: 'Diese Lücke gibt es in der eigenen Kommune nicht.' }]);
    p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ fragen: [UNKNOWN_ID] })), 400);
    expect(p.errors).toEqual([{ field: 'fragen.0', message: 'Diese Kontextfrage gibt es nicht (mehr).' }]);
    p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ fragen: [fragen[0]!.id, UNKNOWN_ID] })), 400);
    expect(p.errors).toEqual([{ field: 'fragen.1', message: 'Diese Kontextfrage gibt es nicht (mehr).' }]);
    expect(await countTransfers()).toBe(before);
  });

  // The position is the one in the request, repeats included.
  it('names the position of an unknown question in the request, also after a repeated one', async () => {
    const p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ fragen: [fragen[0]!.id, fragen[0]!.id, UNKNOWN_ID] })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'fragen.2', message: 'Diese Kontextfrage gibt es nicht (mehr).' }]);
  });

  it('refuses a retired question', async () => {
    const retired = bodyOf<KontextFrageDto>(
      await v.updateFrage(w.sessions.land, andereFrage.id, { dimension: andereFrage.dimension, frage: andereFrage.frage, hinweis: andereFrage.hinweis, aktiv: false, version: andereFrage.version }),
    );
    try {
      const p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage({ fragen: [andereFrage.id] })), 400);
      expect(p.errors).toEqual([{ field: 'fragen.0', message: 'Diese Kontextfrage gibt es nicht (mehr).' }]);
    } finally {
      const back = bodyOf<KontextFrageDto>(await v.updateFrage(w.sessions.land, andereFrage.id, { dimension: retired.dimension, frage: retired.frage, hinweis: retired.hinweis, aktiv: true, version: retired.version }));
      andereFrage = back;
    }
  });

  it.each([
    [{ anliegen: 'Kurz.' }, 'anliegen', 'Das Anliegen muss mindestens 10 Zeichen lang sein.'],
    [{ anliegen: undefined }, 'anliegen', 'Das Feld „anliegen“ fehlt.'],
    [{ anliegen: '' }, 'anliegen', 'Bitte Ihr Anliegen angeben.'],
    [{ praxisId: 'sprachfoerderung' }, 'praxisId', undefined],
    [{ fragen: ['inst-01'] }, 'fragen.0', undefined],
    [{ extra: true }, 'extra', 'Unbekannte Felder: extra.'],
  ])('refuses %j naming the field', async (overrides, field, message) => {
    const p = expectProblem(await v.createTransfer(w.sessions.koordination, anfrage(overrides)), 400, 'validation_failed');
    const error = errorOn(p, field);
    if (message) expect(error.message).toBe(message);
  });

  it('lets only the coordination ask for its own Kommune', async () => {
    const before = await countTransfers();
    // Nachbarstadt's coordination sees Musterstadt through the network, but does not speak for it.
    expectProblem(await v.createTransfer(w.sessions.nachbar, anfrage()), 403, 'forbidden');
    expect(expectProblem(await v.createTransfer(w.sessions.fremd, anfrage()), 404, 'not_found').detail).toBe('Die Kommune wurde nicht gefunden.');
    for (const s of [w.sessions.lesend, w.sessions.schulleitung, w.sessions.fachkraft, w.sessions.mitglied]) expectProblem(await v.createTransfer(s, anfrage()), 403, 'forbidden');
    expectProblem(await v.createTransfer(null, anfrage()), 401, 'unauthenticated');
    expect(await countTransfers()).toBe(before);
  });
});

describe('the transfer from preparation to follow-up', () => {
  let tr: TransferDetail;
  beforeAll(async () => {
    tr = await request();
  });

  it('shows the transfer to the coordination of the two Kommunen only', async () => {
    for (const s of [w.sessions.fern, w.sessions.dritt, w.sessions.fremd]) {
      expect(expectProblem(await v.transfer(s, tr.id), 404, 'not_found').detail).toBe('Der Transfer wurde nicht gefunden.');
      expect(bodyOf<{ items: TransferDetail[] }>(await v.transfers(s)).items.map((x) => x.id)).not.toContain(tr.id);
    }
    for (const s of [w.sessions.lesend, w.sessions.schulleitung, w.sessions.mitglied]) {
      expectProblem(await v.transfer(s, tr.id), 403, 'forbidden');
      expect(bodyOf<{ items: TransferDetail[] }>(await v.transfers(s)).items).toEqual([]);
    }
    expectProblem(await v.transfer(w.sessions.koordination, UNKNOWN_ID), 404, 'not_found');
  });

  it('lets only the providing Kommune answer, and only questions of this transfer', async () => {
    const body = { antworten: [{ frageId: fragen[0]!.id, antwort: 'Beim Jugendamt, Abteilung Frühe Hilfen.' }], version: 1 };
    expectProblem(await v.antworten(w.sessions.koordination, tr.id, body), 403, 'forbidden');
    for (const s of [w.sessions.fern, w.sessions.dritt]) expectProblem(await v.antworten(s, tr.id, body), 404, 'not_found');
    expectProblem(await v.antworten(w.sessions.lesend, tr.id, body), 403, 'forbidden');

    // A question not chosen for this transfer: 400 naming it, and the valid answer before it is not kept.
    const p = expectProblem(await v.antworten(w.sessions.nachbar, tr.id, { antworten: [...body.antworten, { frageId: andereFrage.id, antwort: 'Im Stadtrat.' }], version: 1 }), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'antworten.1.frageId', message: 'Diese Frage gehört nicht zu diesem Transfer.' }]);
    expect((await get(w.sessions.nachbar, tr.id)).fragen.every((f) => f.antwort === null)).toBe(true);
    errorOn(expectProblem(await v.antworten(w.sessions.nachbar, tr.id, { antworten: [{ frageId: fragen[0]!.id, antwort: '' }], version: 1 }), 400), 'antworten.0.antwort');

    const answered = bodyOf<TransferDetail>(
      await v.antworten(w.sessions.nachbar, tr.id, {
        antworten: [
          { frageId: fragen[0]!.id, antwort: 'Beim Jugendamt, Abteilung Frühe Hilfen.' },
          { frageId: fragen[2]!.id, antwort: 'Seit 2016, zuerst als Modellprojekt.' },
        ],
        version: 1,
      }),
    );
    expect(answered).toMatchObject({ phase: 'vorbereitung', version: 2, rolle: 'abgebend' });
    const byCode = Object.fromEntries(answered.fragen.map((f) => [f.code, f]));
    expect(byCode['inst-01']).toMatchObject({ antwort: 'Beim Jugendamt, Abteilung Frühe Hilfen.' });
    expect(byCode['proj-03']).toMatchObject({ antwort: 'Seit 2016, zuerst als Modellprojekt.' });
    expect(byCode['sozr-02']).toMatchObject({ antwort: null, beantwortetAm: null });
    expect(Date.now() - new Date(byCode['inst-01']!.beantwortetAm!).getTime()).toBeLessThan(60_000);
    expect(await get(w.sessions.koordination, tr.id)).toEqual({ ...answered, rolle: 'anfragend' });
    const [entry] = await auditOf(t.database.db, 'transfer.answered', tr.id);
    expect(entry).toMatchObject({ actorId: w.people.nachbar.user.id, scopeId: w.musterstadt.id, before: { phase: 'vorbereitung' }, after: { phase: 'vorbereitung' } });

    // A stale version: 409, and the answer is not changed.
    expect(expectProblem(await v.antworten(w.sessions.nachbar, tr.id, { antworten: [{ frageId: fragen[0]!.id, antwort: 'Doch beim Schulamt.' }], version: 1 }), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    expect((await get(w.sessions.nachbar, tr.id)).fragen.find((f) => f.code === 'inst-01')!.antwort).toBe('Beim Jugendamt, Abteilung Frühe Hilfen.');
  });

  it('keeps the follow-up until the exchange is arranged', async () => {
    const current = await get(w.sessions.koordination, tr.id);
    const p = expectProblem(await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: umsetzung, version: current.version }), 409, 'conflict');
    expect(p.detail).toBe('Bitte vereinbaren Sie zuerst den Austausch; die Nachbereitung folgt ihm.');
  });

  it('lets either side arrange the exchange, with date and place, linked to a network meeting', async () => {
    const current = await get(w.sessions.koordination, tr.id);
    errorOn(expectProblem(await v.austausch(w.sessions.nachbar, tr.id, { termin: '2027-03-01', ort: 'Rathaus', version: current.version }), 400, 'validation_failed'), 'termin');
    expect(errorOn(expectProblem(await v.austausch(w.sessions.nachbar, tr.id, { termin: 'nächsten Dienstag', version: current.version }), 400), 'termin').message).toBe('Bitte Datum und Uhrzeit angeben.');
    for (const s of [w.sessions.fern, w.sessions.dritt]) expectProblem(await v.austausch(s, tr.id, { termin: termin(), version: current.version }), 404, 'not_found');
    expectProblem(await v.austausch(w.sessions.schulleitung, tr.id, { termin: termin(), version: current.version }), 403, 'forbidden');

    const when = termin(21);
    const byProvider = bodyOf<TransferDetail>(await v.austausch(w.sessions.nachbar, tr.id, { termin: when, ort: '  Rathaus Nachbarstadt, Raum 3  ', version: current.version }));
    expect(byProvider).toMatchObject({ phase: 'austausch', termin: when, ort: 'Rathaus Nachbarstadt, Raum 3', treffenId: null, version: current.version + 1 });
    const [entry] = await auditOf(t.database.db, 'transfer.exchange_arranged', tr.id);
    expect(entry).toMatchObject({ actorId: w.people.nachbar.user.id, before: { phase: 'vorbereitung' }, after: { phase: 'austausch' } });

    // The requester moves it into a meeting of the learning network.
    const treffen = await buildTreffen(t.database.db, w.lernnetzwerk.id, { titel: 'Lernnetzwerktreffen', beginn: inDays(28) });
    const moved = bodyOf<TransferDetail>(await v.austausch(w.sessions.koordination, tr.id, { termin: treffen.beginn.toISOString(), ort: null, treffenId: treffen.id, version: byProvider.version }));
    expect(moved).toMatchObject({ phase: 'austausch', termin: treffen.beginn.toISOString(), ort: null, treffenId: treffen.id, version: byProvider.version + 1, rolle: 'anfragend' });
    expect(expectProblem(await v.austausch(w.sessions.koordination, tr.id, { termin: termin(), version: byProvider.version }), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
  });

  it('lets only the requester record the follow-up, with the version seen', async () => {
    const current = await get(w.sessions.koordination, tr.id);
    expectProblem(await v.nachbereitung(w.sessions.nachbar, tr.id, { angepassteUmsetzung: umsetzung, version: current.version }), 403, 'forbidden');
    for (const s of [w.sessions.fern, w.sessions.dritt]) expectProblem(await v.nachbereitung(s, tr.id, { angepassteUmsetzung: umsetzung, version: current.version }), 404, 'not_found');
    expect(errorOn(expectProblem(await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: 'Wie dort.', version: current.version }), 400), 'angepassteUmsetzung').message).toBe(
      'Die angepasste Umsetzung muss mindestens 20 Zeichen lang sein.',
    );
    expect(expectProblem(await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: umsetzung, version: current.version - 1 }), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    expect((await get(w.sessions.koordination, tr.id)).phase).toBe('austausch');

    const done = bodyOf<TransferDetail>(
      await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: umsetzung, erfahrung: 'Die Eltern nehmen die Hausbesuche gut an; Dolmetscher früh einplanen.', version: current.version }),
    );
    expect(done).toMatchObject({ phase: 'abgeschlossen', angepassteUmsetzung: umsetzung, erfahrung: 'Die Eltern nehmen die Hausbesuche gut an; Dolmetscher früh einplanen.', version: current.version + 1 });
    expect(Date.now() - new Date(done.abgeschlossenAm!).getTime()).toBeLessThan(60_000);
    expect((await get(w.sessions.nachbar, tr.id)).phase).toBe('abgeschlossen');
    const [entry] = await auditOf(t.database.db, 'transfer.completed', tr.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, before: { phase: 'austausch' }, after: { phase: 'abgeschlossen' } });
  });

  it('adds the finished transfer\'s experience to the practice, for everyone reading it', async () => {
    for (const s of [w.sessions.fremd, w.sessions.lesend, w.sessions.nachbar]) {
      const p = bodyOf<PraxisDetail>(await v.praxis(s, praxis.id));
      expect(p.erfahrungen).toEqual([
        {
          transferId: tr.id,
          kommune: { id: w.musterstadt.id, name: 'Musterstadt' },
          angepassteUmsetzung: umsetzung,
          erfahrung: 'Die Eltern nehmen die Hausbesuche gut an; Dolmetscher früh einplanen.',
          abgeschlossenAm: expect.any(String),
        },
      ]);
    }
  });

  it('refuses every further step once finished (409)', async () => {
    const current = await get(w.sessions.koordination, tr.id);
    const message = 'Der Transfer ist beendet und kann nicht mehr geändert werden.';
    expect(expectProblem(await v.antworten(w.sessions.nachbar, tr.id, { antworten: [{ frageId: fragen[1]!.id, antwort: 'Spät.' }], version: current.version }), 409, 'conflict').detail).toBe(message);
    expect(expectProblem(await v.austausch(w.sessions.nachbar, tr.id, { termin: termin(), version: current.version }), 409).detail).toBe(message);
    expect(expectProblem(await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: umsetzung, version: current.version }), 409).detail).toBe(message);
    expect(expectProblem(await v.abbrechen(w.sessions.koordination, tr.id, current.version), 409).detail).toBe(message);
    expect(await get(w.sessions.koordination, tr.id)).toEqual(current);
  });
});

describe('the phase people see, and cancelling', () => {
  it('shows an exchange whose date has passed as follow-up', async () => {
    const tr = await request();
    const arranged = bodyOf<TransferDetail>(await v.austausch(w.sessions.koordination, tr.id, { termin: inDays(-1).toISOString(), ort: 'Videokonferenz', version: tr.version }));
    expect(arranged.phase).toBe('nachbereitung');
    expect(bodyOf<{ items: TransferDetail[] }>(await v.transfers(w.sessions.nachbar)).items.find((x) => x.id === tr.id)!.phase).toBe('nachbereitung');
    const done = bodyOf<TransferDetail>(await v.nachbereitung(w.sessions.koordination, tr.id, { angepassteUmsetzung: umsetzung, version: arranged.version }));
    expect(done).toMatchObject({ phase: 'abgeschlossen', erfahrung: null });
  });

  it('lets either side cancel; a cancelled transfer takes no further step and adds nothing to the practice', async () => {
    const a = await request();
    expect(expectProblem(await v.abbrechen(w.sessions.koordination, a.id, a.version + 1), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    for (const s of [w.sessions.fern, w.sessions.dritt]) expectProblem(await v.abbrechen(s, a.id, a.version), 404, 'not_found');
    expectProblem(await v.abbrechen(w.sessions.lesend, a.id, a.version), 403, 'forbidden');
    const byProvider = bodyOf<TransferDetail>(await v.abbrechen(w.sessions.nachbar, a.id, a.version));
    expect(byProvider).toMatchObject({ phase: 'abgebrochen', version: a.version + 1, abgeschlossenAm: null });
    const [entry] = await auditOf(t.database.db, 'transfer.cancelled', a.id);
    expect(entry).toMatchObject({ actorId: w.people.nachbar.user.id, before: { phase: 'vorbereitung' }, after: { phase: 'abgebrochen' } });
    expect(expectProblem(await v.antworten(w.sessions.nachbar, a.id, { antworten: [], version: byProvider.version }), 409).detail).toBe('Der Transfer ist beendet und kann nicht mehr geändert werden.');
    expectProblem(await v.austausch(w.sessions.koordination, a.id, { termin: termin(), version: byProvider.version }), 409, 'conflict');
    expectProblem(await v.abbrechen(w.sessions.koordination, a.id, byProvider.version), 409, 'conflict');

    const b = await request();
    expect(bodyOf<TransferDetail>(await v.abbrechen(w.sessions.koordination, b.id, b.version)).phase).toBe('abgebrochen');

    const p = bodyOf<PraxisDetail>(await v.praxis(w.sessions.koordination, praxis.id));
    expect(p.erfahrungen.map((e) => e.transferId)).not.toContain(a.id);
    expect(p.erfahrungen.map((e) => e.transferId)).not.toContain(b.id);
    expect(p.erfahrungen.every((e) => e.angepassteUmsetzung === umsetzung)).toBe(true);
  });
});
