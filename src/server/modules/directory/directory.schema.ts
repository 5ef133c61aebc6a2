import { boolean, doublePrecision, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { scopes } from '../identity/identity.schema.js';

/** A municipality; its id is the id of its scope, so memberships and tenancy need no mapping. */
export const kommunen = pgTable('kommunen', {
  id: uuid('id')
    .primaryKey()
    .references(() => scopes.id, { onDelete: 'cascade' }),
  ags: text('ags').notNull().unique(),
  name: text('name').notNull(),
  art: text('art').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A social space within a Kommune that schools can be assigned to. */
export const sozialraeume = pgTable(
  'sozialraeume',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    beschreibung: text('beschreibung'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sozialraeume_kommune_idx').on(t.kommuneId)],
);

/** A school; its id is the id of its scope. */
export const schulen = pgTable(
  'schulen',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => scopes.id, { onDelete: 'cascade' }),
    schulnummer: text('schulnummer').notNull().unique(),
    kommuneId: uuid('kommune_id')
      .notNull()
      .references(() => kommunen.id),
    sozialraumId: uuid('sozialraum_id').references(() => sozialraeume.id, { onDelete: 'set null' }),
    schulform: text('schulform').notNull(),
    name: text('name').notNull(),
    zusatz: text('zusatz'),
    strasse: text('strasse'),
    plz: text('plz'),
    ort: text('ort'),
    rechtsstatus: text('rechtsstatus').notNull(),
    schueler: integer('schueler'),
    sozialindex: smallint('sozialindex'),
    startchancen: boolean('startchancen').notNull().default(false),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    schuljahr: text('schuljahr').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('schulen_kommune_idx').on(t.kommuneId),
    index('schulen_sozialindex_idx').on(t.sozialindex),
    index('schulen_schulform_idx').on(t.schulform),
    index('schulen_sozialraum_idx').on(t.sozialraumId),
  ],
);
