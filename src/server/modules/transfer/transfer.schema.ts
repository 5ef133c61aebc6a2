import { index, integer, json, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { scopes, users } from '../identity/identity.schema.js';

/** Lernnetzwerk und Wissenstransfer: gaps and practices of a Kommune (tenant = kommune_id), the context catalogue, transfers. */

const audited = {
  version: integer('version').notNull().default(1),
  erstelltVon: uuid('erstellt_von').references(() => users.id, { onDelete: 'set null' }),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  aktualisiertAm: timestamp('aktualisiert_am', { withTimezone: true }).notNull().defaultNow(),
};

/** The catalogue of context questions (Kontextmodell), kept by the state coordination. */
export const kontextFragen = pgTable(
  'kontext_fragen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    dimension: text('dimension').notNull(),
    frage: text('frage').notNull(),
    hinweis: text('hinweis'),
    aktiv: boolean('aktiv').notNull().default(true),
    ...audited,
  },
  (t) => [uniqueIndex('kontext_fragen_code_uq').on(t.code), index('kontext_fragen_dimension_idx').on(t.dimension)],
);

/** A gap in a Kommune's prevention chain ("Wo hakt es?"), one cell of its grid Handlungsfeld × Altersphase. */
export const luecken = pgTable(
  'luecken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    handlungsfeld: text('handlungsfeld').notNull(),
    altersphase: text('altersphase').notNull(),
    beschreibung: text('beschreibung').notNull(),
    prioritaet: text('prioritaet').notNull(),
    status: text('status').notNull().default('offen'),
    ...audited,
  },
  (t) => [index('luecken_kommune_idx').on(t.kommuneId)],
);

export interface Ressourcen {
  personal: string | null;
  geld: string | null;
  raeume: string | null;
}
export interface Kontakt {
  name: string | null;
  funktion: string | null;
  email: string | null;
}

/** A good practice of a Kommune. `suchtext` holds the analysed terms (stems and compound parts) for full-text search. */
export const praxisbeispiele = pgTable(
  'praxisbeispiele',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    titel: text('titel').notNull(),
    beschreibung: text('beschreibung').notNull(),
    handlungsfelder: text('handlungsfelder').array().notNull(),
    altersphasen: text('altersphasen').array().notNull(),
    zielgruppen: text('zielgruppen').array().notNull(),
    ressourcen: json('ressourcen').$type<Ressourcen>().notNull(),
    seit: integer('seit'),
    kontakt: json('kontakt').$type<Kontakt>().notNull(),
    links: text('links').array().notNull(),
    suchtext: text('suchtext').notNull(),
    ...audited,
  },
  (t) => [index('praxisbeispiele_kommune_idx').on(t.kommuneId)],
);

/** The context profile of a practice: its answers to questions of the catalogue. */
export const praxisKontext = pgTable(
  'praxis_kontext',
  {
    praxisId: uuid('praxis_id')
      .notNull()
      .references(() => praxisbeispiele.id, { onDelete: 'cascade' }),
    frageId: uuid('frage_id')
      .notNull()
      .references(() => kontextFragen.id, { onDelete: 'cascade' }),
    antwort: text('antwort').notNull(),
  },
  (t) => [primaryKey({ columns: [t.praxisId, t.frageId] })],
);

/** A transfer: a requesting Kommune asks a providing Kommune about a practice, through preparation, exchange and follow-up. */
export const transfers = pgTable(
  'transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    praxisId: uuid('praxis_id')
      .notNull()
      .references(() => praxisbeispiele.id, { onDelete: 'cascade' }),
    lueckeId: uuid('luecke_id').references(() => luecken.id, { onDelete: 'set null' }),
    anfragendeKommuneId: uuid('anfragende_kommune_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    abgebendeKommuneId: uuid('abgebende_kommune_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    anliegen: text('anliegen').notNull(),
    phase: text('phase').notNull().default('angefragt'),
    termin: timestamp('termin', { withTimezone: true }),
    ort: text('ort'),
    /** A meeting of the networks module the exchange takes place in. */
    treffenId: uuid('treffen_id'),
    angepassteUmsetzung: text('angepasste_umsetzung'),
    erfahrung: text('erfahrung'),
    abgeschlossenAm: timestamp('abgeschlossen_am', { withTimezone: true }),
    ...audited,
  },
  (t) => [index('transfers_anfragend_idx').on(t.anfragendeKommuneId), index('transfers_abgebend_idx').on(t.abgebendeKommuneId), index('transfers_praxis_idx').on(t.praxisId)],
);

/** The context questions the requesting Kommune chose, with the provider's answers. */
export const transferFragen = pgTable(
  'transfer_fragen',
  {
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => transfers.id, { onDelete: 'cascade' }),
    frageId: uuid('frage_id')
      .notNull()
      .references(() => kontextFragen.id, { onDelete: 'cascade' }),
    antwort: text('antwort'),
    beantwortetAm: timestamp('beantwortet_am', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.transferId, t.frageId] })],
);
