import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UebergangBereich, Uebersicht } from '../../../../domain/transitions/round-contracts.js';
import { auditLog } from '../../../core/audit.schema.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { uebergangPaare, uebergangRunden } from '../transitions.schema.js';
import { children, leaverCsv, leaverHeader, leaverRow, registrationXlsx, roundLists, upload, utf8Csv, type Kind, type RoundLists } from './factories.js';
import {
  bodyOf,
  buildTransitionsWorld,
  CONFLICT_MESSAGE,
  expectProblem,
  fallWith,
  openRunde,
  rundeBody,
  uebergangApi,
  UNKNOWN_ID,
  uploadLists,
  type EigeneListe,
  type Fall,
  type FallDetail,
  type ListeBericht,
  type Pruefung,
  type Runde,
  type TransitionsWorld,
  type UebergangApi,
} from './support.js';

let t: TestApp;
let w: TransitionsWorld;
let v: UebergangApi;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildTransitionsWorld(t.app, t.database.db);
  v = uebergangApi(t.app);
});
afterAll(async () => t?.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const countRunden = async () => (await t.database.db.select({ id: uebergangRunden.id }).from(uebergangRunden)).length;
const auditOf = (action: string, entityId?: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(entityId ? and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)) : eq(auditLog.action, action));

const runde = async (s: Session, id: string) => bodyOf<Runde>(await v.runde(s, id));
const liste = async (s: Session, id: string, schuleId: string, art: 'abgang' | 'anmeldung') => bodyOf<EigeneListe>(await v.liste(s, id, schuleId, art));
const statusOf = (l: EigeneListe) => Object.fromEntries(l.items.map((i) => [i.kennung, i.status]));
const faelle = async (s: Session, id: string, query = '') => bodyOf<{ items: Fall[] }>(await v.faelle(s, id, query)).items;
const pruefungen = async (id: string, status: 'offen' | 'alle' = 'offen') => bodyOf<{ items: Pruefung[] }>(await v.pruefungen(w.sessions.koordination, id, status)).items;
/** Kennungen a case names, as the coordination sees them. */
const keysOf = (f: Fall) => f.eintraege.map((e) => e.person?.kennung);
const must = <T>(x: T | undefined, what: string): T => {
  expect(x, what).toBeDefined();
  return x!;
};

describe('opening a round', () => {
  it('offers the coordination its Kommune with all its schools, and nobody else anything', async () => {
    const items = bodyOf<{ items: UebergangBereich[] }>(await v.bereiche(w.sessions.koordination)).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.kommune).toEqual({ id: w.musterstadt.id, name: 'Musterstadt' });
    expect(items[0]!.schulen.map((s) => s.name)).toEqual(['Gesamtschule Eichenweg', 'Grundschule Am Anger', 'Grundschule Am Bach', 'Grundschule Dorfmitte', 'Gymnasium Am Wall']);
    expect(items[0]!.schulen.find((s) => s.id === w.schulen.x.id)).toEqual({ id: w.schulen.x.id, name: 'Gesamtschule Eichenweg', schulnummer: w.schulen.x.code!, schulform: 'Gesamtschule' });
    for (const s of [w.sessions.lesend, w.sessions.schulleitungA, w.sessions.admin, w.sessions.land]) expect(bodyOf<{ items: unknown[] }>(await v.bereiche(s)).items).toEqual([]);
    expectProblem(await v.bereiche(null), 401, 'unauthenticated');
  });

  it('opens a round with its schools on both sides, no lists and zero counts', async () => {
    const r = await openRunde(v, w, { bezeichnung: '  Übergang 4 → 5 Musterstadt  ', aufbewahrungTage: 45 });
    expect(r).toMatchObject({
      kommune: { id: w.musterstadt.id, name: 'Musterstadt' },
      bezeichnung: 'Übergang 4 → 5 Musterstadt',
      schuljahr: '2027/28',
      frist: inDays(30),
      aufbewahrungTage: 45,
      status: 'offen',
      abgeschlossenAm: null,
      loeschungAm: null,
      version: 1,
      rechte: { koordination: true, listen: [] },
      abgleich: null,
      zahlen: { abgaenge: 0, anmeldungen: 0, zugeordnet: 0, inPruefung: 0, faelleOffen: 0, faelleErledigt: 0, faelleNachArt: {}, erledigtNachGrund: {} },
    });
    const seiten = Object.fromEntries(r.schulen.map((s) => [s.name, s.seite]));
    expect(seiten).toEqual({ 'Grundschule Am Anger': 'abgebend', 'Grundschule Am Bach': 'abgebend', 'Gesamtschule Eichenweg': 'aufnehmend', 'Gymnasium Am Wall': 'aufnehmend' });
    expect(r.schulen.every((s) => s.liste === null && s.faelleOffen === 0)).toBe(true);
    expect(r.schulen.find((s) => s.id === w.schulen.y.id)).toMatchObject({ schulnummer: w.schulen.y.code, schulform: 'Gymnasium' });

    const [entry, ...more] = await auditOf('uebergang_runde.created', r.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, entityType: 'uebergang_runde', scopeId: w.musterstadt.id });
    expect(entry!.after).toMatchObject({ id: r.id, schuljahr: '2027/28', aufbewahrungTage: 45, abgebendeSchulen: [w.schulen.a.id, w.schulen.b.id], aufnehmendeSchulen: [w.schulen.x.id, w.schulen.y.id] });

    const listed = bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.koordination)).items;
    expect(listed.map((x) => x.id)).toContain(r.id);
  });

  it('lets a school be on both sides of a round', async () => {
    const r = await openRunde(v, w, { abgebendeSchulen: [w.schulen.x.id], aufnehmendeSchulen: [w.schulen.x.id] });
    expect(r.schulen.map((s) => `${s.name}:${s.seite}`).sort()).toEqual(['Gesamtschule Eichenweg:abgebend', 'Gesamtschule Eichenweg:aufnehmend']);
  });

  it.each([
    [{ schuljahr: '2027/29' }, 'schuljahr', 'Das Schuljahr muss zwei aufeinanderfolgende Jahre nennen, z. B. 2027/28.'],
    [{ schuljahr: '2027-28' }, 'schuljahr', 'Das Schuljahr bitte als 2027/28 angeben.'],
    [{ schuljahr: undefined }, 'schuljahr', 'Das Feld „schuljahr“ fehlt.'],
    [{ aufbewahrungTage: -1 }, 'aufbewahrungTage', 'Die Aufbewahrungsfrist darf nicht negativ sein.'],
    [{ aufbewahrungTage: 366 }, 'aufbewahrungTage', 'Die Aufbewahrungsfrist darf höchstens 365 Tage betragen.'],
    [{ aufbewahrungTage: 1.5 }, 'aufbewahrungTage', 'Die Aufbewahrungsfrist muss eine ganze Zahl von Tagen sein.'],
    [{ bezeichnung: ' Ü ' }, 'bezeichnung', 'Die Bezeichnung muss mindestens 3 Zeichen lang sein.'],
    [{ frist: '31.12.2027' }, 'frist', 'Datum im Format JJJJ-MM-TT angeben.'],
    [{ abgebendeSchulen: [] }, 'abgebendeSchulen', 'Bitte mindestens eine abgebende Schule wählen.'],
    [{ aufnehmendeSchulen: [] }, 'aufnehmendeSchulen', 'Bitte mindestens eine aufnehmende Schule wählen.'],
    [{ kommuneId: 'koeln' }, 'kommuneId', undefined],
    [{ extra: 1 }, 'extra', 'Unbekannte Felder: extra.'],
  ])('refuses %j naming the field', async (overrides, field, message) => {
    const before = await countRunden();
    const p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, overrides)), 400, 'validation_failed');
    const error = p.errors?.find((e) => e.field === field);
    expect(error, JSON.stringify(p.errors)).toBeDefined();
    if (message) expect(error!.message).toBe(message);
    expect(await countRunden()).toBe(before);
  });

  it('refuses schools outside the Kommune, unknown or chosen twice, naming the field path', async () => {
    const before = await countRunden();
    let p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { abgebendeSchulen: [w.schulen.a.id, w.schulen.n.id] })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'abgebendeSchulen.1', message: 'Die Schule „Realschule Nachbarstadt“ liegt nicht in Musterstadt.' }]);
    expect(p.detail).toBe('Die Schule „Realschule Nachbarstadt“ liegt nicht in Musterstadt.');
    p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { aufnehmendeSchulen: [w.schulen.x.id, UNKNOWN_ID] })), 400);
    expect(p.errors).toEqual([{ field: 'aufnehmendeSchulen.1', message: 'Diese Schule gibt es nicht.' }]);
    p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { aufnehmendeSchulen: [w.schulen.x.id, w.schulen.y.id, w.schulen.x.id] })), 400);
    expect(p.errors).toEqual([{ field: 'aufnehmendeSchulen.2', message: 'Die Schule „Gesamtschule Eichenweg“ ist doppelt gewählt.' }]);
    // Every wrong school is named at once, on both sides.
    p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { abgebendeSchulen: [w.schulen.f.id], aufnehmendeSchulen: [w.schulen.y.id, w.schulen.n.id] })), 400);
    expect(p.errors!.map((e) => e.field)).toEqual(['abgebendeSchulen.0', 'aufnehmendeSchulen.1']);
    expect(p.errors![0]!.message).toBe('Die Schule „Grundschule Fremd“ liegt nicht in Musterstadt.');
    expect(await countRunden()).toBe(before);
  });

  it('refuses a deadline in the past', async () => {
    const p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { frist: inDays(-1) })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'frist', message: 'Die Frist darf nicht in der Vergangenheit liegen.' }]);
  });

  it('refuses an unknown Kommune, and Kommunen the caller does not coordinate', async () => {
    const before = await countRunden();
    const p = expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { kommuneId: UNKNOWN_ID })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'kommuneId', message: 'Diese Kommune gibt es nicht.' }]);
    // A school id is no Kommune.
    expect(expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { kommuneId: w.schulen.a.id })), 400).errors).toEqual([{ field: 'kommuneId', message: 'Diese Kommune gibt es nicht.' }]);
    expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { kommuneId: w.nachbarstadt.id, abgebendeSchulen: [w.schulen.n.id], aufnehmendeSchulen: [w.schulen.n.id] })), 403, 'forbidden');
    expectProblem(await v.create(w.sessions.koordination, rundeBody(w, { kommuneId: w.fremdstadt.id, abgebendeSchulen: [w.schulen.f.id], aufnehmendeSchulen: [w.schulen.f.id] })), 403, 'forbidden');
    expect(await countRunden()).toBe(before);
  });

  it('lets only the coordination of the Kommune open rounds', async () => {
    const before = await countRunden();
    for (const s of [w.sessions.schulleitungA, w.sessions.lesend, w.sessions.admin, w.sessions.land, w.sessions.fachkraftA, w.sessions.nachbar, w.sessions.fremd]) {
      expect(expectProblem(await v.create(s, rundeBody(w)), 403, 'forbidden').detail).toBe('Sie haben keine Berechtigung für diese Aktion.');
    }
    expectProblem(await v.create(null, rundeBody(w)), 401, 'unauthenticated');
    expect(await countRunden()).toBe(before);
  });
});

describe('uploading lists', () => {
  let r: Runde;
  let firstUpload: EigeneListe;
  const umlautKinder = (): Kind[] => [
    { kennung: 'U-1', nachname: 'Müller', vorname: 'Jürgen', geburtsdatum: '2014-12-31', geschlecht: 'männlich', klasse: '4c', strasse: 'Weißdornstraße 3', plz: '50667', ort: 'Köln', zielschule: w.schulen.x.code! },
    { kennung: 'U-2', nachname: 'Özdemir', vorname: 'Zoë', geburtsdatum: '2014-12-31', geschlecht: 'w', klasse: '4c', strasse: 'Äußere Kanalstraße 12', plz: '50827', ort: 'Köln', zielschule: 'gymnasium am wall' },
    { kennung: 'U-3', nachname: 'Groß', vorname: 'Dörte', geburtsdatum: '2014-12-31', geschlecht: '', klasse: '4c', zielschule: 'Privatschule Sonnenhof' },
  ];

  beforeAll(async () => {
    r = await openRunde(v, w);
  });

  it('reads a semicolon CSV in Windows-1252 with umlauts and dates as 31.12.2014, 2014-12-31 and 20141231', async () => {
    const bytes = leaverCsv(umlautKinder());
    // Really Windows-1252: "ü" is one byte (0xFC), which is no valid UTF-8.
    expect(bytes.includes(Buffer.from([0xfc]))).toBe(true);
    expect(bytes.toString('latin1')).toContain('U-1;Müller;Jürgen;31.12.2014;');
    expect(bytes.toString('latin1')).toContain('U-2;Özdemir;Zoë;2014-12-31;');
    expect(bytes.toString('latin1')).toContain('U-3;Groß;Dörte;20141231;');
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', bytes)));
    expect(report).toMatchObject({ ok: true, dryRun: false, zeilen: 3, fehlendeFelder: [], issues: [], ersetzt: null });
    expect(report.spalten).toEqual([
      { name: 'Schüler-ID', feld: 'id' },
      { name: 'Familienname', feld: 'nachname' },
      { name: 'Rufname', feld: 'vorname' },
      { name: 'Geb.-Datum', feld: 'geburtsdatum' },
      { name: 'Geschlecht', feld: 'geschlecht' },
      { name: 'Klasse', feld: 'klasse' },
      { name: 'Straße', feld: 'strasse' },
      { name: 'PLZ', feld: 'plz' },
      { name: 'Wohnort', feld: 'ort' },
      { name: 'Aufnehmende Schule', feld: 'zielschule' },
    ]);
    // An expected school outside the round is a hint, not an error.
    expect(report.hinweise).toHaveLength(1);
    expect(report.hinweise[0]).toMatchObject({ row: 4, message: '„Privatschule Sonnenhof“ ist keine aufnehmende Schule dieser Runde; das Kind wird trotzdem gesucht.' });

    firstUpload = await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang');
    expect(firstUpload.schule).toEqual({ id: w.schulen.a.id, name: 'Grundschule Am Anger' });
    expect(firstUpload.art).toBe('abgang');
    expect(firstUpload.hochgeladenAm).not.toBeNull();
    expect(firstUpload.items.map((i) => [i.kennung, i.nachname, i.vorname, i.geburtsdatum, i.geschlecht, i.status])).toEqual([
      ['U-1', 'Müller', 'Jürgen', '2014-12-31', 'm', 'nicht-abgeglichen'],
      ['U-2', 'Özdemir', 'Zoë', '2014-12-31', 'w', 'nicht-abgeglichen'],
      ['U-3', 'Groß', 'Dörte', '2014-12-31', null, 'nicht-abgeglichen'],
    ]);
    expect(firstUpload.items[0]).toMatchObject({ klasse: '4c', strasse: 'Weißdornstraße 3', plz: '50667', ort: 'Köln', zielschule: w.schulen.x.code!, zielschuleRef: { id: w.schulen.x.id, name: 'Gesamtschule Eichenweg' } });
    // The expected school is found by Schulnummer or by name (case does not matter), else kept as text.
    expect(firstUpload.items[1]).toMatchObject({ strasse: 'Äußere Kanalstraße 12', zielschule: 'gymnasium am wall', zielschuleRef: { id: w.schulen.y.id, name: 'Gymnasium Am Wall' } });
    expect(firstUpload.items[2]).toMatchObject({ strasse: null, zielschule: 'Privatschule Sonnenhof', zielschuleRef: null });

    const round = await runde(w.sessions.koordination, r.id);
    expect(round.schulen.find((s) => s.id === w.schulen.a.id)!.liste).toEqual({ eintraege: 3, hochgeladenAm: firstUpload.hochgeladenAm });
    expect(round.zahlen).toMatchObject({ abgaenge: 3, anmeldungen: 0 });
    const [entry] = await auditOf('uebergang_liste.stored');
    expect(entry).toMatchObject({ actorId: w.people.schulleitungA.user.id, entityType: 'uebergang_liste', scopeId: w.schulen.a.id });
    expect(entry!.after).toEqual({ rundeId: r.id, schuleId: w.schulen.a.id, art: 'abgang', eintraege: 3, ersetzt: null });
  });

  it('names the column of a hint by its header, as it does for errors', async () => {
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(umlautKinder()), { dryRun: true })));
    expect(report.hinweise.map((h) => [h.row, h.column])).toEqual([[4, 'Aufnehmende Schule']]);
  });

  it('names the spreadsheet row of a hint also after a blank line, as it does for errors', async () => {
    const [one, , three] = umlautKinder();
    const rows = [leaverRow(one!), [], leaverRow(three!)];
    // Errors count the blank line (row 4) …
    const broken = [leaverRow(one!), [], leaverRow({ ...three!, geburtsdatum: null })];
    broken[2]![3] = '30.02.2014';
    const error = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, broken), { dryRun: true })));
    expect(error.issues.map((i) => i.row)).toEqual([4]);
    // … and so must the hint on the same row.
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, rows), { dryRun: true })));
    expect(report).toMatchObject({ ok: true, zeilen: 2 });
    expect(report.hinweise.map((h) => h.row)).toEqual([4]);
  });

  it('reads an XLSX with date cells', async () => {
    const kinder: Kind[] = [
      { kennung: 'X-1', nachname: 'Weiß', vorname: 'Ömer', geburtsdatum: '2014-01-09', geschlecht: 'm', strasse: 'Rhönweg 1', plz: '50667', ort: 'Köln' },
      { kennung: 'X-2', nachname: 'Nguyen', vorname: 'Linh', geburtsdatum: '2015-02-28', geschlecht: 'w' },
    ];
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung', upload('xlsx', await registrationXlsx(kinder))));
    expect(report).toMatchObject({ ok: true, zeilen: 2, issues: [], hinweise: [], ersetzt: null });
    const l = await liste(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung');
    expect(l.items.map((i) => [i.kennung, i.nachname, i.vorname, i.geburtsdatum, i.strasse, i.zielschule])).toEqual([
      ['X-1', 'Weiß', 'Ömer', '2014-01-09', 'Rhönweg 1', null],
      ['X-2', 'Nguyen', 'Linh', '2015-02-28', null, null],
    ]);
  });

  it('stores nothing from a file with errors, naming row and column of each', async () => {
    const rows = [leaverRow({ kennung: 'U-1', nachname: 'Müller', vorname: 'Jürgen', geburtsdatum: '2014-12-31' }), leaverRow({ kennung: 'U-2', nachname: 'Özdemir', vorname: 'Zoë', geburtsdatum: null }), leaverRow({ kennung: 'U-1', nachname: 'Groß', vorname: 'Dörte', geburtsdatum: '2014-12-31' })];
    rows[1]![3] = '31.02.2014';
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, rows))));
    expect(report).toMatchObject({ ok: false, dryRun: false, zeilen: 3, ersetzt: null });
    expect(report.issues).toEqual([
      { row: 3, column: 'Geb.-Datum', message: '„31.02.2014“ ist kein gültiger Kalendertag.' },
      { row: 4, column: 'Schüler-ID', message: 'Die Kennung „U-1“ steht schon in Zeile 2; jede Kennung darf nur einmal vorkommen.' },
    ]);
    // The list is still the one uploaded before.
    expect(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).toEqual(firstUpload);
    expect((await runde(w.sessions.koordination, r.id)).schulen.find((s) => s.id === w.schulen.a.id)!.liste!.eintraege).toBe(3);

    const other = [leaverRow({ kennung: 'U-9', nachname: 'Kaya', vorname: 'Elif', geburtsdatum: null })];
    other[0]![3] = '2014/12/31';
    other[0]![7] = '5066A';
    const second = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, other))));
    expect(second.issues).toEqual([
      { row: 2, column: 'Geb.-Datum', message: '„2014/12/31“ ist kein Datum; erwartet wird z. B. 31.12.2014, 2014-12-31 oder 20141231.' },
      { row: 2, column: 'PLZ', message: '„5066A“ ist keine Postleitzahl.' },
    ]);
    expect(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).toEqual(firstUpload);
  });

  it('asks for the fields of unfamiliar headers, and takes the file with a column mapping', async () => {
    const header = ['Code', 'Nachname des Kindes', 'Vorname des Kindes', 'Tag der Geburt', 'Bemerkung'];
    const rows = [
      ['B-1', 'Schäfer', 'Till', '03.03.2014', 'Allergie'],
      ['B-2', 'Yılmaz', 'Elif', '2014-10-01', ''],
    ];
    const file = upload('csv', utf8Csv(header, rows));
    const first = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang', file));
    expect(first).toMatchObject({ ok: false, zeilen: 2, fehlendeFelder: ['id', 'nachname', 'vorname', 'geburtsdatum'] });
    expect(first.spalten).toEqual(header.map((name) => ({ name, feld: null })));
    expect(first.issues[0]!.message).toBe('Die Spalte „id“ fehlt in der Kopfzeile (erkannt werden z. B. id, Kennung, Schüler-ID; gefunden: „Code“, „Nachname des Kindes“, „Vorname des Kindes“, „Tag der Geburt“, „Bemerkung“).');
    expect(bodyOf<EigeneListe>(await v.liste(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang'))).toMatchObject({ hochgeladenAm: null, items: [] });

    const spalten = { Code: 'id', 'Nachname des Kindes': 'nachname', 'Vorname des Kindes': 'vorname', 'Tag der Geburt': 'geburtsdatum', Bemerkung: '' };
    const mapped = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang', { ...file, spalten }));
    expect(mapped).toMatchObject({ ok: true, fehlendeFelder: [], issues: [], ersetzt: null });
    expect(mapped.spalten).toEqual([
      { name: 'Code', feld: 'id' },
      { name: 'Nachname des Kindes', feld: 'nachname' },
      { name: 'Vorname des Kindes', feld: 'vorname' },
      { name: 'Tag der Geburt', feld: 'geburtsdatum' },
      { name: 'Bemerkung', feld: null },
    ]);
    const l = await liste(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang');
    expect(l.items.map((i) => [i.kennung, i.nachname, i.vorname, i.geburtsdatum])).toEqual([
      ['B-1', 'Schäfer', 'Till', '2014-03-03'],
      ['B-2', 'Yılmaz', 'Elif', '2014-10-01'],
    ]);

    const p = expectProblem(await v.upload(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang', { ...file, spalten: { Code: 'kennnummer' } }), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'spalten.Code', message: 'Unbekanntes Feld in der Spaltenzuordnung.' }]);
  });

  it('replaces the list on a new upload and says how many entries it replaced', async () => {
    const kinder: Kind[] = [
      { kennung: 'N-1', nachname: 'Becker', vorname: 'Lukas', geburtsdatum: '2014-05-05' },
      { kennung: 'N-2', nachname: 'Wagner', vorname: 'Lea', geburtsdatum: '2014-06-06' },
    ];
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(kinder))));
    expect(report).toMatchObject({ ok: true, zeilen: 2, ersetzt: 3 });
    const l = await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang');
    expect(l.items.map((i) => i.kennung)).toEqual(['N-1', 'N-2']);
    expect(l.items.map((i) => i.id)).not.toContain(firstUpload.items[0]!.id);
    const round = await runde(w.sessions.koordination, r.id);
    expect(round.schulen.find((s) => s.id === w.schulen.a.id)!.liste!.eintraege).toBe(2);
    expect(round.zahlen.abgaenge).toBe(4);
    const [entry] = (await auditOf('uebergang_liste.stored')).filter((e) => (e.after as { ersetzt: number | null }).ersetzt === 3);
    expect(entry!.after).toMatchObject({ eintraege: 2, ersetzt: 3 });
  });

  it('checks without storing anything on a dry run', async () => {
    const before = await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang');
    const audits = (await auditOf('uebergang_liste.stored')).length;
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(umlautKinder()), { dryRun: true })));
    expect(report).toMatchObject({ ok: true, dryRun: true, zeilen: 3, issues: [], ersetzt: null });
    expect(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).toEqual(before);
    expect((await runde(w.sessions.koordination, r.id)).schulen.find((s) => s.id === w.schulen.a.id)!.liste!.eintraege).toBe(2);
    expect(await auditOf('uebergang_liste.stored')).toHaveLength(audits);
  });

  it('reports files of the wrong kind, empty lists and broken requests in German', async () => {
    const xlsx = await registrationXlsx([{ kennung: 'X-1', nachname: 'Weiß', vorname: 'Ömer', geburtsdatum: '2014-01-09' }]);
    let report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', xlsx)));
    expect(report).toMatchObject({ ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist eine Excel-Datei (XLSX), keine CSV-Datei. Bitte als XLSX einlesen.' }] });
    report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('xlsx', leaverCsv(umlautKinder()))));
    expect(report.issues).toEqual([{ row: 1, column: '', message: 'Die Datei ist keine Excel-Datei (XLSX). CSV-Dateien bitte als CSV einlesen.' }]);
    report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, []))));
    expect(report).toMatchObject({ ok: false, zeilen: 0, issues: [{ row: 2, column: '', message: 'Die Abgangsliste enthält keine Kinder.' }] });
    expect((await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).items).toHaveLength(2);

    let p = expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', { format: 'csv', content: 'kein base64!' }), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'content', message: 'Der Inhalt muss base64-kodiert sein.' }]);
    p = expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', { format: 'ods', content: 'AAAA' }), 400);
    expect(p.errors).toEqual([{ field: 'format', message: 'Das Format muss csv oder xlsx sein.' }]);
    p = expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'zeugnis' as never, upload('csv', leaverCsv(umlautKinder()))), 400);
    expect(p.errors).toEqual([{ field: 'art', message: 'Die Art der Liste muss abgang oder anmeldung sein.' }]);
  });

  it('takes a list only from the leadership of the school, for its side of the round', async () => {
    const file = upload('csv', leaverCsv(umlautKinder()));
    // Another school of the round, the wrong side, the coordination, the staff of the school.
    expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.b.id, 'abgang', file), 403, 'forbidden');
    expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'anmeldung', file), 403, 'forbidden');
    expectProblem(await v.upload(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'abgang', file), 403, 'forbidden');
    expectProblem(await v.upload(w.sessions.koordination, r.id, w.schulen.a.id, 'abgang', file), 403, 'forbidden');
    expectProblem(await v.upload(w.sessions.fachkraftA, r.id, w.schulen.a.id, 'abgang', file), 403, 'forbidden');
    // A school outside the round does not even learn that it exists.
    expect(expectProblem(await v.upload(w.sessions.schulleitungC, r.id, w.schulen.c.id, 'abgang', file), 404, 'not_found').detail).toBe('Die Übergangsrunde wurde nicht gefunden.');
    expectProblem(await v.upload(w.sessions.schulleitungA, UNKNOWN_ID, w.schulen.a.id, 'abgang', file), 404);
    expectProblem(await v.upload(null, r.id, w.schulen.a.id, 'abgang', file), 401);
    expect((await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).items.map((i) => i.kennung)).toEqual(['N-1', 'N-2']);
  });

  it('takes files above the usual request size, and refuses files above 10 MB in German', async () => {
    const many: Kind[] = Array.from({ length: 15_000 }, (_, i) => ({ kennung: `G-${i}`, nachname: `Groß${i}`, vorname: 'Dörte', geburtsdatum: '2014-12-31', strasse: `Lange Straße ${i}`, plz: '50667', ort: 'Köln', klasse: '4d', zielschule: 'Gymnasium Am Wall' }));
    const big = leaverCsv(many);
    expect(big.length).toBeGreaterThan(1_048_576);
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', big, { dryRun: true })));
    expect(report).toMatchObject({ ok: true, zeilen: 15_000, issues: [] });
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const refused = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', tooBig)));
    expect(refused).toMatchObject({ ok: false, issues: [{ row: 1, column: '', message: 'Die Datei ist größer als 10 MB.' }] });
    expect((await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).items.map((i) => i.kennung)).toEqual(['N-1', 'N-2']);
  });

  it('matches short lists, and a school without a list simply has no children yet', async () => {
    // A and B hand over two children each, X registered two others, Y has not uploaded.
    const res = bodyOf<{ paare: number; faelleNeu: number; zahlen: Runde['zahlen'] }>(await v.abgleich(w.sessions.koordination, r.id));
    expect(res).toMatchObject({ paare: 0, faelleNeu: 6, zahlen: { abgaenge: 4, anmeldungen: 2, zugeordnet: 0, faelleOffen: 6 } });
    const items = await faelle(w.sessions.koordination, r.id);
    expect(items.map((f) => `${f.art}:${keysOf(f).join()}`).sort()).toEqual(['ohne-abgang:X-1', 'ohne-abgang:X-2', 'unversorgt:B-1', 'unversorgt:B-2', 'unversorgt:N-1', 'unversorgt:N-2']);
    expect((await liste(w.sessions.schulleitungY, r.id, w.schulen.y.id, 'anmeldung'))).toMatchObject({ hochgeladenAm: null, items: [] });
  });
});

describe('matching, review and cases', () => {
  let r: Runde;
  let lists: RoundLists;
  let paar: Pruefung;
  let zugeordnetVorher: number;

  beforeAll(async () => {
    r = await openRunde(v, w);
    // The leaver lists name X by its Schulnummer and Y by its name.
    lists = roundLists(w.schulen.x.code!, 'Gymnasium Am Wall');
    await uploadLists(v, w, r.id, lists);
  });

  it('shows every list as not yet matched before the first run', async () => {
    const round = await runde(w.sessions.koordination, r.id);
    expect(round.abgleich).toBeNull();
    expect(round.zahlen).toMatchObject({ abgaenge: 21, anmeldungen: 22, zugeordnet: 0, inPruefung: 0, faelleOffen: 0 });
    expect(round.schulen.map((s) => [s.name, s.liste?.eintraege])).toEqual(
      expect.arrayContaining([
        ['Grundschule Am Anger', 11],
        ['Grundschule Am Bach', 10],
        ['Gesamtschule Eichenweg', 11],
        ['Gymnasium Am Wall', 11],
      ]),
    );
    const a = await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang');
    expect(new Set(a.items.map((i) => i.status))).toEqual(new Set(['nicht-abgeglichen']));
    expect(await faelle(w.sessions.koordination, r.id)).toEqual([]);
  });

  it('links the lists and opens a case for each discrepancy', async () => {
    const res = bodyOf<{ am: string; paare: number; treffer: number; pruefungen: number; faelleNeu: number; faelleEntfallen: number; zahlen: Runde['zahlen'] }>(await v.abgleich(w.sessions.koordination, r.id));
    // 16 unrelated children, the certain one and the one at two schools (two pairs) and the one elsewhere: 20 matches; one pair to review.
    expect(res).toMatchObject({ paare: 21, treffer: 20, pruefungen: 1, faelleEntfallen: 0 });
    expect(res.zahlen).toMatchObject({ abgaenge: 21, anmeldungen: 22, zugeordnet: 19, inPruefung: 1 });
    expect(Date.now() - new Date(res.am).getTime()).toBeLessThan(60_000);

    const items = await faelle(w.sessions.koordination, r.id);
    expect(res.faelleNeu).toBe(items.length);
    expect(res.zahlen.faelleOffen).toBe(items.length);
    const unversorgt = must(fallWith(items, 'unversorgt', 'A-WEG'), 'unversorgt case');
    expect(unversorgt).toMatchObject({ status: 'offen', zugewiesen: { id: w.schulen.a.id, name: 'Grundschule Am Anger' }, grund: null, notiz: null, erledigtAm: null, kommentarAnzahl: 0, version: 1 });
    expect(unversorgt.eintraege).toEqual([{ art: 'abgang', schule: { id: w.schulen.a.id, name: 'Grundschule Am Anger' }, person: expect.objectContaining({ kennung: 'A-WEG', nachname: 'Oberhuber', vorname: 'Theodora', geburtsdatum: '2014-02-19' }) }]);
    const ohneAbgang = must(fallWith(items, 'ohne-abgang', 'Y-NEU'), 'ohne-abgang case');
    expect(ohneAbgang.zugewiesen).toEqual({ id: w.schulen.y.id, name: 'Gymnasium Am Wall' });
    const mehrfach = must(fallWith(items, 'mehrfach', 'B-ZWEI'), 'mehrfach case');
    expect(mehrfach.zugewiesen).toBeNull();
    expect(mehrfach.eintraege.map((e) => [e.art, e.schule.id, e.person?.kennung])).toEqual([
      ['abgang', w.schulen.b.id, 'B-ZWEI'],
      ...[
        ['anmeldung', w.schulen.x.id, 'X-ZWEI'],
        ['anmeldung', w.schulen.y.id, 'Y-ZWEI'],
      ].sort((p, q) => `${p[1]}:anmeldung:${p[2]}`.localeCompare(`${q[1]}:anmeldung:${q[2]}`)),
    ]);
    const anders = must(
      items.find((f) => f.art === 'andere-schule' && keysOf(f).includes('B-ANDERS')),
      'andere-schule case',
    );
    expect(keysOf(anders)).toEqual(['B-ANDERS', 'Y-ANDERS']);
    expect(anders.zugewiesen).toEqual({ id: w.schulen.b.id, name: 'Grundschule Am Bach' });
    // Nobody who was found (or whose pair waits for review) is a case.
    const named = new Set(items.flatMap(keysOf));
    expect([...named].sort()).toEqual(['A-WEG', 'B-ANDERS', 'B-ZWEI', 'X-ZWEI', 'Y-ANDERS', 'Y-NEU', 'Y-ZWEI']);
    expect(items.every((f) => f.eintraege.every((e) => e.person !== null))).toBe(true);

    const [entry] = await auditOf('uebergang_runde.matched', r.id);
    expect(entry!.after).toMatchObject({ paare: 21, treffer: 20, pruefungen: 1, faelleEntfallen: 0 });
    zugeordnetVorher = res.zahlen.zugeordnet;
  });

  it('tells each school the status of each child on its list', async () => {
    const round = await runde(w.sessions.koordination, r.id);
    expect(round.abgleich).toMatchObject({ veraltet: false });
    expect(round.schulen.find((s) => s.id === w.schulen.a.id)!.faelleOffen).toBe(1);
    const a = statusOf(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang'));
    expect(a).toMatchObject({ 'A-SICHER': 'angemeldet', 'A-WEG': 'unversorgt', 'A-PRUEF': 'in-pruefung', 'A-100': 'angemeldet' });
    const b = statusOf(await liste(w.sessions.schulleitungB, r.id, w.schulen.b.id, 'abgang'));
    expect(b).toMatchObject({ 'B-ZWEI': 'mehrfach', 'B-ANDERS': 'angemeldet', 'B-100': 'angemeldet' });
    const x = statusOf(await liste(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung'));
    expect(x).toMatchObject({ 'X-SICHER': 'zugeordnet', 'X-PRUEF': 'in-pruefung', 'X-ZWEI': 'zugeordnet' });
    const y = statusOf(await liste(w.sessions.schulleitungY, r.id, w.schulen.y.id, 'anmeldung'));
    expect(y).toMatchObject({ 'Y-NEU': 'ohne-abgang', 'Y-ZWEI': 'zugeordnet', 'Y-ANDERS': 'zugeordnet' });
  });

  it('proposes the uncertain pair for review, with each field compared', async () => {
    const items = await pruefungen(r.id);
    expect(items).toHaveLength(1);
    paar = items[0]!;
    expect(paar).toMatchObject({
      status: 'offen',
      entschiedenAm: null,
      abgang: { kennung: 'A-PRUEF', nachname: 'Pohlmann', vorname: 'Marie', geburtsdatum: '2014-07-07', schule: { id: w.schulen.a.id, name: 'Grundschule Am Anger' }, zielschuleRef: { id: w.schulen.x.id } },
      anmeldung: { kennung: 'X-PRUEF', nachname: 'Pohl', vorname: 'Maria', geburtsdatum: '2014-07-17', schule: { id: w.schulen.x.id, name: 'Gesamtschule Eichenweg' } },
    });
    expect(paar.wahrscheinlichkeit).toBeGreaterThanOrEqual(0.2);
    expect(paar.wahrscheinlichkeit).toBeLessThan(0.9);
    expect(paar.felder.map((f) => f.label)).toEqual(expect.arrayContaining(['Nachname', 'Vorname', 'Geburtsdatum']));
    expect(paar.felder.find((f) => f.feld === 'zielschule')).toMatchObject({ stufe: 'angemeldet an der erwarteten Schule' });
    expect(await pruefungen(r.id, 'alle')).toEqual(items);
  });

  it('refuses unknown decisions, unknown pairs and certain pairs', async () => {
    let p = expectProblem(await v.decide(w.sessions.koordination, r.id, paar.id, 'vielleicht'), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'entscheidung', message: 'Die Entscheidung muss bestaetigt oder abgelehnt sein.' }]);
    p = expectProblem(await v.decide(w.sessions.koordination, r.id, UNKNOWN_ID, 'bestaetigt'), 404, 'not_found');
    expect(p.detail).toBe('Das Paar wurde nicht gefunden.');
    const [sure] = await t.database.db
      .select({ id: uebergangPaare.id })
      .from(uebergangPaare)
      .where(and(eq(uebergangPaare.rundeId, r.id), eq(uebergangPaare.vorschlag, 'match')));
    p = expectProblem(await v.decide(w.sessions.koordination, r.id, sure!.id, 'abgelehnt'), 409, 'conflict');
    expect(p.detail).toBe('Dieses Paar ist sicher zugeordnet und wird nicht geprüft.');
    for (const s of [w.sessions.schulleitungA, w.sessions.schulleitungX, w.sessions.lesend]) expectProblem(await v.decide(s, r.id, paar.id, 'bestaetigt'), 403);
    expect((await pruefungen(r.id))[0]!.status).toBe('offen');
  });

  it('a rejected pair makes the leaver unversorgt and the registration one without leaver', async () => {
    const decided = bodyOf<Pruefung>(await v.decide(w.sessions.koordination, r.id, paar.id, 'abgelehnt'));
    expect(decided).toMatchObject({ id: paar.id, status: 'abgelehnt', abgang: { kennung: 'A-PRUEF' }, anmeldung: { kennung: 'X-PRUEF' } });
    expect(decided.entschiedenAm).not.toBeNull();
    expect(await pruefungen(r.id)).toEqual([]);
    expect((await pruefungen(r.id, 'alle')).map((p) => p.status)).toEqual(['abgelehnt']);

    const items = await faelle(w.sessions.koordination, r.id);
    expect(must(fallWith(items, 'unversorgt', 'A-PRUEF'), 'unversorgt A-PRUEF').zugewiesen?.id).toBe(w.schulen.a.id);
    expect(must(fallWith(items, 'ohne-abgang', 'X-PRUEF'), 'ohne-abgang X-PRUEF').zugewiesen?.id).toBe(w.schulen.x.id);
    expect(statusOf(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang'))['A-PRUEF']).toBe('unversorgt');
    expect(statusOf(await liste(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung'))['X-PRUEF']).toBe('ohne-abgang');
    expect((await runde(w.sessions.koordination, r.id)).zahlen).toMatchObject({ zugeordnet: zugeordnetVorher, inPruefung: 0 });

    const [entry] = await auditOf('uebergang_paar.decided', paar.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, entityType: 'uebergang_paar', scopeId: w.musterstadt.id });
    expect(entry!.after).toMatchObject({ entscheidung: 'abgelehnt' });
  });

  it('a confirmed pair counts the leaver as found, and the cases of both children drop', async () => {
    const decided = bodyOf<Pruefung>(await v.decide(w.sessions.koordination, r.id, paar.id, 'bestaetigt'));
    expect(decided.status).toBe('bestaetigt');
    const open = await faelle(w.sessions.koordination, r.id);
    expect(fallWith(open, 'unversorgt', 'A-PRUEF')).toBeUndefined();
    expect(fallWith(open, 'ohne-abgang', 'X-PRUEF')).toBeUndefined();
    const dropped = await faelle(w.sessions.koordination, r.id, '?status=entfallen');
    expect(must(fallWith(dropped, 'unversorgt', 'A-PRUEF'), 'dropped unversorgt').status).toBe('entfallen');
    expect(must(fallWith(dropped, 'ohne-abgang', 'X-PRUEF'), 'dropped ohne-abgang').status).toBe('entfallen');
    expect(statusOf(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang'))['A-PRUEF']).toBe('angemeldet');
    expect(statusOf(await liste(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung'))['X-PRUEF']).toBe('zugeordnet');
    const round = await runde(w.sessions.koordination, r.id);
    expect(round.zahlen).toMatchObject({ zugeordnet: zugeordnetVorher + 1, inPruefung: 0, faelleOffen: open.length });
    expect((await pruefungen(r.id, 'alle')).map((p) => p.status)).toEqual(['bestaetigt']);
  });

  describe('working on cases', () => {
    let mehrfach: Fall;

    it('assigns a case to a school with the version the coordination saw', async () => {
      mehrfach = must(fallWith(await faelle(w.sessions.koordination, r.id), 'mehrfach', 'B-ZWEI'), 'mehrfach case');
      const detail = bodyOf<FallDetail>(await v.fall(w.sessions.koordination, r.id, mehrfach.id));
      expect(detail).toMatchObject({ id: mehrfach.id, darfZuweisen: true, darfErledigen: true, kommentare: [] });
      expect(detail.schulen.map((s) => s.name).sort()).toEqual(['Gesamtschule Eichenweg', 'Grundschule Am Anger', 'Grundschule Am Bach', 'Gymnasium Am Wall']);

      const assigned = bodyOf<FallDetail>(await v.assign(w.sessions.koordination, r.id, mehrfach.id, w.schulen.x.id, mehrfach.version));
      expect(assigned.zugewiesen).toEqual({ id: w.schulen.x.id, name: 'Gesamtschule Eichenweg' });
      expect(assigned.version).toBe(mehrfach.version + 1);
      const [entry] = await auditOf('uebergang_fall.assigned', mehrfach.id);
      expect(entry).toMatchObject({ before: { zugewiesenAn: null }, after: { zugewiesenAn: w.schulen.x.id } });

      // The version the coordination saw before is stale now.
      expect(expectProblem(await v.assign(w.sessions.koordination, r.id, mehrfach.id, w.schulen.y.id, mehrfach.version), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
      const p = expectProblem(await v.assign(w.sessions.koordination, r.id, mehrfach.id, w.schulen.c.id, assigned.version), 400, 'validation_failed');
      expect(p.errors).toEqual([{ field: 'schuleId', message: 'Diese Schule nimmt an der Runde nicht teil.' }]);
      expectProblem(await v.assign(w.sessions.schulleitungX, r.id, mehrfach.id, w.schulen.y.id, assigned.version), 403, 'forbidden');
      expectProblem(await v.assign(w.sessions.koordination, r.id, UNKNOWN_ID, w.schulen.y.id, 1), 404, 'not_found');
      mehrfach = assigned;
    });

    it('shows a school only the cases assigned to it, and names only from its own lists', async () => {
      const x = await faelle(w.sessions.schulleitungX, r.id);
      expect(x.map((f) => f.id)).toEqual([mehrfach.id]);
      expect(x[0]!.eintraege.map((e) => [e.schule.name, e.person?.kennung ?? null])).toEqual(
        expect.arrayContaining([
          ['Grundschule Am Bach', null],
          ['Gesamtschule Eichenweg', 'X-ZWEI'],
          ['Gymnasium Am Wall', null],
        ]),
      );
      expect(JSON.stringify(x)).toContain(children.zwei.nachname);
      const detail = bodyOf<FallDetail>(await v.fall(w.sessions.schulleitungX, r.id, mehrfach.id));
      expect(detail).toMatchObject({ darfZuweisen: false, darfErledigen: true, schulen: [] });

      const a = await faelle(w.sessions.schulleitungA, r.id);
      expect(a.map((f) => [f.art, keysOf(f)])).toEqual([['unversorgt', ['A-WEG']]]);
      const b = await faelle(w.sessions.schulleitungB, r.id);
      const anders = must(
        b.find((f) => f.art === 'andere-schule' && f.eintraege[0]!.person?.kennung === 'B-ANDERS'),
        'andere-schule at B',
      );
      expect(anders.eintraege.map((e) => [e.art, e.schule.id, e.person?.nachname ?? null])).toEqual([
        ['abgang', w.schulen.b.id, 'Lindqvist'],
        ['anmeldung', w.schulen.y.id, null],
      ]);
      expect(b.every((f) => f.zugewiesen?.id === w.schulen.b.id)).toBe(true);
      expect(JSON.stringify(b)).not.toContain('Y-ANDERS');

      // A case assigned to another school stays hidden, as does the round from a school outside it.
      const unversorgt = a[0]!;
      expect(expectProblem(await v.fall(w.sessions.schulleitungX, r.id, unversorgt.id), 404, 'not_found').detail).toBe('Der Fall wurde nicht gefunden.');
      expectProblem(await v.comment(w.sessions.schulleitungX, r.id, unversorgt.id, 'Hallo'), 404);
      expectProblem(await v.faelle(w.sessions.schulleitungC, r.id), 404, 'not_found');
      expectProblem(await v.fall(w.sessions.schulleitungC, r.id, unversorgt.id), 404);
    });

    it('filters the cases by kind, status and school', async () => {
      const all = await faelle(w.sessions.koordination, r.id, '?status=alle');
      expect(all.some((f) => f.status === 'entfallen')).toBe(true);
      const unversorgt = await faelle(w.sessions.koordination, r.id, '?art=unversorgt');
      expect(unversorgt.map(keysOf)).toEqual([['A-WEG']]);
      const ofY = await faelle(w.sessions.koordination, r.id, `?schuleId=${w.schulen.y.id}`);
      expect(ofY.length).toBeGreaterThan(0);
      expect(ofY.every((f) => f.zugewiesen?.id === w.schulen.y.id || f.eintraege.some((e) => e.schule.id === w.schulen.y.id))).toBe(true);
      expect(ofY.map((f) => f.id)).toContain(mehrfach.id);
      const p = expectProblem(await v.faelle(w.sessions.koordination, r.id, '?status=fertig'), 400, 'validation_failed');
      expect(p.errors).toEqual([{ field: 'status', message: 'Der Status muss offen, erledigt, entfallen oder alle sein.' }]);
      const art = expectProblem(await v.faelle(w.sessions.koordination, r.id, '?art=verschwunden'), 400, 'validation_failed');
      expect(art.errors).toEqual([{ field: 'art', message: 'Unbekannte Art des Falls.' }]);
      const pruefStatus = expectProblem(await v.pruefungen(w.sessions.koordination, r.id, 'neu' as 'alle'), 400, 'validation_failed');
      expect(pruefStatus.errors).toEqual([{ field: 'status', message: 'Der Status muss offen oder alle sein.' }]);
    });

    it('takes comments, resolves with a reason and reopens', async () => {
      let detail = bodyOf<FallDetail>(await v.comment(w.sessions.schulleitungX, r.id, mehrfach.id, 'Die Familie hat sich für die Gesamtschule entschieden.'), 201);
      expect(detail.kommentarAnzahl).toBe(1);
      expect(detail.kommentare).toEqual([{ id: expect.any(String), autor: 'Xenia Eichenweg', text: 'Die Familie hat sich für die Gesamtschule entschieden.', erstelltAm: expect.any(String) }]);
      expect(detail.version).toBe(mehrfach.version);
      expect(expectProblem(await v.comment(w.sessions.schulleitungX, r.id, mehrfach.id, '   '), 400, 'validation_failed').errors).toEqual([{ field: 'text', message: 'Bitte einen Kommentar eingeben.' }]);
      expect((await faelle(w.sessions.koordination, r.id)).find((f) => f.id === mehrfach.id)!.kommentarAnzahl).toBe(1);

      let p = expectProblem(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'sonstiges', version: mehrfach.version }), 400, 'validation_failed');
      expect(p.errors).toEqual([{ field: 'notiz', message: 'Bei „sonstiger Grund“ bitte eine Notiz angeben.' }]);
      p = expectProblem(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'sonstiges', notiz: '   ', version: mehrfach.version }), 400);
      expect(p.errors!.map((e) => e.field)).toEqual(['notiz']);
      p = expectProblem(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'weil', version: mehrfach.version }), 400);
      expect(p.errors).toEqual([{ field: 'grund', message: 'Bitte einen Grund für die Erledigung wählen.' }]);
      expectProblem(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'verzogen', version: mehrfach.version - 1 }), 409, 'conflict');

      detail = bodyOf<FallDetail>(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'doppelte-anmeldung-bereinigt', notiz: 'Anmeldung am Gymnasium zurückgezogen', version: mehrfach.version }));
      expect(detail).toMatchObject({ status: 'erledigt', grund: 'doppelte-anmeldung-bereinigt', notiz: 'Anmeldung am Gymnasium zurückgezogen', version: mehrfach.version + 1 });
      expect(detail.erledigtAm).not.toBeNull();
      const [resolved] = await auditOf('uebergang_fall.resolved', mehrfach.id);
      expect(resolved).toMatchObject({ actorId: w.people.schulleitungX.user.id, after: { status: 'erledigt', grund: 'doppelte-anmeldung-bereinigt' } });
      expect(JSON.stringify(resolved)).not.toContain('Gymnasium zurückgezogen');
      expect(expectProblem(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'verzogen', version: detail.version }), 409).detail).toBe('Der Fall ist nicht offen und kann nicht erledigt werden.');

      const round = await runde(w.sessions.lesend, r.id);
      expect(round.zahlen.faelleErledigt).toBe(1);
      expect(round.zahlen.erledigtNachGrund).toEqual({ 'doppelte-anmeldung-bereinigt': 1 });
      expect(round.zahlen.faelleNachArt.mehrfach).toEqual({ offen: 0, erledigt: 1 });

      expectProblem(await v.reopen(w.sessions.schulleitungX, r.id, mehrfach.id, mehrfach.version), 409, 'conflict');
      const reopened = bodyOf<FallDetail>(await v.reopen(w.sessions.schulleitungX, r.id, mehrfach.id, detail.version));
      expect(reopened).toMatchObject({ status: 'offen', grund: null, notiz: null, erledigtAm: null, version: detail.version + 1, kommentarAnzahl: 1 });
      expect(expectProblem(await v.reopen(w.sessions.schulleitungX, r.id, mehrfach.id, reopened.version), 409).detail).toBe('Nur erledigte Fälle können wieder eröffnet werden.');
      expect((await auditOf('uebergang_fall.reopened', mehrfach.id))[0]).toMatchObject({ before: { status: 'erledigt', grund: 'doppelte-anmeldung-bereinigt' }, after: { status: 'offen' } });

      // "sonstiges" with a note closes it for good; the coordination resolves a case of another school.
      const done = bodyOf<FallDetail>(await v.resolve(w.sessions.schulleitungX, r.id, mehrfach.id, { grund: 'sonstiges', notiz: 'Mit der Familie gesprochen', version: reopened.version }));
      expect(done).toMatchObject({ status: 'erledigt', grund: 'sonstiges' });
      mehrfach = done;
      const neu = must(fallWith(await faelle(w.sessions.koordination, r.id), 'ohne-abgang', 'Y-NEU'), 'ohne-abgang Y-NEU');
      expect(bodyOf<FallDetail>(await v.resolve(w.sessions.koordination, r.id, neu.id, { grund: 'verzogen', version: neu.version })).status).toBe('erledigt');
      // Readers and schools the case is not assigned to cannot resolve it.
      const unversorgt = must(fallWith(await faelle(w.sessions.koordination, r.id), 'unversorgt', 'A-WEG'), 'unversorgt A-WEG');
      expectProblem(await v.resolve(w.sessions.schulleitungB, r.id, unversorgt.id, { grund: 'verzogen', version: unversorgt.version }), 404);
      expectProblem(await v.resolve(w.sessions.lesend, r.id, unversorgt.id, { grund: 'verzogen', version: unversorgt.version }), 403);
    });
  });

  it('a new list makes the last run out of date; a new run drops what is cleared up and keeps decisions and resolved cases', async () => {
    const x = [...lists.anmeldungX, { ...children.weg, kennung: 'X-WEG' }];
    const report = bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung', upload('xlsx', await registrationXlsx(x))));
    expect(report).toMatchObject({ ok: true, zeilen: 12, ersetzt: 11 });
    expect((await runde(w.sessions.koordination, r.id)).abgleich).toMatchObject({ veraltet: true });
    expect(new Set((await liste(w.sessions.schulleitungX, r.id, w.schulen.x.id, 'anmeldung')).items.map((i) => i.status))).toEqual(new Set(['nicht-abgeglichen']));
    // The other lists are unchanged, so their children keep their status.
    expect(statusOf(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang'))['A-WEG']).toBe('unversorgt');

    const res = bodyOf<{ faelleEntfallen: number; faelleNeu: number; treffer: number; pruefungen: number }>(await v.abgleich(w.sessions.koordination, r.id));
    // The confirmed pair counts as a match now, as does the new registration of the unversorgt child.
    expect(res).toMatchObject({ paare: 22, treffer: 22, pruefungen: 0, faelleEntfallen: 1, faelleNeu: 0 });
    expect((await runde(w.sessions.koordination, r.id)).abgleich).toMatchObject({ veraltet: false });
    const all = await faelle(w.sessions.koordination, r.id, '?status=alle');
    expect(must(fallWith(all, 'unversorgt', 'A-WEG'), 'A-WEG').status).toBe('entfallen');
    expect(statusOf(await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang'))).toMatchObject({ 'A-WEG': 'angemeldet', 'A-PRUEF': 'angemeldet' });
    // The decision is kept by the children's Kennungen: the registration is a new entry now, still confirmed.
    const [again] = await pruefungen(r.id, 'alle');
    expect(again).toMatchObject({ status: 'bestaetigt', abgang: { kennung: 'A-PRUEF' }, anmeldung: { kennung: 'X-PRUEF' } });
    expect(again!.anmeldung.id).not.toBe(paar.anmeldung.id);
    expect(await pruefungen(r.id)).toEqual([]);
    // Resolved cases stay resolved.
    expect(all.find((f) => f.art === 'mehrfach')!.status).toBe('erledigt');
    expect(must(fallWith(all, 'ohne-abgang', 'Y-NEU'), 'Y-NEU').status).toBe('erledigt');
  });

  describe('who sees what', () => {
    it('the feeder school reads its own list and the round, not the receiving school\'s list nor the review', async () => {
      const round = await runde(w.sessions.schulleitungA, r.id);
      expect(round.rechte).toEqual({ koordination: false, listen: [{ schuleId: w.schulen.a.id, schuleName: 'Grundschule Am Anger', art: 'abgang' }] });
      expect((await runde(w.sessions.schulleitungX, r.id)).rechte.listen).toEqual([{ schuleId: w.schulen.x.id, schuleName: 'Gesamtschule Eichenweg', art: 'anmeldung' }]);
      expectProblem(await v.liste(w.sessions.schulleitungA, r.id, w.schulen.x.id, 'anmeldung'), 403, 'forbidden');
      expectProblem(await v.liste(w.sessions.schulleitungA, r.id, w.schulen.b.id, 'abgang'), 403, 'forbidden');
      expectProblem(await v.liste(w.sessions.schulleitungX, r.id, w.schulen.a.id, 'abgang'), 403, 'forbidden');
      expectProblem(await v.pruefungen(w.sessions.schulleitungA, r.id), 403, 'forbidden');
      expectProblem(await v.abgleich(w.sessions.schulleitungA, r.id), 403, 'forbidden');
      expectProblem(await v.uebersicht(w.sessions.schulleitungA, r.id), 403, 'forbidden');
      expectProblem(await v.close(w.sessions.schulleitungA, r.id, round.version), 403, 'forbidden');
      expect(bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.schulleitungA)).items.map((x) => x.id)).toContain(r.id);
    });

    it('the coordination reads no raw list, only cases and pairs', async () => {
      expectProblem(await v.liste(w.sessions.koordination, r.id, w.schulen.a.id, 'abgang'), 403, 'forbidden');
    });

    it('a school outside the round and the staff of a school in it see nothing of it', async () => {
      expectProblem(await v.runde(w.sessions.schulleitungC, r.id), 404, 'not_found');
      expect(bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.schulleitungC)).items.map((x) => x.id)).not.toContain(r.id);
      expectProblem(await v.runde(w.sessions.fachkraftA, r.id), 403, 'forbidden');
      expectProblem(await v.liste(w.sessions.fachkraftA, r.id, w.schulen.a.id, 'abgang'), 403);
      expect(bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.fachkraftA)).items).toEqual([]);
    });

    it('the steering group sees the counts, and no name, list, case or pair', async () => {
      const round = await runde(w.sessions.lesend, r.id);
      expect(round.rechte).toEqual({ koordination: false, listen: [] });
      const u = bodyOf<Uebersicht>(await v.uebersicht(w.sessions.lesend, r.id));
      expect(u.zahlen).toEqual(round.zahlen);
      expect(u.zahlen).toMatchObject({ abgaenge: 21, anmeldungen: 23 });
      expect(u.schulen.map((s) => [s.schule.name, s.seite, s.eintraege])).toEqual(
        expect.arrayContaining([
          ['Grundschule Am Anger', 'abgebend', 11],
          ['Grundschule Am Bach', 'abgebend', 10],
          ['Gesamtschule Eichenweg', 'aufnehmend', 12],
          ['Gymnasium Am Wall', 'aufnehmend', 11],
        ]),
      );
      expect(u.schulen.find((s) => s.schule.id === w.schulen.x.id)!.faelle.mehrfach).toEqual({ offen: 0, erledigt: 1 });
      const text = JSON.stringify([round, u]);
      for (const name of ['Oberhuber', 'Kowalski', 'Lindqvist', 'Pohl', 'Sommerfeld', 'Becker', 'A-WEG', 'X-ZWEI']) expect(text).not.toContain(name);
      expectProblem(await v.faelle(w.sessions.lesend, r.id), 403, 'forbidden');
      expectProblem(await v.fall(w.sessions.lesend, r.id, UNKNOWN_ID), 403, 'forbidden');
      expectProblem(await v.liste(w.sessions.lesend, r.id, w.schulen.a.id, 'abgang'), 403, 'forbidden');
      expectProblem(await v.pruefungen(w.sessions.lesend, r.id), 403, 'forbidden');
      expectProblem(await v.abgleich(w.sessions.lesend, r.id), 403, 'forbidden');
      expect(bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.lesend)).items.map((x) => x.id)).toContain(r.id);
      // The Land and the administration count too.
      expect(bodyOf<Uebersicht>(await v.uebersicht(w.sessions.land, r.id)).zahlen).toEqual(round.zahlen);
      expect(bodyOf<{ items: Runde[] }>(await v.runden(w.sessions.land)).items.map((x) => x.id)).toContain(r.id);
      expect(bodyOf<Uebersicht>(await v.uebersicht(w.sessions.admin, r.id)).zahlen).toEqual(round.zahlen);
      expectProblem(await v.faelle(w.sessions.land, r.id), 403);
      expectProblem(await v.pruefungen(w.sessions.admin, r.id), 403);
    });

    it('a Kommune of another Land, and the neighbouring Kommune, see nothing at all', async () => {
      const some = (await faelle(w.sessions.koordination, r.id, '?status=alle'))[0]!;
      for (const s of [w.sessions.fremd, w.sessions.nachbar]) {
        expect(expectProblem(await v.runde(s, r.id), 404, 'not_found').detail).toBe('Die Übergangsrunde wurde nicht gefunden.');
        expectProblem(await v.uebersicht(s, r.id), 404);
        expectProblem(await v.faelle(s, r.id), 404);
        expectProblem(await v.fall(s, r.id, some.id), 404);
        expectProblem(await v.pruefungen(s, r.id), 404);
        expectProblem(await v.abgleich(s, r.id), 404);
        expectProblem(await v.assign(s, r.id, some.id, null, some.version), 404);
        expectProblem(await v.close(s, r.id, 1), 404);
        expect(bodyOf<{ items: Runde[] }>(await v.runden(s)).items).toEqual([]);
      }
      expectProblem(await v.runde(w.sessions.koordination, UNKNOWN_ID), 404);
    });
  });

  describe('closing the round', () => {
    it('closes with the version seen, keeps the counts and ends every change', async () => {
      const before = await runde(w.sessions.koordination, r.id);
      expect(expectProblem(await v.close(w.sessions.koordination, r.id, before.version - 1), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
      expectProblem(await v.close(w.sessions.lesend, r.id, before.version), 403);
      const closed = bodyOf<Runde>(await v.close(w.sessions.koordination, r.id, before.version));
      expect(closed).toMatchObject({ status: 'abgeschlossen', version: before.version + 1, zahlen: before.zahlen });
      expect(Date.now() - new Date(closed.abgeschlossenAm!).getTime()).toBeLessThan(60_000);
      const days = (new Date(closed.loeschungAm!).getTime() - new Date(closed.abgeschlossenAm!).getTime()) / 86_400_000;
      expect(days).toBe(30);
      expect((await auditOf('uebergang_runde.closed', r.id))[0]).toMatchObject({ before: { status: 'offen' }, after: { status: 'abgeschlossen' } });

      const closedMessage = 'Die Runde ist abgeschlossen; ihre Listen und Fälle können nicht mehr geändert werden.';
      const open = must((await faelle(w.sessions.koordination, r.id))[0], 'an open case');
      const resolved = must((await faelle(w.sessions.koordination, r.id, '?status=erledigt'))[0], 'a resolved case');
      expect(expectProblem(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(lists.abgangA))), 409, 'conflict').detail).toBe(closedMessage);
      expect(expectProblem(await v.abgleich(w.sessions.koordination, r.id), 409).detail).toBe(closedMessage);
      expectProblem(await v.decide(w.sessions.koordination, r.id, (await pruefungen(r.id, 'alle'))[0]!.id, 'abgelehnt'), 409);
      expectProblem(await v.assign(w.sessions.koordination, r.id, open.id, w.schulen.a.id, open.version), 409);
      expectProblem(await v.comment(w.sessions.koordination, r.id, open.id, 'Noch etwas'), 409);
      expectProblem(await v.resolve(w.sessions.koordination, r.id, open.id, { grund: 'verzogen', version: open.version }), 409);
      expectProblem(await v.reopen(w.sessions.koordination, r.id, resolved.id, resolved.version), 409);
      expectProblem(await v.close(w.sessions.koordination, r.id, closed.version), 409);
      // Reading goes on until the personal data are deleted.
      expect((await liste(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang')).items).toHaveLength(11);
      expect(bodyOf<FallDetail>(await v.fall(w.sessions.koordination, r.id, open.id))).toMatchObject({ darfZuweisen: false, darfErledigen: false });
      expect((await runde(w.sessions.koordination, r.id)).status).toBe('abgeschlossen');
    });
  });
});
