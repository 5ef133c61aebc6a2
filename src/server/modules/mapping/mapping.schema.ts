import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { kommunen, schulen } from '../directory/directory.schema.js';

const audited = {
  version: integer('version').notNull().default(1),
  archiviertAm: timestamp('archiviert_am', { withTimezone: true }),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  aktualisiertAm: timestamp('aktualisiert_am', { withTimezone: true }).notNull().defaultNow(),
};

/** Actor types a Kommune added to the built-in vocabulary. */
export const akteurTypen = pgTable(
  'akteur_typen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('akteur_typen_kommune_code_uq').on(t.kommuneId, t.code)],
);

/** An organisation active in a Kommune (tenant = kommune_id). */
export const akteure = pgTable(
  'akteure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    typ: text('typ').notNull(),
    kreis: text('kreis').notNull(),
    beschreibung: text('beschreibung'),
    kontaktFunktion: text('kontakt_funktion'),
    kontaktEmail: text('kontakt_email'),
    kontaktTelefon: text('kontakt_telefon'),
    geteilt: boolean('geteilt').notNull().default(false),
    ...audited,
  },
  (t) => [index('akteure_kommune_idx').on(t.kommuneId), index('akteure_typ_idx').on(t.kommuneId, t.typ)],
);

export const akteurStandorte = pgTable(
  'akteur_standorte',
  {
    akteurId: uuid('akteur_id')
      .notNull()
      .references(() => akteure.id, { onDelete: 'cascade' }),
    schuleId: uuid('schule_id')
      .notNull()
      .references(() => schulen.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.akteurId, t.schuleId] }), index('akteur_standorte_schule_idx').on(t.schuleId)],
);

/** An offer or resource: what, for whom, where, how much, paid by whom. */
export const angebote = pgTable(
  'angebote',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'cascade' }),
    akteurId: uuid('akteur_id').references(() => akteure.id, { onDelete: 'set null' }),
    titel: text('titel').notNull(),
    beschreibung: text('beschreibung'),
    handlungsfeld: text('handlungsfeld').notNull(),
    ebene: text('ebene').notNull(),
    altersphasen: text('altersphasen').array().notNull(),
    zielgruppe: text('zielgruppe'),
    stundenProWoche: numeric('stunden_pro_woche', { precision: 8, scale: 2, mode: 'number' }),
    finanzierung: text('finanzierung').notNull(),
    beginn: date('beginn'),
    ende: date('ende'),
    status: text('status').notNull(),
    geteilt: boolean('geteilt').notNull().default(false),
    ...audited,
  },
  (t) => [index('angebote_kommune_idx').on(t.kommuneId), index('angebote_akteur_idx').on(t.akteurId), index('angebote_feld_idx').on(t.kommuneId, t.handlungsfeld)],
);

/** Where an offer takes place; its weekly hours are shared equally between its sites. */
export const angebotStandorte = pgTable(
  'angebot_standorte',
  {
    angebotId: uuid('angebot_id')
      .notNull()
      .references(() => angebote.id, { onDelete: 'cascade' }),
    schuleId: uuid('schule_id')
      .notNull()
      .references(() => schulen.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.angebotId, t.schuleId] }), index('angebot_standorte_schule_idx').on(t.schuleId)],
);

/** A typed link between two actors, optionally at a site. */
export const kooperationen = pgTable(
  'kooperationen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'cascade' }),
    akteurAId: uuid('akteur_a_id')
      .notNull()
      .references(() => akteure.id, { onDelete: 'cascade' }),
    akteurBId: uuid('akteur_b_id')
      .notNull()
      .references(() => akteure.id, { onDelete: 'cascade' }),
    typ: text('typ').notNull(),
    schuleId: uuid('schule_id').references(() => schulen.id, { onDelete: 'set null' }),
    beschreibung: text('beschreibung'),
    seit: date('seit'),
    ...audited,
  },
  (t) => [
    index('kooperationen_kommune_idx').on(t.kommuneId),
    index('kooperationen_a_idx').on(t.akteurAId),
    index('kooperationen_b_idx').on(t.akteurBId),
    index('kooperationen_schule_idx').on(t.schuleId),
  ],
);
