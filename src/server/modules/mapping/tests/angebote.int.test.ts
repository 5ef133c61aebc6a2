import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Angebot } from '../../../../domain/mapping/contracts.js';
import { createTestApp, type Session, type TestApp } from '../../../testing/test-app.js';
import { buildAkteur, buildAngebot } from './factories.js';
import {
  angebotAsBody,
  auditOf,
  bodyOf,
  buildIsolatedKommune,
  buildMappingTenants,
  CONFLICT_MESSAGE,
  expectProblem,
  fieldsOf,
  mappingApi,
  signedIn,
  UNKNOWN_ID,
  validAngebot,
  type MappingApi,
  type MappingTenants,
  type Page,
} from './support.js';

let t: TestApp;
let api: MappingApi;
let tenants: MappingTenants;
let coordinator: Session;
let kommuneA: string;

beforeAll(async () => {
  t = await createTestApp();
  api = mappingApi(t.app);
  tenants = await buildMappingTenants(t.database.db);
  kommuneA = tenants.kommuneA.id;
  coordinator = (await signedIn(t.app, t.database.db, 'kommunalkoordination', tenants.kommuneAScope)).session;
});
afterAll(async () => t?.close());

const post = (body: Record<string, unknown>) => api.createAngebot(coordinator, kommuneA, validAngebot(body));
const create = async (body: Record<string, unknown>) => bodyOf<Angebot>(await post(body), 201);
/** The fields a refused offer names. */
const refusedFields = async (body: Record<string, unknown>) => fieldsOf(expectProblem(await post(body), 400, 'validation_failed'));

describe('creating an offer', () => {
  it('stores every field and answers with the presented offer', async () => {
    const traeger = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Stadtbibliothek', typ: 'non-formale-bildung' });
    const angebot = await create({
      titel: ' Leseclub ',
      beschreibung: 'Wöchentliches Vorlesen',
      akteurId: traeger.id,
      handlungsfeld: 'lesefoerderung',
      ebene: 'institutionell',
      altersphasen: ['6-9', '10-15', '6-9'],
      zielgruppe: 'Kinder der Klassen 2 bis 5',
      standortIds: [tenants.schuleA1.id, tenants.schuleA2.id],
      stundenProWoche: 1.25,
      finanzierung: 'startchancen',
      beginn: '2025-08-01',
      ende: '2026-07-31',
      status: 'geplant',
      geteilt: true,
    });
    expect(angebot).toMatchObject({
      kommuneId: kommuneA,
      kommuneName: 'Kommune A',
      titel: 'Leseclub',
      beschreibung: 'Wöchentliches Vorlesen',
      akteurId: traeger.id,
      akteurName: 'Stadtbibliothek',
      handlungsfeld: 'lesefoerderung',
      ebene: 'institutionell',
      altersphasen: ['6-9', '10-15'],
      zielgruppe: 'Kinder der Klassen 2 bis 5',
      standorte: [
        { id: tenants.schuleA2.id, name: 'Gesamtschule Nord' },
        { id: tenants.schuleA1.id, name: 'Grundschule Am Park' },
      ],
      stundenProWoche: 1.25,
      finanzierung: 'startchancen',
      beginn: '2025-08-01',
      ende: '2026-07-31',
      status: 'geplant',
      geteilt: true,
      archiviert: false,
      version: 1,
    });
    expect(bodyOf<Angebot>(await api.getAngebot(coordinator, angebot.id))).toEqual(angebot);
  });

  it('defaults to a running, unshared offer without provider, sites, hours or dates', async () => {
    expect(await create({})).toMatchObject({ akteurId: null, akteurName: null, standorte: [], stundenProWoche: null, beginn: null, ende: null, status: 'laufend', geteilt: false });
  });

  it('accepts every code of every vocabulary', async () => {
    const vocab = {
      handlungsfeld: ['sprachfoerderung', 'lesefoerderung', 'mint', 'ferienangebote', 'soziale-kompetenzen', 'gesundheit', 'medienbildung', 'demokratiebildung', 'praevention', 'berufsorientierung', 'elternarbeit', 'uebergaenge', 'sozialraum', 'beratung', 'betreuung'],
      ebene: ['individuell', 'institutionell', 'systemisch'],
      finanzierung: ['kommunal', 'land', 'bund', 'startchancen', 'esf', 'efre', 'eler', 'stiftung', 'sonstige'],
      status: ['geplant', 'laufend', 'pausiert', 'beendet'],
    };
    for (const [field, codes] of Object.entries(vocab)) {
      for (const code of codes) expect((await create({ [field]: code }))[field as keyof Angebot], `${field}=${code}`).toBe(code);
    }
    const all = ['0-2', '3-5', '6-9', '10-15', '16-18', '19-24'];
    expect((await create({ altersphasen: all })).altersphasen).toEqual(all);
  });

  it.each([
    ['handlungsfeld', { handlungsfeld: 'Kunst' }, 'Unbekanntes Handlungsfeld.'],
    ['handlungsfeld', { handlungsfeld: 'Leseförderung' }, 'Unbekanntes Handlungsfeld.'],
    ['ebene', { ebene: 'national' }, 'Unbekannte Ebene.'],
    ['altersphasen.0', { altersphasen: ['7-8'] }, 'Unbekannte Altersphase.'],
    ['altersphasen.1', { altersphasen: ['6-9', 'Kita'] }, 'Unbekannte Altersphase.'],
    ['altersphasen', { altersphasen: [] }, 'Bitte mindestens eine Altersphase wählen.'],
    ['altersphasen', { altersphasen: '6-9' }, 'Altersphasen müssen eine Liste sein.'],
    ['finanzierung', { finanzierung: 'privat' }, 'Unbekannte Finanzierung.'],
    ['status', { status: 'abgesagt' }, 'Status muss geplant, laufend, pausiert oder beendet sein.'],
  ])('refuses an invalid %s with 400 naming it', async (field, body, message) => {
    const problem = expectProblem(await post(body), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field, message }]);
    expect(problem.detail).toBe(`Eingabe ungültig bei „${field}“: ${message}`);
  });

  it('says which required vocabulary field is missing', async () => {
    const { handlungsfeld: _h, finanzierung: _f, ...rest } = validAngebot();
    const problem = expectProblem(await api.createAngebot(coordinator, kommuneA, rest), 400);
    expect(fieldsOf(problem)).toEqual(['handlungsfeld', 'finanzierung']);
    expect(problem.detail).toMatch(/^Eingabe ungültig bei „handlungsfeld“: /);
  });

  it('wants the weekly hours in quarter hours between 0 and 2,000', async () => {
    const message = async (stundenProWoche: unknown) => expectProblem(await post({ stundenProWoche }), 400).errors;
    expect(await message(-1)).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche dürfen nicht negativ sein.' }]);
    expect(await message(-0.25)).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche dürfen nicht negativ sein.' }]);
    expect(await message(1.3)).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).' }]);
    expect(await message(0.1)).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).' }]);
    expect(await message(2000.25)).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche höchstens 2.000.' }]);
    expect(await message('2')).toEqual([{ field: 'stundenProWoche', message: 'Stunden pro Woche müssen eine Zahl sein.' }]);
    for (const ok of [0, 0.25, 0.5, 0.75, 19.5, 2000]) expect((await create({ stundenProWoche: ok })).stundenProWoche, String(ok)).toBe(ok);
  });

  it('refuses an end before the beginning with 400 naming ende; the same day is fine', async () => {
    const problem = expectProblem(await post({ beginn: '2025-09-01', ende: '2025-08-31' }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'ende', message: 'Das Ende darf nicht vor dem Beginn liegen.' }]);
    expect(await create({ beginn: '2025-09-01', ende: '2025-09-01' })).toMatchObject({ beginn: '2025-09-01', ende: '2025-09-01' });
    expect(await create({ ende: '2025-01-01' })).toMatchObject({ beginn: null, ende: '2025-01-01' });
  });

  it('wants dates as JJJJ-MM-TT', async () => {
    expect(expectProblem(await post({ beginn: '01.08.2025' }), 400).errors).toEqual([{ field: 'beginn', message: 'Datum im Format JJJJ-MM-TT angeben.' }]);
    expect(await refusedFields({ ende: '2025-02-30' })).toEqual(['ende']);
  });

  it('checks the lengths of the texts', async () => {
    expect(expectProblem(await post({ titel: 'x'.repeat(201) }), 400).errors).toEqual([{ field: 'titel', message: 'Der Titel darf höchstens 200 Zeichen lang sein.' }]);
    expect(expectProblem(await post({ zielgruppe: 'x'.repeat(301) }), 400).errors).toEqual([{ field: 'zielgruppe', message: 'Die Zielgruppe darf höchstens 300 Zeichen lang sein.' }]);
    expect(expectProblem(await post({ beschreibung: 'x'.repeat(4001) }), 400).errors).toEqual([{ field: 'beschreibung', message: 'Die Beschreibung darf höchstens 4.000 Zeichen lang sein.' }]);
  });

  it('wants a provider of the same Kommune (400 naming akteurId)', async () => {
    const foreign = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneB.id, name: 'Fremder Träger' });
    const problem = expectProblem(await post({ akteurId: foreign.id }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'akteurId', message: 'Dieser Akteur gehört nicht zu Kommune A.' }]);
    expect((await refusedFields({ akteurId: UNKNOWN_ID }))).toEqual(['akteurId']);
    expect(await refusedFields({ akteurId: 'traeger-1' })).toEqual(['akteurId']);
  });

  it('refuses an archived provider (400 naming akteurId)', async () => {
    const archived = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Ehemaliger Träger', archived: true });
    const problem = expectProblem(await post({ akteurId: archived.id }), 400, 'validation_failed');
    expect(problem.errors).toEqual([{ field: 'akteurId', message: 'Der Akteur „Ehemaliger Träger“ ist archiviert.' }]);
  });

  it('accepts only schools of the same Kommune as sites', async () => {
    const problem = expectProblem(await post({ standortIds: [tenants.schuleB.id] }), 400);
    expect(problem.errors).toEqual([{ field: 'standortIds', message: 'Ein Standort ist keine Schule in Kommune A.' }]);
  });
});

describe('changing an offer', () => {
  it('changes it with the current version; a stale version gets 409 and changes nothing', async () => {
    const angebot = await create({ titel: 'Ferienakademie', handlungsfeld: 'ferienangebote', standortIds: [tenants.schuleA1.id] });
    const changed = bodyOf<Angebot>(
      await api.updateAngebot(coordinator, angebot.id, { ...angebotAsBody(angebot), titel: 'Sommerakademie', handlungsfeld: 'mint', altersphasen: ['10-15'], standortIds: [tenants.schuleA2.id], status: 'pausiert' }),
    );
    expect(changed).toMatchObject({ titel: 'Sommerakademie', handlungsfeld: 'mint', altersphasen: ['10-15'], standorte: [{ id: tenants.schuleA2.id }], status: 'pausiert', version: 2 });

    const problem = expectProblem(await api.updateAngebot(coordinator, angebot.id, { ...angebotAsBody(angebot), titel: 'Veraltet' }), 409, 'conflict');
    expect(problem.detail).toBe(CONFLICT_MESSAGE);
    expect(bodyOf<Angebot>(await api.getAngebot(coordinator, angebot.id))).toMatchObject({ titel: 'Sommerakademie', version: 2, standorte: [{ id: tenants.schuleA2.id }] });
    expect((await auditOf(t.database.db, angebot.id)).map((e) => e.action)).toEqual(['angebot.created', 'angebot.updated']);
  });

  it('validates like creating, including the provider and the dates', async () => {
    const angebot = await create({});
    const other = await buildAkteur(t.database.db, { kommuneId: tenants.kommuneB.id });
    const body = angebotAsBody(angebot);
    expect(fieldsOf(expectProblem(await api.updateAngebot(coordinator, angebot.id, { ...body, akteurId: other.id }), 400))).toEqual(['akteurId']);
    expect(fieldsOf(expectProblem(await api.updateAngebot(coordinator, angebot.id, { ...body, beginn: '2026-01-02', ende: '2026-01-01' }), 400))).toEqual(['ende']);
    expect(fieldsOf(expectProblem(await api.updateAngebot(coordinator, angebot.id, { ...body, ebene: 'bundesweit' }), 400))).toEqual(['ebene']);
    expect(fieldsOf(expectProblem(await api.updateAngebot(coordinator, angebot.id, { ...body, version: undefined }), 400))).toEqual(['version']);
    expectProblem(await api.updateAngebot(coordinator, UNKNOWN_ID, body), 404, 'not_found');
    expect(bodyOf<Angebot>(await api.getAngebot(coordinator, angebot.id)).version).toBe(1);
  });

  it('refuses switching to an archived provider but keeps one that was archived later', async () => {
    const traeger = await buildAkteur(t.database.db, { kommuneId: kommuneA, name: 'Träger später archiviert' });
    const angebot = await create({ akteurId: traeger.id });
    const archived = bodyOf<{ version: number }>(await api.archiveAkteur(coordinator, traeger.id, traeger.version));
    expect(archived.version).toBe(2);
    // Editing the offer without touching the provider still works.
    const changed = bodyOf<Angebot>(await api.updateAngebot(coordinator, angebot.id, { ...angebotAsBody(angebot), titel: 'Neuer Titel' }));
    expect(changed).toMatchObject({ akteurId: traeger.id, akteurName: 'Träger später archiviert' });
    // Another offer may not pick it up.
    const other = await create({});
    const problem = expectProblem(await api.updateAngebot(coordinator, other.id, { ...angebotAsBody(other), akteurId: traeger.id }), 400);
    expect(problem.errors).toEqual([{ field: 'akteurId', message: 'Der Akteur „Träger später archiviert“ ist archiviert.' }]);
  });
});

describe('archiving and restoring an offer', () => {
  it('hides it from the default list, shows it with archiviert=true and restores it', async () => {
    const angebot = await create({ titel: 'Archiviertes Angebot' });
    expect(bodyOf<Angebot>(await api.archiveAngebot(coordinator, angebot.id, 1))).toMatchObject({ archiviert: true, version: 2 });
    expect(bodyOf<Page<Angebot>>(await api.listAngebote(coordinator, kommuneA, '?pageSize=200')).items.map((a) => a.id)).not.toContain(angebot.id);
    expect(bodyOf<Page<Angebot>>(await api.listAngebote(coordinator, kommuneA, '?archiviert=true&pageSize=200')).items.map((a) => a.id)).toEqual([angebot.id]);
    expectProblem(await api.archiveAngebot(coordinator, angebot.id, 1), 409, 'conflict');
    expect(bodyOf<Angebot>(await api.restoreAngebot(coordinator, angebot.id, 2))).toMatchObject({ archiviert: false, version: 3 });
    expect(bodyOf<Page<Angebot>>(await api.listAngebote(coordinator, kommuneA, '?pageSize=200')).items.map((a) => a.id)).toContain(angebot.id);
  });
});

describe('listing offers', () => {
  let k: Awaited<ReturnType<typeof buildIsolatedKommune>>;
  let traeger: string;
  const titles = (page: Page<Angebot>) => page.items.map((a) => a.titel);
  const list = async (query = '') => titles(bodyOf<Page<Angebot>>(await api.listAngebote(k.session, k.kommune.id, query)));

  beforeAll(async () => {
    k = await buildIsolatedKommune(t.app, t.database.db);
    const db = t.database.db;
    const kommuneId = k.kommune.id;
    traeger = (await buildAkteur(db, { kommuneId, name: 'Sportverein' })).id;
    await buildAngebot(db, { kommuneId, titel: 'A Sprachcafé', handlungsfeld: 'sprachfoerderung', ebene: 'individuell', altersphasen: ['3-5', '6-9'], finanzierung: 'kommunal', status: 'laufend', standortIds: [k.schule1.id] });
    await buildAngebot(db, { kommuneId, titel: 'B Robotik-AG', handlungsfeld: 'mint', ebene: 'institutionell', altersphasen: ['10-15'], finanzierung: 'startchancen', status: 'geplant', standortIds: [k.schule2.id] });
    await buildAngebot(db, { kommuneId, titel: 'C Bewegte Pause', handlungsfeld: 'gesundheit', ebene: 'individuell', altersphasen: ['6-9'], finanzierung: 'stiftung', status: 'laufend', akteurId: traeger, standortIds: [k.schule1.id, k.schule2.id] });
    await buildAngebot(db, { kommuneId, titel: 'D Berufsparcours', handlungsfeld: 'berufsorientierung', ebene: 'systemisch', altersphasen: ['16-18'], finanzierung: 'esf', status: 'beendet' });
    await buildAngebot(db, { kommuneId, titel: 'E Elterncafé', handlungsfeld: 'elternarbeit', ebene: 'institutionell', altersphasen: ['0-2', '3-5'], finanzierung: 'kommunal', status: 'pausiert', akteurId: traeger });
    await buildAngebot(db, { kommuneId, titel: 'F Altes Sprachangebot', handlungsfeld: 'sprachfoerderung', altersphasen: ['6-9'], finanzierung: 'kommunal', archived: true, standortIds: [k.schule1.id] });
  });

  it('lists the active offers sorted by title', async () => {
    expect(await list()).toEqual(['A Sprachcafé', 'B Robotik-AG', 'C Bewegte Pause', 'D Berufsparcours', 'E Elterncafé']);
  });

  it('filters by Handlungsfeld, Altersphase, Finanzierung, Status, Ebene, site and provider', async () => {
    expect(await list('?handlungsfeld=sprachfoerderung')).toEqual(['A Sprachcafé']);
    expect(await list('?altersphase=6-9')).toEqual(['A Sprachcafé', 'C Bewegte Pause']);
    expect(await list('?altersphase=3-5')).toEqual(['A Sprachcafé', 'E Elterncafé']);
    expect(await list('?altersphase=19-24')).toEqual([]);
    expect(await list('?finanzierung=kommunal')).toEqual(['A Sprachcafé', 'E Elterncafé']);
    expect(await list('?status=laufend')).toEqual(['A Sprachcafé', 'C Bewegte Pause']);
    expect(await list('?status=beendet')).toEqual(['D Berufsparcours']);
    expect(await list('?ebene=institutionell')).toEqual(['B Robotik-AG', 'E Elterncafé']);
    expect(await list(`?standortId=${k.schule1.id}`)).toEqual(['A Sprachcafé', 'C Bewegte Pause']);
    expect(await list(`?standortId=${k.schule2.id}`)).toEqual(['B Robotik-AG', 'C Bewegte Pause']);
    expect(await list(`?akteurId=${traeger}`)).toEqual(['C Bewegte Pause', 'E Elterncafé']);
  });

  it('combines filters and the search', async () => {
    expect(await list(`?altersphase=6-9&standortId=${k.schule2.id}`)).toEqual(['C Bewegte Pause']);
    expect(await list('?finanzierung=kommunal&status=pausiert')).toEqual(['E Elterncafé']);
    expect(await list('?q=café')).toEqual(['A Sprachcafé', 'E Elterncafé']);
    expect(await list('?q=CAFÉ&altersphase=0-2')).toEqual(['E Elterncafé']);
    expect(await list(`?archiviert=true&standortId=${k.schule1.id}`)).toEqual(['F Altes Sprachangebot']);
  });

  it('pages the list', async () => {
    const page2 = bodyOf<Page<Angebot>>(await api.listAngebote(k.session, k.kommune.id, '?pageSize=2&page=2'));
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(titles(page2)).toEqual(['C Bewegte Pause', 'D Berufsparcours']);
  });

  it.each([
    ['handlungsfeld', 'kunst'],
    ['altersphase', '5-6'],
    ['finanzierung', 'privat'],
    ['status', 'offen'],
    ['ebene', 'land'],
    ['standortId', 'schule'],
    ['akteurId', '1'],
  ])('refuses an invalid %s filter with 400 naming it', async (field, value) => {
    const problem = expectProblem(await api.listAngebote(k.session, k.kommune.id, `?${field}=${value}`), 400, 'validation_failed');
    expect(fieldsOf(problem)).toEqual([field]);
  });
});
