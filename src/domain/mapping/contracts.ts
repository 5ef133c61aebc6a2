import { z } from 'zod';
import { idSchema, pageQuery } from '../identity/contracts.js';
import { isoDate, optionalText } from '../shared/fields.js';
import { altersphaseSchema, ebeneSchema, finanzierungSchema, handlungsfeldSchema } from '../shared/vocabularies.js';
import { versionSchema } from '../shared/version.js';
import { angebotStatusSchema, kooperationsTypSchema, kreisSchema } from './vocabulary.js';

const version = versionSchema;
const standortIds = z.array(idSchema, { error: 'Standorte müssen eine Liste sein.' }).max(200, { error: 'Höchstens 200 Standorte.' });

export const standortRefSchema = z.object({ id: idSchema, name: z.string() });

// ---- Akteure -------------------------------------------------------------

export const akteurTypSchema = z.object({ code: z.string(), label: z.string(), eigen: z.boolean() });
export type AkteurTyp = z.infer<typeof akteurTypSchema>;

export const akteurTypBody = z.strictObject({
  label: z.string({ error: 'Bitte eine Bezeichnung angeben.' }).trim().min(2, { error: 'Die Bezeichnung muss mindestens 2 Zeichen lang sein.' }).max(80, { error: 'Die Bezeichnung darf höchstens 80 Zeichen lang sein.' }),
});

export const akteurBody = z.strictObject({
  name: z.string({ error: 'Bitte einen Namen angeben.' }).trim().min(2, { error: 'Der Name muss mindestens 2 Zeichen lang sein.' }).max(200, { error: 'Der Name darf höchstens 200 Zeichen lang sein.' }),
  typ: z.string({ error: 'Bitte eine Art angeben.' }).trim().min(1, { error: 'Bitte eine Art angeben.' }).max(80),
  kreis: kreisSchema,
  beschreibung: optionalText(4000, 'Die Beschreibung'),
  kontaktFunktion: optionalText(200, 'Die Funktion'),
  kontaktEmail: z
    .string()
    .trim()
    .max(254)
    .pipe(z.union([z.literal(''), z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben (Funktionsadresse).' })]))
    .nullable()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  kontaktTelefon: z
    .string()
    .trim()
    .max(40, { error: 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.' })
    .regex(/^[\d\s+()/-]*$/, { error: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.' })
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  standortIds: standortIds.default([]),
  geteilt: z.boolean({ error: 'geteilt muss true oder false sein.' }).default(false),
});
export type AkteurInput = z.infer<typeof akteurBody>;
export const akteurUpdateBody = akteurBody.extend({ version });

export const akteurSchema = z.object({
  id: idSchema,
  kommuneId: idSchema,
  kommuneName: z.string(),
  name: z.string(),
  typ: z.string(),
  typLabel: z.string(),
  kreis: kreisSchema,
  beschreibung: z.string().nullable(),
  kontaktFunktion: z.string().nullable(),
  kontaktEmail: z.string().nullable(),
  kontaktTelefon: z.string().nullable(),
  standorte: z.array(standortRefSchema),
  geteilt: z.boolean(),
  archiviert: z.boolean(),
  version: z.number().int(),
  aktualisiertAm: z.iso.datetime(),
});
export type Akteur = z.infer<typeof akteurSchema>;

const bool = z.enum(['true', 'false'], { error: 'muss true oder false sein' }).transform((v) => v === 'true');

export const akteurListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  typ: z.string().trim().max(80).optional(),
  kreis: kreisSchema.optional(),
  standortId: idSchema.optional(),
  archiviert: bool.default(false),
});

// ---- Angebote ------------------------------------------------------------

export const angebotBody = z
  .strictObject({
    titel: z.string({ error: 'Bitte einen Titel angeben.' }).trim().min(2, { error: 'Der Titel muss mindestens 2 Zeichen lang sein.' }).max(200, { error: 'Der Titel darf höchstens 200 Zeichen lang sein.' }),
    beschreibung: optionalText(4000, 'Die Beschreibung'),
    akteurId: idSchema.nullable().optional().transform((v) => v ?? null),
    handlungsfeld: handlungsfeldSchema,
    ebene: ebeneSchema,
    altersphasen: z.array(altersphaseSchema, { error: 'Altersphasen müssen eine Liste sein.' }).min(1, { error: 'Bitte mindestens eine Altersphase wählen.' }).max(6),
    zielgruppe: optionalText(300, 'Die Zielgruppe'),
    standortIds: standortIds.default([]),
    stundenProWoche: z
      .number({ error: 'Stunden pro Woche müssen eine Zahl sein.' })
      .min(0, { error: 'Stunden pro Woche dürfen nicht negativ sein.' })
      .max(2000, { error: 'Stunden pro Woche höchstens 2.000.' })
      .multipleOf(0.25, { error: 'Stunden pro Woche in Viertelstunden angeben (z. B. 1,5).' })
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    finanzierung: finanzierungSchema,
    beginn: isoDate.nullable().optional().transform((v) => v ?? null),
    ende: isoDate.nullable().optional().transform((v) => v ?? null),
    status: angebotStatusSchema.default('laufend'),
    geteilt: z.boolean({ error: 'geteilt muss true oder false sein.' }).default(false),
  })
  .refine((a) => !a.beginn || !a.ende || a.beginn <= a.ende, { error: 'Das Ende darf nicht vor dem Beginn liegen.', path: ['ende'] });
export type AngebotInput = z.infer<typeof angebotBody>;
export const angebotUpdateBody = angebotBody.safeExtend({ version });

export const angebotSchema = z.object({
  id: idSchema,
  kommuneId: idSchema,
  kommuneName: z.string(),
  titel: z.string(),
  beschreibung: z.string().nullable(),
  akteurId: idSchema.nullable(),
  akteurName: z.string().nullable(),
  handlungsfeld: handlungsfeldSchema,
  ebene: ebeneSchema,
  altersphasen: z.array(altersphaseSchema),
  zielgruppe: z.string().nullable(),
  standorte: z.array(standortRefSchema),
  stundenProWoche: z.number().nullable(),
  finanzierung: finanzierungSchema,
  beginn: z.string().nullable(),
  ende: z.string().nullable(),
  status: angebotStatusSchema,
  geteilt: z.boolean(),
  archiviert: z.boolean(),
  version: z.number().int(),
  aktualisiertAm: z.iso.datetime(),
});
export type Angebot = z.infer<typeof angebotSchema>;

export const angebotListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  handlungsfeld: handlungsfeldSchema.optional(),
  ebene: ebeneSchema.optional(),
  altersphase: altersphaseSchema.optional(),
  finanzierung: finanzierungSchema.optional(),
  status: angebotStatusSchema.optional(),
  akteurId: idSchema.optional(),
  standortId: idSchema.optional(),
  archiviert: bool.default(false),
});

// ---- Kooperationen -------------------------------------------------------

export const kooperationBody = z
  .strictObject({
    akteurAId: idSchema,
    akteurBId: idSchema,
    typ: kooperationsTypSchema,
    standortId: idSchema.nullable().optional().transform((v) => v ?? null),
    beschreibung: optionalText(2000, 'Die Beschreibung'),
    seit: isoDate.nullable().optional().transform((v) => v ?? null),
  })
  .refine((k) => k.akteurAId !== k.akteurBId, { error: 'Eine Kooperation braucht zwei verschiedene Akteure.', path: ['akteurBId'] });
export type KooperationInput = z.infer<typeof kooperationBody>;
export const kooperationUpdateBody = kooperationBody.safeExtend({ version });

export const kooperationSchema = z.object({
  id: idSchema,
  kommuneId: idSchema,
  akteurAId: idSchema,
  akteurAName: z.string(),
  akteurBId: idSchema,
  akteurBName: z.string(),
  typ: kooperationsTypSchema,
  standortId: idSchema.nullable(),
  standortName: z.string().nullable(),
  beschreibung: z.string().nullable(),
  seit: z.string().nullable(),
  archiviert: z.boolean(),
  version: z.number().int(),
  aktualisiertAm: z.iso.datetime(),
});
export type Kooperation = z.infer<typeof kooperationSchema>;

export const kooperationListQuery = pageQuery.extend({
  akteurId: idSchema.optional(),
  standortId: idSchema.optional(),
  typ: kooperationsTypSchema.optional(),
  archiviert: bool.default(false),
});

export { versionBody } from '../shared/version.js';
/** A page of a list: the same shape as every other paged list. */
export { pageOf as listOf } from '../identity/contracts.js';

export const siteMappingSchema = z.object({
  schuleId: idSchema,
  akteure: z.array(akteurSchema),
  angebote: z.array(angebotSchema),
  kooperationen: z.array(kooperationSchema),
});
export type SiteMapping = z.infer<typeof siteMappingSchema>;
