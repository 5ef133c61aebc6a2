import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { installCatalogue } from '../install-catalogue.js';
import { praxisbeispiele } from '../transfer.schema.js';
import {
  auditOf,
  bodyOf,
  buildTransferWorld,
  CONFLICT_MESSAGE,
  errorOn,
  expectProblem,
  praxisAsBody,
  praxisBody,
  transferApi,
  UNKNOWN_ID,
  type KontextFrageDto,
  type PraxisDetail,
  type PraxisKopf,
  type Seite,
  type TransferApi,
  type TransferWorld,
} from './support.js';

let t: TestApp;
let w: TransferWorld;
let v: TransferApi;
/** The library as set up in beforeAll, by short name. */
const lib: Record<'ssa' | 'familie' | 'sprache' | 'beruf' | 'ferien', PraxisDetail> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildTransferWorld(t.app, t.database.db);
  v = transferApi(t.app);
  const create = async (s: Session, kommuneId: string, body: Record<string, unknown>) => bodyOf<PraxisDetail>(await v.createPraxis(s, kommuneId, praxisBody(body)), 201);
  lib.ssa = await create(w.sessions.koordination, w.musterstadt.id, {
    titel: 'Schulsozialarbeit an Grundschulen',
    beschreibung: 'An jeder Grundschule arbeitet eine Fachkraft der Schulsozialarbeit, berät Kinder und vermittelt bei Konflikten.',
    handlungsfelder: ['beratung', 'soziale-kompetenzen'],
    altersphasen: ['6-9'],
    zielgruppen: ['Kinder der Klassen 1 bis 4'],
    kontext: [
      { frage: 'sozr-01', antwort: 'Drei Stadtteile mit hohem Sozialindex.' },
      { frage: 'inst-01', antwort: 'Beim Jugendamt, Abteilung Jugendförderung.' },
    ],
  });
  lib.familie = await create(w.sessions.nachbar, w.nachbarstadt.id, {
    titel: 'Familie im Zentrum: Elterncafé an der Grundschule',
    beschreibung: 'Einmal in der Woche treffen sich Eltern in der Schule, mit Dolmetscherinnen und Beratung vor Ort.',
    handlungsfelder: ['elternarbeit'],
    altersphasen: ['6-9'],
    zielgruppen: ['Eltern'],
  });
  lib.sprache = await create(w.sessions.fern, w.fernstadt.id, {
    titel: 'Sprachförderung mit Hausbesuchen',
    beschreibung: 'Sprachfachkräfte besuchen Familien zu Hause und begleiten die Kinder im Kita-Alltag.',
    handlungsfelder: ['sprachfoerderung', 'elternarbeit'],
    altersphasen: ['3-5'],
    zielgruppen: ['Kinder im Kita-Alter'],
  });
  lib.beruf = await create(w.sessions.dritt, w.drittstadt.id, {
    titel: 'Berufsorientierung mit Betrieben',
    beschreibung: 'Betriebe aus der Region öffnen ihre Werkstätten für Praktika in den Klassen 8 bis 10.',
    handlungsfelder: ['berufsorientierung'],
    altersphasen: ['10-15', '16-18'],
    zielgruppen: ['Jugendliche'],
  });
  lib.ferien = await create(w.sessions.fremd, w.fremdstadt.id, {
    titel: 'Ferienfreizeit am See',
    beschreibung: 'Zwei Wochen Zeltlager im Sommer mit Sport, Natur und Lernzeit am Vormittag.',
    handlungsfelder: ['ferienangebote'],
    altersphasen: ['10-15'],
    zielgruppen: ['Jugendliche'],
  });
});
afterAll(async () => t?.close());

const countPraxis = async () => (await t.database.db.select({ id: praxisbeispiele.id }).from(praxisbeispiele)).length;
const suche = async (query: Record<string, string | number>, s: Session = w.sessions.lesend) => bodyOf<Seite<PraxisKopf>>(await v.suche(s, query));
const titles = (p: Seite<PraxisKopf>) => p.items.map((x) => x.titel);
const fragen = async (s: Session) => bodyOf<{ items: KontextFrageDto[] }>(await v.fragen(s)).items;

// The searches run first, on the five practices of beforeAll (later tests add more).
describe('searching the library', () => {
  it('finds a part of a compound: "Sozialarbeit" finds "Schulsozialarbeit an Grundschulen"', async () => {
    const p = await suche({ q: 'Sozialarbeit' });
    expect(titles(p)).toEqual(['Schulsozialarbeit an Grundschulen']);
    expect(p).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(p.items[0]).toMatchObject({ id: lib.ssa.id, kommune: { id: w.musterstadt.id, name: 'Musterstadt' }, handlungsfelder: ['beratung', 'soziale-kompetenzen'], seit: 2017, version: 1 });
    expect(titles(await suche({ q: 'schulsozialarbeit' }))).toEqual(['Schulsozialarbeit an Grundschulen']);
  });

  it('finds inflected forms: "Familien" finds "Familie …" and "Familien", "Grundschulen" finds "Grundschule"', async () => {
    expect(titles(await suche({ q: 'Familien' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule', 'Sprachförderung mit Hausbesuchen']);
    expect(titles(await suche({ q: 'Familie' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule', 'Sprachförderung mit Hausbesuchen']);
    expect(titles(await suche({ q: 'Grundschulen' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule', 'Schulsozialarbeit an Grundschulen']);
  });

  it('needs every word of the query, and finds nothing for a word that is nowhere', async () => {
    expect(titles(await suche({ q: 'Grundschule Eltern' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule']);
    expect(await suche({ q: 'Sozialarbeit Familien' })).toMatchObject({ items: [], total: 0 });
    expect(await suche({ q: 'Zauberei' })).toMatchObject({ items: [], total: 0 });
  });

  it('filters by field, age phase, Kommune and learning network, alone and with the text', async () => {
    expect(titles(await suche({ handlungsfeld: 'elternarbeit' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule', 'Sprachförderung mit Hausbesuchen']);
    expect(titles(await suche({ altersphase: '3-5' }))).toEqual(['Sprachförderung mit Hausbesuchen']);
    expect(titles(await suche({ altersphase: '16-18' }))).toEqual(['Berufsorientierung mit Betrieben']);
    expect(titles(await suche({ kommuneId: w.fremdstadt.id }))).toEqual(['Ferienfreizeit am See']);
    expect(titles(await suche({ q: 'Familien', handlungsfeld: 'sprachfoerderung' }))).toEqual(['Sprachförderung mit Hausbesuchen']);
    expect(titles(await suche({ q: 'Familien', altersphase: '6-9' }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule']);

    // The learning network: Musterstadt, Nachbarstadt and Fernstadt; Drittstadt and Fremdstadt are outside.
    const netz = await suche({ netzwerkId: w.lernnetzwerk.id, pageSize: 100 });
    expect(new Set(netz.items.map((p) => p.kommune.name))).toEqual(new Set(['Musterstadt', 'Nachbarstadt', 'Fernstadt']));
    expect(netz.items.map((p) => p.id)).toEqual(expect.arrayContaining([lib.ssa.id, lib.familie.id, lib.sprache.id]));
    expect(netz.items.map((p) => p.id)).not.toContain(lib.beruf.id);
    expect(titles(await suche({ netzwerkId: w.lernnetzwerk.id, kommuneId: w.nachbarstadt.id }))).toEqual(['Familie im Zentrum: Elterncafé an der Grundschule']);
    expect((await suche({ netzwerkId: w.lernnetzwerk.id, kommuneId: w.drittstadt.id })).total).toBe(0);
    expect((await suche({ netzwerkId: UNKNOWN_ID })).total).toBe(0);
  });

  it('pages by title without gaps or overlaps', async () => {
    const all = await suche({ pageSize: 100 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBe(await countPraxis());
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      const p = await suche({ page, pageSize: 2 });
      expect(p).toMatchObject({ page, pageSize: 2, total: all.total });
      expect(p.items.length).toBe(Math.min(2, all.total - (page - 1) * 2));
      seen.push(...p.items.map((x) => x.id));
    }
    expect(seen).toEqual(all.items.map((x) => x.id));
    expect(new Set(seen).size).toBe(all.total);
    const five = titles(all).filter((x) => Object.values(lib).some((p) => p.titel === x));
    expect(five).toEqual(['Berufsorientierung mit Betrieben', 'Familie im Zentrum: Elterncafé an der Grundschule', 'Ferienfreizeit am See', 'Schulsozialarbeit an Grundschulen', 'Sprachförderung mit Hausbesuchen']);
    expect((await suche({ page: Math.ceil(all.total / 2) + 1, pageSize: 2 })).items).toEqual([]);
  });

  it.each([
    [{ handlungsfeld: 'zauberei' }, 'handlungsfeld', 'Unbekanntes Handlungsfeld.'],
    [{ altersphase: '99' }, 'altersphase', 'Unbekannte Altersphase.'],
    [{ pageSize: 0 }, 'pageSize', undefined],
    [{ pageSize: 101 }, 'pageSize', undefined],
    [{ kommuneId: 'musterstadt' }, 'kommuneId', undefined],
    [{ sort: 'titel' }, 'sort', 'Unbekannte Felder: sort.'],
  ])('refuses the query %j naming the field', async (query, field, message) => {
    const p = expectProblem(await v.suche(w.sessions.lesend, query), 400, 'validation_failed');
    const error = errorOn(p, field);
    if (message) expect(error.message).toBe(message);
  });

  it('is open to everyone signed in, not to anonymous callers', async () => {
    for (const s of [w.sessions.fremd, w.sessions.mitglied, w.sessions.fachkraft, w.sessions.admin]) expect((await suche({ q: 'Sozialarbeit' }, s)).total).toBe(1);
    expectProblem(await v.suche(null, { q: 'Sozialarbeit' }), 401, 'unauthenticated');
  });
});

describe('describing a practice', () => {
  it('stores title, fields, resources, contact, links and the context profile by catalogue code', async () => {
    const p = lib.ssa;
    expect(p).toMatchObject({
      kommune: { id: w.musterstadt.id, name: 'Musterstadt' },
      titel: 'Schulsozialarbeit an Grundschulen',
      handlungsfelder: ['beratung', 'soziale-kompetenzen'],
      altersphasen: ['6-9'],
      zielgruppen: ['Kinder der Klassen 1 bis 4'],
      ressourcen: { personal: 'zwei Sprachfachkräfte (1,5 Stellen)', geld: '90.000 € im Jahr aus kommunalen Mitteln', raeume: 'Räume der Kitas' },
      seit: 2017,
      kontakt: { name: 'Petra Praxis', funktion: 'Fachdienst Frühe Bildung', email: 'praxis@example.org' },
      links: ['https://example.org/sprachfoerderung'],
      erfahrungen: [],
      darfBearbeiten: true,
      version: 1,
    });
    // The profile names the catalogue's question, ordered by dimension and code.
    expect(p.kontext.map((k) => [k.code, k.dimension, k.antwort])).toEqual([
      ['inst-01', 'institutionell', 'Beim Jugendamt, Abteilung Jugendförderung.'],
      ['sozr-01', 'kommunal-sozialraeumlich', 'Drei Stadtteile mit hohem Sozialindex.'],
    ]);
    expect(p.kontext[0]!.frage).toBe('Bei welchem Amt ist die Koordination der Präventionskette angesiedelt?');
    const [entry] = await auditOf(t.database.db, 'praxisbeispiel.created', p.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, entityType: 'praxisbeispiel', scopeId: w.musterstadt.id, after: { id: p.id, kontextAntworten: 2 } });
  });

  it('refuses an unknown context code naming kontext.N.frage, and a code answered twice', async () => {
    const before = await countPraxis();
    let p = expectProblem(await v.createPraxis(w.sessions.koordination, w.musterstadt.id, praxisBody({ kontext: [{ frage: 'inst-99', antwort: 'Gibt es nicht.' }] })), 400, 'validation_failed');
    expect(p.errors).toEqual([{ field: 'kontext.0.frage', message: 'Die Kontextfrage „inst-99“ gibt es nicht.' }]);
    expect(p.detail).toBe('Die Kontextfrage „inst-99“ gibt es nicht.');
    p = expectProblem(
      await v.createPraxis(
        w.sessions.koordination,
        w.musterstadt.id,
        praxisBody({
          kontext: [
            { frage: 'inst-01', antwort: 'Jugendamt' },
            { frage: 'inst-01', antwort: 'Schulamt' },
          ],
        }),
      ),
      400,
    );
    expect(p.errors).toEqual([{ field: 'kontext.1.frage', message: 'Die Kontextfrage „inst-01“ ist doppelt beantwortet.' }]);
    expect(await countPraxis()).toBe(before);
  });

  it.each([
    [{ links: ['kein Link'] }, 'links.0', 'Bitte eine vollständige Adresse angeben (https://…).'],
    [{ links: ['https://example.org', 'www.example.org'] }, 'links.1', 'Bitte eine vollständige Adresse angeben (https://…).'],
    [{ titel: 'AB' }, 'titel', 'Der Titel muss mindestens 3 Zeichen lang sein.'],
    [{ beschreibung: 'Zu knapp.' }, 'beschreibung', 'Die Beschreibung muss mindestens 20 Zeichen lang sein.'],
    [{ handlungsfelder: [] }, 'handlungsfelder', 'Bitte mindestens ein Handlungsfeld wählen.'],
    [{ handlungsfelder: ['zauberei'] }, 'handlungsfelder.0', 'Unbekanntes Handlungsfeld.'],
    [{ altersphasen: [] }, 'altersphasen', 'Bitte mindestens eine Altersphase wählen.'],
    [{ seit: 1900 }, 'seit', 'Das Jahr muss zwischen 1950 und 2100 liegen.'],
    [{ seit: 2019.5 }, 'seit', 'Das Jahr muss eine ganze Zahl sein.'],
    [{ kontext: [{ frage: 'inst-01', antwort: '' }] }, 'kontext.0.antwort', 'Bitte eine Antwort angeben.'],
  ])('refuses %j naming the field', async (overrides, field, message) => {
    const before = await countPraxis();
    const p = expectProblem(await v.createPraxis(w.sessions.koordination, w.musterstadt.id, praxisBody(overrides)), 400, 'validation_failed');
    expect(errorOn(p, field).message).toBe(message);
    expect(await countPraxis()).toBe(before);
  });

  // A link is offered to everyone who reads the practice: only web addresses get in.
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])('refuses the non-web link %s', async (link) => {
    const before = await countPraxis();
    const p = expectProblem(await v.createPraxis(w.sessions.koordination, w.musterstadt.id, praxisBody({ links: [link] })), 400, 'validation_failed');
    errorOn(p, 'links.0');
    expect(await countPraxis()).toBe(before);
  });

  it('lets only the coordination of the Kommune (or above) describe its practices', async () => {
    expectProblem(await v.createPraxis(w.sessions.nachbar, w.musterstadt.id, praxisBody()), 403, 'forbidden');
    for (const s of [w.sessions.lesend, w.sessions.schulleitung, w.sessions.fachkraft, w.sessions.mitglied]) expectProblem(await v.createPraxis(s, w.musterstadt.id, praxisBody()), 403, 'forbidden');
    expect(expectProblem(await v.createPraxis(w.sessions.fremd, w.musterstadt.id, praxisBody()), 404, 'not_found').detail).toBe('Die Kommune wurde nicht gefunden.');
    expectProblem(await v.createPraxis(null, w.musterstadt.id, praxisBody()), 401, 'unauthenticated');
    const byLand = bodyOf<PraxisDetail>(await v.createPraxis(w.sessions.land, w.drittstadt.id, praxisBody({ titel: 'Lesepaten in der Stadtbibliothek', handlungsfelder: ['lesefoerderung'], altersphasen: ['6-9'] })), 201);
    expect(byLand.kommune.name).toBe('Drittstadt');
  });

  it('updates with the version seen, replaces the context profile and the search text; a stale version gets 409', async () => {
    const created = bodyOf<PraxisDetail>(await v.createPraxis(w.sessions.koordination, w.musterstadt.id, praxisBody({ titel: 'Mathe-Werkstatt', handlungsfelder: ['mint'], altersphasen: ['10-15'], kontext: [{ frage: 'proj-01', antwort: 'Seit 2017.' }] })), 201);
    const body = praxisAsBody(created);
    const updated = bodyOf<PraxisDetail>(
      await v.updatePraxis(w.sessions.koordination, created.id, { ...body, titel: 'Mathe-Werkstatt mit Lernpaten', links: [], kontext: [{ frage: 'indi-02', antwort: 'Eine engagierte Lehrerin.' }] }),
    );
    expect(updated).toMatchObject({ id: created.id, titel: 'Mathe-Werkstatt mit Lernpaten', links: [], version: 2 });
    expect(updated.kontext.map((k) => k.code)).toEqual(['indi-02']);
    expect(titles(await suche({ q: 'Lernpaten' }))).toEqual(['Mathe-Werkstatt mit Lernpaten']);
    const [entry] = await auditOf(t.database.db, 'praxisbeispiel.updated', created.id);
    expect(entry).toMatchObject({ actorId: w.people.koordination.user.id, scopeId: w.musterstadt.id, after: { version: 2, kontextAntworten: 1 } });

    expect(expectProblem(await v.updatePraxis(w.sessions.koordination, created.id, { ...body, titel: 'Zu spät' }), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    const stored = bodyOf<PraxisDetail>(await v.praxis(w.sessions.koordination, created.id));
    expect(stored).toMatchObject({ titel: 'Mathe-Werkstatt mit Lernpaten', version: 2 });
    expect(stored.kontext.map((k) => k.code)).toEqual(['indi-02']);

    // A bad context code in an update changes nothing either.
    expect(errorOn(expectProblem(await v.updatePraxis(w.sessions.koordination, created.id, { ...praxisAsBody(stored), kontext: [{ frage: 'xyz-01', antwort: 'x' }] }), 400), 'kontext.0.frage').message).toBe(
      'Die Kontextfrage „xyz-01“ gibt es nicht.',
    );
    errorOn(expectProblem(await v.updatePraxis(w.sessions.koordination, created.id, { ...praxisAsBody(stored), version: undefined }), 400), 'version');

    expectProblem(await v.updatePraxis(w.sessions.nachbar, created.id, praxisAsBody(stored)), 403, 'forbidden');
    expectProblem(await v.updatePraxis(w.sessions.fremd, created.id, praxisAsBody(stored)), 404, 'not_found');
    expect(expectProblem(await v.updatePraxis(w.sessions.koordination, UNKNOWN_ID, praxisAsBody(stored)), 404).detail).toBe('Das Praxisbeispiel wurde nicht gefunden.');
    expect(bodyOf<PraxisDetail>(await v.praxis(w.sessions.koordination, created.id)).version).toBe(2);
  });

  it('shows a practice with its context to everyone signed in, editable only by its Kommune', async () => {
    for (const s of [w.sessions.fremd, w.sessions.lesend, w.sessions.schulleitung, w.sessions.nachbar]) {
      const p = bodyOf<PraxisDetail>(await v.praxis(s, lib.ssa.id));
      expect(p.darfBearbeiten).toBe(false);
      expect(p.kontext).toEqual(lib.ssa.kontext);
      expect(p.titel).toBe('Schulsozialarbeit an Grundschulen');
    }
    expect(bodyOf<PraxisDetail>(await v.praxis(w.sessions.land, lib.ssa.id)).darfBearbeiten).toBe(true);
    expect(expectProblem(await v.praxis(w.sessions.lesend, UNKNOWN_ID), 404, 'not_found').detail).toBe('Das Praxisbeispiel wurde nicht gefunden.');
    expectProblem(await v.praxis(null, lib.ssa.id), 401, 'unauthenticated');
  });
});

describe('the catalogue of context questions', () => {
  it('ships 120 questions, 24 per dimension, numbered per dimension, for everyone signed in', async () => {
    const items = await fragen(w.sessions.lesend);
    expect(items).toHaveLength(120);
    expect(items.every((f) => f.aktiv && f.version === 1 && f.frage.length >= 10)).toBe(true);
    const perDimension = new Map<string, string[]>();
    for (const f of items) perDimension.set(f.dimension, [...(perDimension.get(f.dimension) ?? []), f.code]);
    expect(Object.fromEntries([...perDimension].map(([d, codes]) => [d, codes.length]))).toEqual({
      institutionell: 24,
      'kommunal-sozialraeumlich': 24,
      diskurs: 24,
      individuell: 24,
      projektbezogen: 24,
    });
    expect(perDimension.get('institutionell')!.slice(0, 3)).toEqual(['inst-01', 'inst-02', 'inst-03']);
    expect(perDimension.get('projektbezogen')!.at(-1)).toBe('proj-24');
    expect(items.find((f) => f.code === 'inst-02')!.hinweis).toBe('Die Nähe zur Verwaltungsspitze entscheidet oft darüber, ob die Koordination ämterübergreifend wirken kann.');
    expectProblem(await v.fragen(null), 401, 'unauthenticated');
  });

  it('lets the Land coordination add a question: the code continues the dimension (inst-25)', async () => {
    const f = bodyOf<KontextFrageDto>(await v.createFrage(w.sessions.land, { dimension: 'institutionell', frage: '  Wer hat das Angebot in der Verwaltung angestoßen?  ', hinweis: 'Oft eine einzelne Person.' }), 201);
    expect(f).toMatchObject({ code: 'inst-25', dimension: 'institutionell', frage: 'Wer hat das Angebot in der Verwaltung angestoßen?', hinweis: 'Oft eine einzelne Person.', aktiv: true, version: 1 });
    const next = bodyOf<KontextFrageDto>(await v.createFrage(w.sessions.admin, { dimension: 'institutionell', frage: 'Welche Dienstvereinbarungen gelten für die Fachkräfte?' }), 201);
    expect(next).toMatchObject({ code: 'inst-26', hinweis: null });
    expect(bodyOf<KontextFrageDto>(await v.createFrage(w.sessions.land, { dimension: 'diskurs', frage: 'Wie berichtet die Lokalpresse über das Angebot?' }), 201).code).toBe('disk-25');
    const [entry] = await auditOf(t.database.db, 'kontextfrage.created', f.id);
    expect(entry).toMatchObject({ actorId: w.people.land.user.id, entityType: 'kontextfrage', after: { code: 'inst-25', dimension: 'institutionell' } });
    const items = await fragen(w.sessions.lesend);
    expect(items.map((x) => x.code)).toEqual(expect.arrayContaining(['inst-25', 'inst-26', 'disk-25']));
    // A practice can answer the new question by its code.
    const p = bodyOf<PraxisDetail>(await v.createPraxis(w.sessions.koordination, w.musterstadt.id, praxisBody({ titel: 'Neu im Katalog', kontext: [{ frage: 'inst-25', antwort: 'Die Schulleiterin.' }] })), 201);
    expect(p.kontext).toEqual([{ frageId: f.id, code: 'inst-25', dimension: 'institutionell', frage: f.frage, antwort: 'Die Schulleiterin.' }]);
  });

  it('refuses everyone else (403) and bad input naming the field', async () => {
    for (const s of [w.sessions.koordination, w.sessions.lesend, w.sessions.schulleitung, w.sessions.mitglied]) {
      expectProblem(await v.createFrage(s, { dimension: 'diskurs', frage: 'Wer spricht im Stadtrat über das Angebot?' }), 403, 'forbidden');
    }
    expect(errorOn(expectProblem(await v.createFrage(w.sessions.land, { dimension: 'politik', frage: 'Wer spricht im Stadtrat über das Angebot?' }), 400), 'dimension').message).toBe(
      'Unbekannte Dimension des Kontextmodells.',
    );
    expect(errorOn(expectProblem(await v.createFrage(w.sessions.land, { dimension: 'diskurs', frage: 'Wer?' }), 400), 'frage').message).toBe('Die Frage muss mindestens 10 Zeichen lang sein.');
    expect((await fragen(w.sessions.land)).filter((f) => f.dimension === 'diskurs').map((f) => f.code)).not.toContain('disk-27');
  });

  it('retires a question: others no longer see it, the catalogue keepers do; a new start does not bring it back', async () => {
    const before = await fragen(w.sessions.land);
    const inst03 = before.find((f) => f.code === 'inst-03')!;
    const body = { dimension: inst03.dimension, frage: inst03.frage, hinweis: inst03.hinweis, aktiv: false, version: inst03.version };
    expectProblem(await v.updateFrage(w.sessions.koordination, inst03.id, body), 403, 'forbidden');
    const retired = bodyOf<KontextFrageDto>(await v.updateFrage(w.sessions.land, inst03.id, body));
    expect(retired).toMatchObject({ id: inst03.id, code: 'inst-03', aktiv: false, version: 2 });
    expect(expectProblem(await v.updateFrage(w.sessions.land, inst03.id, body), 409, 'conflict').detail).toBe(CONFLICT_MESSAGE);
    const [entry] = await auditOf(t.database.db, 'kontextfrage.updated', inst03.id);
    expect(entry).toMatchObject({ actorId: w.people.land.user.id, before: { aktiv: true }, after: { aktiv: false } });

    const visible = async () => {
      const forReaders = await fragen(w.sessions.lesend);
      const forKeepers = await fragen(w.sessions.land);
      expect(forReaders.map((f) => f.code)).not.toContain('inst-03');
      expect(forReaders).toHaveLength(before.length - 1);
      expect(forKeepers).toHaveLength(before.length);
      expect(forKeepers.find((f) => f.code === 'inst-03')).toMatchObject({ aktiv: false });
      expect((await fragen(w.sessions.koordination)).map((f) => f.code)).not.toContain('inst-03');
      expect((await fragen(w.sessions.admin)).map((f) => f.code)).toContain('inst-03');
    };
    await visible();
    await installCatalogue(t.database.db);
    await visible();

    // Rewording and bringing it back, with the version seen.
    const back = bodyOf<KontextFrageDto>(await v.updateFrage(w.sessions.admin, inst03.id, { ...body, frage: 'Sind Jugendamt und Schulverwaltung in einem Dezernat?', aktiv: true, version: 2 }));
    expect(back).toMatchObject({ code: 'inst-03', frage: 'Sind Jugendamt und Schulverwaltung in einem Dezernat?', aktiv: true, version: 3 });
    await installCatalogue(t.database.db);
    expect((await fragen(w.sessions.lesend)).find((f) => f.code === 'inst-03')!.frage).toBe('Sind Jugendamt und Schulverwaltung in einem Dezernat?');

    expect(expectProblem(await v.updateFrage(w.sessions.land, UNKNOWN_ID, body), 404, 'not_found').detail).toBe('Die Kontextfrage wurde nicht gefunden.');
    errorOn(expectProblem(await v.updateFrage(w.sessions.land, inst03.id, { ...body, aktiv: undefined, version: 3 }), 400), 'aktiv');
  });
});
