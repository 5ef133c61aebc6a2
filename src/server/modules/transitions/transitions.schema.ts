import { date, doublePrecision, index, integer, json, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { scopes, users } from '../identity/identity.schema.js';
import type { RundenStatistik } from './statistics.js';

/**
 * Übergänge: the only tables of Strang with pupils' personal data (eintraege, kommentare, and the
 * keys of paare, entscheidungen and faelle). Closing a round and its retention period end with
 * all of them deleted; the round keeps only `statistik`.
 */

/** A transition round of a Kommune (tenant = kommune_id, the Kommune's scope). */
export const uebergangRunden = pgTable(
  'uebergang_runden',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    bezeichnung: text('bezeichnung').notNull(),
    schuljahr: text('schuljahr').notNull(),
    frist: date('frist').notNull(),
    aufbewahrungTage: integer('aufbewahrung_tage').notNull(),
    /** offen → abgeschlossen → geloescht */
    status: text('status').notNull().default('offen'),
    abgleichAm: timestamp('abgleich_am', { withTimezone: true }),
    /** Last time a list was stored: a match run older than this is out of date. */
    listenGeaendertAm: timestamp('listen_geaendert_am', { withTimezone: true }),
    abgeschlossenAm: timestamp('abgeschlossen_am', { withTimezone: true }),
    loeschungAm: timestamp('loeschung_am', { withTimezone: true }),
    geloeschtAm: timestamp('geloescht_am', { withTimezone: true }),
    /** Anonymous counts, kept after the personal data are gone. */
    statistik: json('statistik').$type<RundenStatistik>(),
    version: integer('version').notNull().default(1),
    erstelltVon: uuid('erstellt_von').references(() => users.id, { onDelete: 'set null' }),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uebergang_runden_kommune_idx').on(t.kommuneId), index('uebergang_runden_loeschung_idx').on(t.status, t.loeschungAm)],
);

/** The schools of a round and their side (a school may be on both). */
export const uebergangSchulen = pgTable(
  'uebergang_schulen',
  {
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    schuleId: uuid('schule_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    seite: text('seite').notNull(),
  },
  (t) => [primaryKey({ columns: [t.rundeId, t.schuleId, t.seite] }), index('uebergang_schulen_schule_idx').on(t.schuleId)],
);

/** A school's uploaded list; a new upload replaces it (and its entries) in one transaction. */
export const uebergangListen = pgTable(
  'uebergang_listen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    schuleId: uuid('schule_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    art: text('art').notNull(),
    eintraege: integer('eintraege').notNull(),
    hochgeladenVon: uuid('hochgeladen_von').references(() => users.id, { onDelete: 'set null' }),
    hochgeladenAm: timestamp('hochgeladen_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('uebergang_listen_uq').on(t.rundeId, t.schuleId, t.art)],
);

/** One child on a list. `kennung` is the school software's id: stable across re-uploads. */
export const uebergangEintraege = pgTable(
  'uebergang_eintraege',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listeId: uuid('liste_id')
      .notNull()
      .references(() => uebergangListen.id, { onDelete: 'cascade' }),
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kennung: text('kennung').notNull(),
    nachname: text('nachname').notNull(),
    vorname: text('vorname').notNull(),
    geburtsdatum: date('geburtsdatum'),
    geschlecht: text('geschlecht'),
    klasse: text('klasse'),
    strasse: text('strasse'),
    plz: text('plz'),
    ort: text('ort'),
    zielschule: text('zielschule'),
    zielschuleId: uuid('zielschule_id').references(() => scopes.id, { onDelete: 'set null' }),
  },
  (t) => [index('uebergang_eintraege_liste_idx').on(t.listeId, t.position), index('uebergang_eintraege_runde_idx').on(t.rundeId)],
);

/** A pair the last match run proposed (`vorschlag` match or review). */
export const uebergangPaare = pgTable(
  'uebergang_paare',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    abgangId: uuid('abgang_id')
      .notNull()
      .references(() => uebergangEintraege.id, { onDelete: 'cascade' }),
    anmeldungId: uuid('anmeldung_id')
      .notNull()
      .references(() => uebergangEintraege.id, { onDelete: 'cascade' }),
    wahrscheinlichkeit: doublePrecision('wahrscheinlichkeit').notNull(),
    vorschlag: text('vorschlag').notNull(),
    /** The field comparison, for the review page. */
    felder: json('felder').$type<{ feld: string; label: string; stufe: string | null; gewicht: number }[]>().notNull(),
  },
  (t) => [index('uebergang_paare_runde_idx').on(t.rundeId), index('uebergang_paare_abgang_idx').on(t.abgangId), index('uebergang_paare_anmeldung_idx').on(t.anmeldungId)],
);

/**
 * A person's review of an uncertain pair, keyed by school and kennung of both entries, so the
 * decision survives a re-upload and a new match run.
 */
export const uebergangEntscheidungen = pgTable(
  'uebergang_entscheidungen',
  {
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    abgangSchluessel: text('abgang_schluessel').notNull(),
    anmeldungSchluessel: text('anmeldung_schluessel').notNull(),
    entscheidung: text('entscheidung').notNull(),
    entschiedenVon: uuid('entschieden_von').references(() => users.id, { onDelete: 'set null' }),
    entschiedenAm: timestamp('entschieden_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.rundeId, t.abgangSchluessel, t.anmeldungSchluessel] })],
);

/**
 * A discrepancy to clear up. `schluessel` (kind + entry keys) finds the same case again after a
 * new match run; `eintraege` are the entry keys "schuleId:art:kennung".
 */
export const uebergangFaelle = pgTable(
  'uebergang_faelle',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rundeId: uuid('runde_id')
      .notNull()
      .references(() => uebergangRunden.id, { onDelete: 'cascade' }),
    art: text('art').notNull(),
    schluessel: text('schluessel').notNull(),
    eintraege: json('eintraege').$type<string[]>().notNull(),
    /** offen, erledigt, entfallen */
    status: text('status').notNull().default('offen'),
    zugewiesenAn: uuid('zugewiesen_an').references(() => scopes.id, { onDelete: 'set null' }),
    grund: text('grund'),
    notiz: text('notiz'),
    erledigtVon: uuid('erledigt_von').references(() => users.id, { onDelete: 'set null' }),
    erledigtAm: timestamp('erledigt_am', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('uebergang_faelle_schluessel_uq').on(t.rundeId, t.schluessel), index('uebergang_faelle_zugewiesen_idx').on(t.zugewiesenAn)],
);

export const uebergangKommentare = pgTable(
  'uebergang_kommentare',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fallId: uuid('fall_id')
      .notNull()
      .references(() => uebergangFaelle.id, { onDelete: 'cascade' }),
    autorId: uuid('autor_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uebergang_kommentare_fall_idx').on(t.fallId)],
);
