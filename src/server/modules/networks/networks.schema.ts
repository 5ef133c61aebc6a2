import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { kommunen } from '../directory/directory.schema.js';
import { scopes, users } from '../identity/identity.schema.js';

const audited = {
  version: integer('version').notNull().default(1),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  aktualisiertAm: timestamp('aktualisiert_am', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A network or committee. `traeger_scope_id` is the Kommune or Land responsible for it (who may
 * found it, where its audit entries belong); what it may read is decided by membership alone.
 */
export const netzwerke = pgTable(
  'netzwerke',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    beschreibung: text('beschreibung'),
    ebene: text('ebene').notNull(),
    schwerpunkt: text('schwerpunkt').notNull(),
    /** Two-letter state code (NW, ST, …): whose school holidays and public holidays apply. */
    land: text('land').notNull(),
    traegerScopeId: uuid('traeger_scope_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'restrict' }),
    archiviertAm: timestamp('archiviert_am', { withTimezone: true }),
    ...audited,
  },
  (t) => [index('netzwerke_traeger_idx').on(t.traegerScopeId)],
);

export const netzwerkKommunen = pgTable(
  'netzwerk_kommunen',
  {
    netzwerkId: uuid('netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.netzwerkId, t.kommuneId] }), index('netzwerk_kommunen_kommune_idx').on(t.kommuneId)],
);

/** Who belongs to a network and in which role: moderation, mitglied, gast. */
export const netzwerkMitglieder = pgTable(
  'netzwerk_mitglieder',
  {
    netzwerkId: uuid('netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rolle: text('rolle').notNull(),
    seit: timestamp('seit', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.netzwerkId, t.userId] }), index('netzwerk_mitglieder_user_idx').on(t.userId)],
);

/** A recurring series; its meetings are stored as rows of `treffen`, one per occurrence. */
export const sitzungsreihen = pgTable(
  'sitzungsreihen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    netzwerkId: uuid('netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    titel: text('titel').notNull(),
    vorlage: text('vorlage'),
    /** RRULE value (RFC 5545) without the "RRULE:" prefix. */
    regel: text('regel').notNull(),
    /** First meeting as local wall-clock time "YYYY-MM-DDTHH:mm" in `zeitzone`. */
    beginn: text('beginn').notNull(),
    dauerMinuten: integer('dauer_minuten').notNull(),
    zeitzone: text('zeitzone').notNull().default('Europe/Berlin'),
    ort: text('ort'),
    onlineLink: text('online_link'),
    kapazitaet: integer('kapazitaet'),
    ...audited,
  },
  (t) => [index('sitzungsreihen_netzwerk_idx').on(t.netzwerkId)],
);

/** One meeting: a single one or an occurrence of a series (`reihe_termin` = RECURRENCE-ID). */
export const treffen = pgTable(
  'treffen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    netzwerkId: uuid('netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    reiheId: uuid('reihe_id').references(() => sitzungsreihen.id, { onDelete: 'set null' }),
    /** Local start the series gave this occurrence, "YYYY-MM-DDTHH:mm"; kept when it is moved. */
    reiheTermin: text('reihe_termin'),
    titel: text('titel').notNull(),
    beginn: timestamp('beginn', { withTimezone: true }).notNull(),
    ende: timestamp('ende', { withTimezone: true }).notNull(),
    /** geplant | abgesagt */
    status: text('status').notNull().default('geplant'),
    absageGrund: text('absage_grund'),
    /** Moved away from the date its series gave it. */
    verschoben: boolean('verschoben').notNull().default(false),
    ort: text('ort'),
    onlineLink: text('online_link'),
    kapazitaet: integer('kapazitaet'),
    protokoll: text('protokoll'),
    /** iCalendar SEQUENCE: raised on every change a calendar must pick up. */
    sequenz: integer('sequenz').notNull().default(0),
    ...audited,
  },
  (t) => [
    index('treffen_netzwerk_beginn_idx').on(t.netzwerkId, t.beginn),
    uniqueIndex('treffen_reihe_termin_uq').on(t.reiheId, t.reiheTermin),
  ],
);

/** Agenda item: impuls (speaker, topic), austausch, bericht (from another committee), beschluss. */
export const tagesordnungspunkte = pgTable(
  'tagesordnungspunkte',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    treffenId: uuid('treffen_id')
      .notNull()
      .references(() => treffen.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    art: text('art').notNull(),
    titel: text('titel').notNull(),
    referent: text('referent'),
    dauerMinuten: integer('dauer_minuten'),
    /** For a report: the result passed from another network that is reported on. */
    weitergabeId: uuid('weitergabe_id'),
    notiz: text('notiz'),
  },
  (t) => [index('tagesordnungspunkte_treffen_idx').on(t.treffenId, t.position)],
);

/** Registration and attendance of a person for a meeting. */
export const anmeldungen = pgTable(
  'anmeldungen',
  {
    treffenId: uuid('treffen_id')
      .notNull()
      .references(() => treffen.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** angemeldet | warteliste | abgemeldet | ohne-anmeldung (attended without registering) */
    status: text('status').notNull(),
    angemeldetAm: timestamp('angemeldet_am', { withTimezone: true }).notNull().defaultNow(),
    anwesend: boolean('anwesend'),
  },
  (t) => [primaryKey({ columns: [t.treffenId, t.userId] }), index('anmeldungen_user_idx').on(t.userId)],
);

/** A result (ergebnis) or an agreement (vereinbarung: owner, due date, status) of a meeting. */
export const ergebnisse = pgTable(
  'ergebnisse',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    netzwerkId: uuid('netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    treffenId: uuid('treffen_id')
      .notNull()
      .references(() => treffen.id, { onDelete: 'cascade' }),
    art: text('art').notNull(),
    text: text('text').notNull(),
    verantwortlichId: uuid('verantwortlich_id').references(() => users.id, { onDelete: 'set null' }),
    faelligAm: date('faellig_am', { mode: 'string' }),
    /** offen | in-arbeit | erledigt (agreements only) */
    status: text('status'),
    ...audited,
  },
  (t) => [
    index('ergebnisse_treffen_idx').on(t.treffenId),
    index('ergebnisse_netzwerk_idx').on(t.netzwerkId),
    index('ergebnisse_verantwortlich_idx').on(t.verantwortlichId, t.status),
  ],
);

/** A result or agreement passed from one network to another; `empfangen_am` once acknowledged. */
export const weitergaben = pgTable(
  'weitergaben',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ergebnisId: uuid('ergebnis_id')
      .notNull()
      .references(() => ergebnisse.id, { onDelete: 'cascade' }),
    vonNetzwerkId: uuid('von_netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    anNetzwerkId: uuid('an_netzwerk_id')
      .notNull()
      .references(() => netzwerke.id, { onDelete: 'cascade' }),
    notiz: text('notiz'),
    weitergegebenVon: uuid('weitergegeben_von').references(() => users.id, { onDelete: 'set null' }),
    weitergegebenAm: timestamp('weitergegeben_am', { withTimezone: true }).notNull().defaultNow(),
    empfangenVon: uuid('empfangen_von').references(() => users.id, { onDelete: 'set null' }),
    empfangenAm: timestamp('empfangen_am', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('weitergaben_ergebnis_an_uq').on(t.ergebnisId, t.anNetzwerkId),
    index('weitergaben_an_idx').on(t.anNetzwerkId, t.weitergegebenAm),
  ],
);

/**
 * A private calendar subscription: all meetings of the person (netzwerk_id null) or of one network.
 * Only the SHA-256 of the token is stored; revoking sets `widerrufen_am`.
 */
export const kalenderAbos = pgTable(
  'kalender_abos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    netzwerkId: uuid('netzwerk_id').references(() => netzwerke.id, { onDelete: 'cascade' }),
    bezeichnung: text('bezeichnung').notNull(),
    tokenHash: text('token_hash').notNull(),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    zuletztAbgerufenAm: timestamp('zuletzt_abgerufen_am', { withTimezone: true }),
    widerrufenAm: timestamp('widerrufen_am', { withTimezone: true }),
  },
  (t) => [uniqueIndex('kalender_abos_token_uq').on(t.tokenHash), index('kalender_abos_user_idx').on(t.userId)],
);
