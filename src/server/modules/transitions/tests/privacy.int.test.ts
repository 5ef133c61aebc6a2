import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Uebersicht } from '../../../../domain/transitions/round-contracts.js';
import { buildApp } from '../../../app.js';
import { auditLog } from '../../../core/audit.schema.js';
import { loadConfig } from '../../../core/config.js';
import type { Database } from '../../../core/db.js';
import type { AppInstance } from '../../../core/http.js';
import { ensureRootScope } from '../../identity/identity.repository.js';
import { createTestDatabase } from '../../../testing/test-database.js';
import { deleteExpiredRoundData } from '../delete-round-data.js';
import { leaverCsv, leaverHeader, leaverRow, roundLists, upload, utf8Csv, type Kind, type RoundLists } from './factories.js';
import { bodyOf, buildTransitionsWorld, fallWith, openRunde, uebergangApi, uploadLists, type EigeneListe, type Fall, type FallDetail, type ListeBericht, type Pruefung, type Runde, type TransitionsWorld, type UebergangApi } from './support.js';

/**
 * "No trace": after the retention period nothing of a child is left anywhere in the database,
 * and neither the audit log nor the server log ever held a name.
 */

const DAY_MS = 86_400_000;

/** Strings that exist nowhere but in this round's lists and notes. */
const distinctive = {
  nachname: 'Zwetschgenbaum',
  vorname: 'Quirinella',
  geburtsdatum: '2013-11-29',
  strasse: 'Mispelhofgasse 13',
  sicherName: 'Haselwurzinger',
  sicherVorname: 'Bonifatia',
  sicherDatum: '2013-10-27',
  sicherStrasse: 'Quittenhainweg 5',
};
const TRACES = Object.values(distinctive);
/** Every Kennung of the round starts like this. */
const KENNUNG = 'Zq7K';

/** The standard lists with two children renamed to the distinctive strings and every Kennung made unique. */
function privacyLists(x: string, y: string): RoundLists {
  const lists = roundLists(x, y);
  const rename = (k: Kind): Kind => {
    const kennung = `${KENNUNG}-${k.kennung}`;
    if (k.nachname === 'Oberhuber') return { ...k, kennung, nachname: distinctive.nachname, vorname: distinctive.vorname, geburtsdatum: distinctive.geburtsdatum, strasse: distinctive.strasse };
    if (k.nachname === 'Sommerfeld') return { ...k, kennung, nachname: distinctive.sicherName, vorname: distinctive.sicherVorname, geburtsdatum: distinctive.sicherDatum, strasse: distinctive.sicherStrasse };
    return { ...k, kennung };
  };
  return { abgangA: lists.abgangA.map(rename), abgangB: lists.abgangB.map(rename), anmeldungX: lists.anmeldungX.map(rename), anmeldungY: lists.anmeldungY.map(rename) };
}

// Built by hand with the real logger, whose output is kept to be searched (pino writes to a patched stdout).
let app: AppInstance;
let database: Database;
let w: TransitionsWorld;
let v: UebergangApi;
const logLines: string[] = [];
const originalWrite = process.stdout.write;

beforeAll(async () => {
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    if (text.startsWith('{"level"')) {
      logLines.push(text);
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return (originalWrite as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  database = await createTestDatabase();
  await ensureRootScope(database.db);
  const config = loadConfig({ STRANG_DATA_DIR: 'memory://', STRANG_WEB_DIR: './dist/web', LOG_LEVEL: 'trace' });
  app = await buildApp({ config, database, logger: true });
  await app.ready();
  w = await buildTransitionsWorld(app, database.db);
  v = uebergangApi(app);
});
afterAll(async () => {
  process.stdout.write = originalWrite;
  await app?.close();
  await database?.close();
});

const runde = async (id: string) => bodyOf<Runde>(await v.runde(w.sessions.koordination, id));
const liste = async (s: keyof TransitionsWorld['sessions'], id: string, schuleId: string, art: 'abgang' | 'anmeldung') => bodyOf<EigeneListe>(await v.liste(w.sessions[s], id, schuleId, art));
const faelle = async (id: string, query = '') => bodyOf<{ items: Fall[] }>(await v.faelle(w.sessions.koordination, id, query)).items;

/** Every row of every table of the public schema as text. */
async function everyRow(): Promise<{ table: string; text: string }[]> {
  const tables = (await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)) as unknown as { rows: { table_name: string }[] };
  const out: { table: string; text: string }[] = [];
  for (const { table_name: table } of tables.rows) {
    const rows = (await database.db.execute(sql.raw(`select t::text as row from "${table.replace(/"/g, '""')}" t`))) as unknown as { rows: { row: string }[] };
    for (const r of rows.rows) out.push({ table, text: r.row });
  }
  return out;
}

/** Where in the database (table: string) any of the strings is found, case-insensitively. */
async function tracesOf(strings: string[]): Promise<string[]> {
  const rows = await everyRow();
  expect(rows.length).toBeGreaterThan(50);
  const hits: string[] = [];
  // Audit entries are named by their action, so a failure says which use case wrote the trace.
  const where = (r: { table: string; text: string }) => (r.table === 'audit_log' ? `audit_log ${r.text.split(',')[3]}` : r.table);
  for (const s of strings) for (const r of rows) if (r.text.toLowerCase().includes(s.toLowerCase())) hits.push(`${where(r)}: ${s}`);
  return [...new Set(hits)];
}

describe('a round after its retention period', () => {
  let r: Runde;
  let lists: RoundLists;
  let entryIds: string[];
  let kennungen: string[];
  let zahlenVorher: Runde['zahlen'];
  let uebersichtVorher: Uebersicht;
  let closedAt: number;

  beforeAll(async () => {
    r = await openRunde(v, w, { aufbewahrungTage: 30 });
    lists = privacyLists(w.schulen.x.code!, 'Gymnasium Am Wall');
    await uploadLists(v, w, r.id, lists);
    // A broken file with a name in it is refused; it must leave no trace either.
    const broken = [leaverRow({ kennung: `${KENNUNG}-kaputt`, nachname: distinctive.nachname, vorname: distinctive.vorname, geburtsdatum: null })];
    broken[0]![3] = '31.02.2013';
    expect(bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', utf8Csv(leaverHeader, broken)))).ok).toBe(false);
    // A dry run with the names stores nothing.
    expect(bodyOf<ListeBericht>(await v.upload(w.sessions.schulleitungA, r.id, w.schulen.a.id, 'abgang', upload('csv', leaverCsv(lists.abgangA), { dryRun: true }))).dryRun).toBe(true);

    bodyOf(await v.abgleich(w.sessions.koordination, r.id));
    const [paar] = bodyOf<{ items: Pruefung[] }>(await v.pruefungen(w.sessions.koordination, r.id)).items;
    expect(paar, 'a pair to review').toBeDefined();
    bodyOf<Pruefung>(await v.decide(w.sessions.koordination, r.id, paar!.id, 'abgelehnt'));
    bodyOf<Pruefung>(await v.decide(w.sessions.koordination, r.id, paar!.id, 'bestaetigt'));

    const weg = fallWith(await faelle(r.id), 'unversorgt', `${KENNUNG}-A-WEG`)!;
    expect(weg, 'the unversorgt case').toBeDefined();
    expect(weg.eintraege[0]!.person).toMatchObject({ nachname: distinctive.nachname, strasse: distinctive.strasse });
    bodyOf<FallDetail>(await v.comment(w.sessions.schulleitungA, r.id, weg.id, `${distinctive.vorname} ${distinctive.nachname} ist in die ${distinctive.strasse} gezogen.`), 201);
    bodyOf<FallDetail>(await v.comment(w.sessions.koordination, r.id, weg.id, `Geboren am ${distinctive.geburtsdatum}, bitte beim Jugendamt nachfragen.`), 201);
    const resolved = bodyOf<FallDetail>(await v.resolve(w.sessions.schulleitungA, r.id, weg.id, { grund: 'sonstiges', notiz: `${distinctive.vorname} besucht eine Schule in Nachbarstadt`, version: weg.version }));
    expect(resolved.status).toBe('erledigt');
    const other = (await faelle(r.id)).find((f) => f.art === 'ohne-abgang')!;
    const assigned = bodyOf<FallDetail>(await v.assign(w.sessions.koordination, r.id, other.id, w.schulen.a.id, other.version));
    bodyOf<FallDetail>(await v.resolve(w.sessions.koordination, r.id, other.id, { grund: 'verzogen', version: assigned.version }));

    // Every entry id and Kennung of the round, as the schools and the review page show them.
    const own = [
      await liste('schulleitungA', r.id, w.schulen.a.id, 'abgang'),
      await liste('schulleitungB', r.id, w.schulen.b.id, 'abgang'),
      await liste('schulleitungX', r.id, w.schulen.x.id, 'anmeldung'),
      await liste('schulleitungY', r.id, w.schulen.y.id, 'anmeldung'),
    ];
    entryIds = own.flatMap((l) => l.items.map((i) => i.id));
    kennungen = own.flatMap((l) => l.items.map((i) => i.kennung));
    expect(entryIds).toHaveLength(21 + 22);
    expect(kennungen.every((k) => k.startsWith(KENNUNG))).toBe(true);
    // The distinctive strings are really stored before the deletion (so the scan below can find them).
    expect(await tracesOf([distinctive.nachname, distinctive.vorname, distinctive.strasse, distinctive.sicherDatum, KENNUNG])).toEqual(
      expect.arrayContaining(['uebergang_eintraege: Zwetschgenbaum', 'uebergang_faelle: Quirinella', 'uebergang_kommentare: Zwetschgenbaum', 'uebergang_eintraege: Mispelhofgasse 13', 'uebergang_eintraege: 2013-10-27']),
    );

    const before = await runde(r.id);
    zahlenVorher = before.zahlen;
    uebersichtVorher = bodyOf<Uebersicht>(await v.uebersicht(w.sessions.lesend, r.id));
    expect(zahlenVorher).toMatchObject({ abgaenge: 21, anmeldungen: 22, faelleErledigt: 2 });
    const closed = bodyOf<Runde>(await v.close(w.sessions.koordination, r.id, before.version));
    expect(closed.status).toBe('abgeschlossen');
    closedAt = new Date(closed.abgeschlossenAm!).getTime();
  });

  it('keeps the personal data after closing, and one day before the retention period ends', async () => {
    expect((await liste('schulleitungA', r.id, w.schulen.a.id, 'abgang')).items.find((i) => i.nachname === distinctive.nachname)).toBeDefined();
    expect(await deleteExpiredRoundData(database.db, new Date(closedAt + 29 * DAY_MS))).toBe(0);
    expect((await runde(r.id)).status).toBe('abgeschlossen');
    expect((await liste('schulleitungA', r.id, w.schulen.a.id, 'abgang')).items).toHaveLength(11);
    expect((await faelle(r.id, '?status=alle')).length).toBeGreaterThan(0);
  });

  it('deletes them once the retention period is over; the round keeps its name, schools and counts', async () => {
    const now = new Date(closedAt + 31 * DAY_MS);
    expect(await deleteExpiredRoundData(database.db, now)).toBe(1);
    // A second housekeeping run finds nothing more to do.
    expect(await deleteExpiredRoundData(database.db, new Date(closedAt + 32 * DAY_MS))).toBe(0);

    const after = await runde(r.id);
    expect(after).toMatchObject({ status: 'geloescht', bezeichnung: 'Übergang 4 → 5 Musterstadt', loeschungAm: now.toISOString(), rechte: { koordination: true, listen: [] } });
    expect(after.zahlen).toEqual(zahlenVorher);
    expect(after.schulen).toHaveLength(4);
    expect(after.schulen.every((s) => s.liste === null)).toBe(true);
    expect(bodyOf<Uebersicht>(await v.uebersicht(w.sessions.lesend, r.id))).toEqual(uebersichtVorher);
    expect((await runde(r.id)).rechte.listen).toEqual([]);
    expect(bodyOf<Runde>(await v.runde(w.sessions.schulleitungA, r.id)).rechte.listen).toEqual([]);
    expect(await liste('schulleitungA', r.id, w.schulen.a.id, 'abgang')).toMatchObject({ hochgeladenAm: null, items: [] });
    expect(await faelle(r.id, '?status=alle')).toEqual([]);
    expect(bodyOf<{ items: Pruefung[] }>(await v.pruefungen(w.sessions.koordination, r.id, 'alle')).items).toEqual([]);

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'uebergang_runde.personal_data_deleted'), eq(auditLog.entityId, r.id)));
    expect(entry).toMatchObject({ actorId: null, entityType: 'uebergang_runde', scopeId: w.musterstadt.id, before: { status: 'abgeschlossen' }, after: { status: 'geloescht' } });
  });

  it('leaves no name, birth date, street or Kennung in any table, the audit log included', async () => {
    expect(await tracesOf([...TRACES, ...kennungen, KENNUNG])).toEqual([]);
  });

  it('leaves no id of a deleted entry in any table, the audit log included', async () => {
    expect(await tracesOf(entryIds)).toEqual([]);
  });
});

describe('a round kept for 0 days', () => {
  it('loses its personal data when it is closed', async () => {
    const r = await openRunde(v, w, { aufbewahrungTage: 0, bezeichnung: 'Sofort löschen' });
    const lists = privacyLists(w.schulen.x.code!, 'Gymnasium Am Wall');
    await uploadLists(v, w, r.id, lists);
    bodyOf(await v.abgleich(w.sessions.koordination, r.id));
    const before = await runde(r.id);
    expect(before.zahlen.abgaenge).toBe(21);
    const closed = bodyOf<Runde>(await v.close(w.sessions.koordination, r.id, before.version));
    expect(closed).toMatchObject({ status: 'geloescht', zahlen: before.zahlen });
    expect(closed.loeschungAm).toBe(closed.abgeschlossenAm);
    expect(closed.schulen.every((s) => s.liste === null)).toBe(true);
    expect(await liste('schulleitungA', r.id, w.schulen.a.id, 'abgang')).toMatchObject({ items: [] });
    expect(await faelle(r.id, '?status=alle')).toEqual([]);
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'uebergang_runde.personal_data_deleted'), eq(auditLog.entityId, r.id)));
    expect(entry!.actorId).toBe(w.people.koordination.user.id);
    // The other round was deleted before: nothing of either is left.
    expect(await tracesOf([...TRACES, KENNUNG])).toEqual([]);
  });
});

describe('audit log and server log', () => {
  it('the audit entries of the whole flow name no child', async () => {
    const rows = await database.db.select().from(auditLog);
    const actions = new Set(rows.map((e) => e.action));
    for (const a of ['uebergang_runde.created', 'uebergang_liste.stored', 'uebergang_runde.matched', 'uebergang_paar.decided', 'uebergang_fall.commented', 'uebergang_fall.resolved', 'uebergang_fall.assigned', 'uebergang_runde.closed', 'uebergang_runde.personal_data_deleted']) {
      expect(actions, a).toContain(a);
    }
    const text = JSON.stringify(rows).toLowerCase();
    for (const s of [...TRACES, KENNUNG, 'Sommerfeld', 'Pohlmann', 'Kowalski', 'Lindqvist', 'Nachtigall']) expect(text, s).not.toContain(s.toLowerCase());
  });

  it('the server log names no child', () => {
    const text = logLines.join('').toLowerCase();
    // The log really was captured: request lines with ids, for the transitions routes.
    expect(text).toContain('"reqid"');
    expect(text).toContain('/api/uebergaenge/runden/');
    for (const s of [...TRACES, KENNUNG, 'Pohlmann', 'Kowalski', 'Lindqvist', 'Nachtigall', 'jugendamt nachfragen']) expect(text, s).not.toContain(s.toLowerCase());
  });
});
