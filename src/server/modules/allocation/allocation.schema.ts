import { doublePrecision, index, integer, json, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Ergebnis, GespeichertesModell } from '../../../domain/allocation/contracts.js';
import { scopes, users } from '../identity/identity.schema.js';

/** Per school of a result, in the same order: the fields a comparison shows. */
export interface Zuteilung {
  schuleId: string[];
  schulnummer: string[];
  name: string[];
  schulform: string[];
  kommuneName: string[];
  sozialindex: (number | null)[];
  schueler: (number | null)[];
  menge: number[];
}

/** A named allocation scenario of a Kommune or a Land (tenant = scope_id); its model lives in versions. */
export const verteilungSzenarien = pgTable(
  'verteilung_szenarien',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scopeId: uuid('scope_id')
      .notNull()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    beschreibung: text('beschreibung'),
    /** Number of the current version in verteilung_versionen. */
    aktuelleVersion: integer('aktuelle_version').notNull().default(1),
    /** Optimistic lock: every change adds one. */
    version: integer('version').notNull().default(1),
    erstelltVon: uuid('erstellt_von').references(() => users.id, { onDelete: 'set null' }),
    archiviertAm: timestamp('archiviert_am', { withTimezone: true }),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    aktualisiertAm: timestamp('aktualisiert_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verteilung_szenarien_scope_idx').on(t.scopeId)],
);

/**
 * One saved state of a scenario: the model and the computed result with the school data as they were
 * (name, Schulform, Sozialindex, pupils), so an old version stays reproducible after the data change.
 * Never updated; summary columns let lists skip the result.
 */
export const verteilungVersionen = pgTable(
  'verteilung_versionen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    szenarioId: uuid('szenario_id')
      .notNull()
      .references(() => verteilungSzenarien.id, { onDelete: 'cascade' }),
    nummer: integer('nummer').notNull(),
    name: text('name').notNull(),
    // json, not jsonb: stored and read back as written, which is what a snapshot needs (and faster to read).
    modell: json('modell').$type<GespeichertesModell>().notNull(),
    ergebnis: json('ergebnis').$type<Ergebnis>().notNull(),
    /** What a comparison reads, column by column (a fifth of the result): loading two NRW results whole would dominate its time. */
    zuteilung: json('zuteilung').$type<Zuteilung>().notNull(),
    summe: doublePrecision('summe').notNull(),
    einheiten: integer('einheiten').notNull(),
    schulen: integer('schulen').notNull(),
    seed: text('seed').notNull(),
    erstelltVon: uuid('erstellt_von').references(() => users.id, { onDelete: 'set null' }),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('verteilung_versionen_nummer_uq').on(t.szenarioId, t.nummer)],
);

/** Read-only links for the steering group: only the SHA-256 of the token is kept; revocable. */
export const verteilungFreigaben = pgTable(
  'verteilung_freigaben',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    szenarioId: uuid('szenario_id')
      .notNull()
      .references(() => verteilungSzenarien.id, { onDelete: 'cascade' }),
    bezeichnung: text('bezeichnung').notNull(),
    tokenHash: text('token_hash').notNull(),
    erstelltVon: uuid('erstellt_von').references(() => users.id, { onDelete: 'set null' }),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
    zuletztGenutztAm: timestamp('zuletzt_genutzt_am', { withTimezone: true }),
    widerrufenAm: timestamp('widerrufen_am', { withTimezone: true }),
  },
  (t) => [uniqueIndex('verteilung_freigaben_token_uq').on(t.tokenHash), index('verteilung_freigaben_szenario_idx').on(t.szenarioId)],
);
