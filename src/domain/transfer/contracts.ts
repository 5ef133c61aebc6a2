import { z } from 'zod';
import { idSchema } from '../identity/contracts.js';
import { optionalText, refSchema, requiredText } from '../shared/fields.js';
import { altersphaseSchema, handlungsfeldSchema, kontextDimensionen } from '../shared/vocabularies.js';
import { versionSchema } from '../shared/version.js';

/**
 * Verträge des Moduls Lernnetzwerk und Wissenstransfer: Lückenraster, Praxisbeispiele mit
 * Kontextprofil, Katalog der Kontextfragen, Vorschläge (Matches) und der Transferprozess zwischen
 * anfragender und abgebender Kommune. Dieselben Formen gelten für Route, Client und Formular.
 */

export const kontextDimensionCodes = Object.keys(kontextDimensionen) as [keyof typeof kontextDimensionen, ...(keyof typeof kontextDimensionen)[]];
export const kontextDimensionSchema = z.enum(kontextDimensionCodes, { error: 'Unbekannte Dimension des Kontextmodells.' });
export type KontextDimensionCode = z.infer<typeof kontextDimensionSchema>;

export const prioritaeten = ['hoch', 'mittel', 'niedrig'] as const;
export const prioritaetSchema = z.enum(prioritaeten, { error: 'Die Priorität muss hoch, mittel oder niedrig sein.' });
export const prioritaetLabels: Record<(typeof prioritaeten)[number], string> = { hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' };

export const lueckenStatus = ['offen', 'in-bearbeitung', 'geloest'] as const;
export const lueckenStatusSchema = z.enum(lueckenStatus, { error: 'Der Status muss offen, in-bearbeitung oder geloest sein.' });
export const lueckenStatusLabels: Record<(typeof lueckenStatus)[number], string> = { offen: 'offen', 'in-bearbeitung': 'in Bearbeitung', geloest: 'gelöst' };

/**
 * Vorbereitung (the provider answers the chosen context questions) → Austausch (a meeting is
 * arranged) → Nachbereitung (the meeting has taken place) → abgeschlossen (the requester recorded its
 * adapted approach), or abgebrochen.
 */
export const transferPhasen = ['vorbereitung', 'austausch', 'nachbereitung', 'abgeschlossen', 'abgebrochen'] as const;
export const transferPhaseSchema = z.enum(transferPhasen, { error: 'Unbekannte Phase des Transfers.' });
export type TransferPhase = z.infer<typeof transferPhaseSchema>;
export const transferPhaseLabels: Record<TransferPhase, string> = {
  vorbereitung: 'Vorbereitung: Kontextfragen beantworten',
  austausch: 'Austausch vereinbart',
  nachbereitung: 'Nachbereitung: angepasste Umsetzung',
  abgeschlossen: 'abgeschlossen',
  abgebrochen: 'abgebrochen',
};

// ---- Lückenraster ---------------------------------------------------------

export const lueckeBody = z.strictObject({
  handlungsfeld: handlungsfeldSchema,
  altersphase: altersphaseSchema,
  beschreibung: requiredText(10, 2000, 'eine Beschreibung („Wo hakt es?“)', 'Die Beschreibung'),
  prioritaet: prioritaetSchema,
  status: lueckenStatusSchema.optional().default('offen'),
});
/** A change names the status too: leaving it out must not reopen a solved gap. */
export const lueckeUpdateBody = lueckeBody.extend({ status: lueckenStatusSchema, version: versionSchema });

export const lueckeSchema = z.object({
  id: idSchema,
  kommune: refSchema,
  handlungsfeld: handlungsfeldSchema,
  altersphase: altersphaseSchema,
  beschreibung: z.string(),
  prioritaet: prioritaetSchema,
  status: lueckenStatusSchema,
  version: z.number().int(),
  aktualisiertAm: z.string(),
});
export type Luecke = z.infer<typeof lueckeSchema>;

// ---- Praxisbeispiele ------------------------------------------------------

export const kontextAntwortSchema = z.object({ frage: z.string().min(1).max(40), antwort: requiredText(1, 2000, 'eine Antwort', 'Die Antwort') });

export const praxisBody = z.strictObject({
  titel: requiredText(3, 200, 'einen Titel', 'Der Titel'),
  beschreibung: requiredText(20, 5000, 'eine Beschreibung', 'Die Beschreibung'),
  handlungsfelder: z.array(handlungsfeldSchema).min(1, { error: 'Bitte mindestens ein Handlungsfeld wählen.' }),
  altersphasen: z.array(altersphaseSchema).min(1, { error: 'Bitte mindestens eine Altersphase wählen.' }),
  zielgruppen: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  ressourcen: z.strictObject({ personal: optionalText(500, 'Das Personal'), geld: optionalText(500, 'Die Finanzierung'), raeume: optionalText(500, 'Die Räume') }),
  seit: z
    .number({ error: 'Bitte das Jahr angeben, seit dem es die Praxis gibt.' })
    .int({ error: 'Das Jahr muss eine ganze Zahl sein.' })
    .min(1950, { error: 'Das Jahr muss zwischen 1950 und 2100 liegen.' })
    .max(2100, { error: 'Das Jahr muss zwischen 1950 und 2100 liegen.' })
    .nullable()
    .optional(),
  kontakt: z.strictObject({
    name: optionalText(200, 'Der Name'),
    funktion: optionalText(200, 'Die Funktion'),
    email: z
      .union([z.literal(''), z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' }).max(254, { error: 'Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).' })])
      .nullable()
      .optional()
      .transform((v) => v || null),
  }),
  // Only web addresses: a link is shown to everyone, so javascript: or data: must not get in.
  links: z.array(z.url({ protocol: /^https?$/, error: 'Bitte eine vollständige Adresse angeben (https://…).' })).max(10).default([]),
  kontext: z.array(kontextAntwortSchema).max(200).default([]),
});
export const praxisUpdateBody = praxisBody.extend({ version: versionSchema });

export const praxisSuchQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  handlungsfeld: handlungsfeldSchema.optional(),
  altersphase: altersphaseSchema.optional(),
  kommuneId: idSchema.optional(),
  netzwerkId: idSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

// ---- Kontextfragen --------------------------------------------------------

export const kontextFrageBody = z.strictObject({
  dimension: kontextDimensionSchema,
  frage: requiredText(10, 500, 'eine Frage', 'Die Frage'),
  hinweis: optionalText(1000, 'Der Hinweis'),
});
export const kontextFrageUpdateBody = kontextFrageBody.extend({ aktiv: z.boolean({ error: 'Bitte angeben, ob die Frage aktiv ist.' }), version: versionSchema });
export const kontextFrageSchema = z.object({ id: idSchema, code: z.string(), dimension: kontextDimensionSchema, frage: z.string(), hinweis: z.string().nullable(), aktiv: z.boolean(), version: z.number().int() });
export type KontextFrageDto = z.infer<typeof kontextFrageSchema>;

// ---- Vorschläge -----------------------------------------------------------

export const vorschlagSchema = z.object({
  praxis: z.object({ id: idSchema, titel: z.string(), kommune: refSchema }),
  rang: z.number().int(),
  score: z.number(),
  gruende: z.array(z.string()),
});
export type Vorschlag = z.infer<typeof vorschlagSchema>;

// ---- Transferprozess ------------------------------------------------------

export const transferAnfrageBody = z.strictObject({
  /** The requesting Kommune (the caller coordinates it). */
  kommuneId: idSchema,
  praxisId: idSchema,
  lueckeId: idSchema.nullable().optional(),
  anliegen: requiredText(10, 2000, 'Ihr Anliegen', 'Das Anliegen'),
  fragen: z.array(idSchema).max(60).default([]),
});
export const transferAntwortenBody = z.strictObject({ antworten: z.array(z.strictObject({ frageId: idSchema, antwort: requiredText(1, 2000, 'eine Antwort', 'Die Antwort') })).max(60), version: versionSchema });
export const transferTreffenBody = z.strictObject({ termin: z.iso.datetime({ offset: true, error: 'Bitte Datum und Uhrzeit angeben.' }), ort: optionalText(500, 'Der Ort'), treffenId: idSchema.nullable().optional(), version: versionSchema });
export const transferNachbereitungBody = z.strictObject({
  angepassteUmsetzung: requiredText(20, 5000, 'die angepasste Umsetzung', 'Die angepasste Umsetzung'),
  erfahrung: optionalText(5000, 'Die Erfahrung'),
  version: versionSchema,
});

// ---- Answers --------------------------------------------------------------

export const lernnetzwerkSchema = z.object({ id: idSchema, name: z.string(), kommunen: z.array(refSchema) });
export type Lernnetzwerk = z.infer<typeof lernnetzwerkSchema>;
export const lueckenrasterSchema = z.object({ kommune: refSchema, darfBearbeiten: z.boolean(), items: z.array(lueckeSchema) });
export const vorschlaegeSchema = z.object({ luecke: lueckeSchema, items: z.array(vorschlagSchema) });
export const matchesSchema = z.object({
  netzwerk: refSchema,
  kommunen: z.array(refSchema),
  items: z.array(z.object({ luecke: lueckeSchema, vorschlaege: z.array(vorschlagSchema) })),
});

export const praxisKopfSchema = z.object({
  id: idSchema,
  kommune: refSchema,
  titel: z.string(),
  beschreibung: z.string(),
  handlungsfelder: z.array(z.string()),
  altersphasen: z.array(z.string()),
  zielgruppen: z.array(z.string()),
  seit: z.number().int().nullable(),
  version: z.number().int(),
});
export const praxisSeiteSchema = z.object({ items: z.array(praxisKopfSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const praxisDetailSchema = praxisKopfSchema.extend({
  ressourcen: z.object({ personal: z.string().nullable(), geld: z.string().nullable(), raeume: z.string().nullable() }),
  kontakt: z.object({ name: z.string().nullable(), funktion: z.string().nullable(), email: z.string().nullable() }),
  links: z.array(z.string()),
  kontext: z.array(z.object({ frageId: idSchema, code: z.string(), dimension: z.string(), frage: z.string(), antwort: z.string() })),
  erfahrungen: z.array(z.object({ transferId: idSchema, kommune: refSchema, angepassteUmsetzung: z.string(), erfahrung: z.string().nullable(), abgeschlossenAm: z.string().nullable() })),
  darfBearbeiten: z.boolean(),
});
export type PraxisDetail = z.infer<typeof praxisDetailSchema>;

export const transferSchema = z.object({
  id: idSchema,
  praxis: z.object({ id: idSchema, titel: z.string() }),
  lueckeId: idSchema.nullable(),
  anfragend: refSchema,
  abgebend: refSchema,
  anliegen: z.string(),
  phase: z.string(),
  termin: z.string().nullable(),
  ort: z.string().nullable(),
  treffenId: idSchema.nullable(),
  angepassteUmsetzung: z.string().nullable(),
  erfahrung: z.string().nullable(),
  abgeschlossenAm: z.string().nullable(),
  version: z.number().int(),
  aktualisiertAm: z.string(),
});
export const transferDetailSchema = transferSchema.extend({
  fragen: z.array(z.object({ frageId: idSchema, code: z.string(), dimension: z.string(), frage: z.string(), antwort: z.string().nullable(), beantwortetAm: z.string().nullable() })),
  rolle: z.enum(['anfragend', 'abgebend', 'beide']),
});
export type TransferDetail = z.infer<typeof transferDetailSchema>;
