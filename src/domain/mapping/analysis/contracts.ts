import { z } from 'zod';
import { idSchema } from '../../identity/contracts.js';
import { altersphaseSchema, handlungsfeldSchema } from '../../shared/vocabularies.js';
import { angebotStatusSchema, kooperationsTypSchema, kreisSchema } from '../vocabulary.js';

// Shapes of the mapping analyses (network graph, coverage grid, resources against need).
// One definition for the server's validation and OpenAPI document and for the web client.

// ---- Netzwerk ------------------------------------------------------------

/** Up to this many actors the graph shows every name (and the layout leaves room for them). */
export const NETZWERK_NAMEN_BIS = 150;

export const netzwerkQuery = z.strictObject({
  standortId: idSchema.optional(),
  typ: z.string().trim().min(1, { error: 'Bitte eine Art angeben.' }).max(80, { error: 'Die Art darf höchstens 80 Zeichen lang sein.' }).optional(),
  handlungsfeld: handlungsfeldSchema.optional(),
});
export type NetzwerkQuery = z.infer<typeof netzwerkQuery>;

export const netzwerkKnotenSchema = z.object({
  id: idSchema,
  name: z.string(),
  typ: z.string(),
  typLabel: z.string(),
  kreis: kreisSchema,
  /** Number of distinct partners in the shown network. */
  degree: z.number().int(),
  /** Number of cooperations (two with the same partner count twice). */
  kooperationen: z.number().int(),
  /** Share of shortest paths between two other actors that run through this one (0–1). */
  betweenness: z.number(),
  /** Removing the actor splits its part of the network (articulation point). */
  articulation: z.boolean(),
  isolated: z.boolean(),
  broker: z.boolean(),
  x: z.number(),
  y: z.number(),
});
export type NetzwerkKnoten = z.infer<typeof netzwerkKnotenSchema>;

export const netzwerkKanteSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  typ: kooperationsTypSchema,
});
export type NetzwerkKante = z.infer<typeof netzwerkKanteSchema>;

export const netzwerkSchema = z.object({
  kommuneId: idSchema,
  kommuneName: z.string(),
  /** The caller is no member of the Kommune and sees only the entries it shared. */
  nurGeteilt: z.boolean(),
  nodes: z.array(netzwerkKnotenSchema),
  edges: z.array(netzwerkKanteSchema),
  summary: z.object({
    akteure: z.number().int(),
    kooperationen: z.number().int(),
    isolated: z.number().int(),
    brokers: z.number().int(),
    /** Connected groups of at least two actors. */
    komponenten: z.number().int(),
  }),
  /** Normalised betweenness from which an actor counts as a broker. */
  brokerSchwelle: z.number(),
});
export type Netzwerk = z.infer<typeof netzwerkSchema>;

// ---- Abdeckung (Handlungsfeld × Altersphase) -----------------------------

export const abdeckungZustaende = ['abgedeckt', 'geplant', 'luecke'] as const;
export const abdeckungZustandSchema = z.enum(abdeckungZustaende);
export type AbdeckungZustand = z.infer<typeof abdeckungZustandSchema>;

export const abdeckungAngebotSchema = z.object({
  id: idSchema,
  titel: z.string(),
  akteurName: z.string().nullable(),
  /** Weekly hours that reach the area (the offer's hours shared equally between its sites); null when the offer names none. */
  stunden: z.number().nullable(),
  status: angebotStatusSchema,
});
export type AbdeckungAngebot = z.infer<typeof abdeckungAngebotSchema>;

export const abdeckungZelleSchema = z.object({
  handlungsfeld: handlungsfeldSchema,
  altersphase: altersphaseSchema,
  zustand: abdeckungZustandSchema,
  angebote: z.array(abdeckungAngebotSchema),
  /** Weekly hours of the running offers in this cell. */
  stunden: z.number(),
});
export type AbdeckungZelle = z.infer<typeof abdeckungZelleSchema>;

export const abdeckungSchema = z.object({
  bereich: z.object({
    art: z.enum(['schule', 'sozialraum']),
    id: idSchema,
    name: z.string(),
    kommuneId: idSchema,
    kommuneName: z.string(),
    schulen: z.array(z.object({ id: idSchema, name: z.string() })),
  }),
  nurGeteilt: z.boolean(),
  handlungsfelder: z.array(handlungsfeldSchema),
  altersphasen: z.array(altersphaseSchema),
  zellen: z.array(abdeckungZelleSchema),
  summary: z.object({
    felder: z.number().int(),
    abgedeckt: z.number().int(),
    geplant: z.number().int(),
    luecken: z.number().int(),
    /** Offers in the area (running, planned or paused). */
    angebote: z.number().int(),
    /** Weekly hours of the running offers in the area (each offer once). */
    stunden: z.number(),
  }),
});
export type Abdeckung = z.infer<typeof abdeckungSchema>;

// ---- Ressourcen und Sozialindex ------------------------------------------

export const ressourcenZeileSchema = z.object({
  schuleId: idSchema,
  name: z.string(),
  schulform: z.string(),
  sozialraumId: idSchema.nullable(),
  sozialraumName: z.string().nullable(),
  schueler: z.number().int().nullable(),
  sozialindex: z.number().int().nullable(),
  /** Running offers at the school. */
  angebote: z.number().int(),
  /** Weekly hours of running offers at the school (shared equally between an offer's sites). */
  stunden: z.number(),
  /** Weekly hours per 100 pupils; null without a pupil count. */
  stundenPro100: z.number().nullable(),
  /** High need, few resources (see `regel`). */
  flagged: z.boolean(),
});
export type RessourcenZeile = z.infer<typeof ressourcenZeileSchema>;

export const ressourcenSchema = z.object({
  kommuneId: idSchema,
  kommuneName: z.string(),
  nurGeteilt: z.boolean(),
  /** Median of the hours per 100 pupils over the Kommune's schools with a pupil count. */
  median: z.number().nullable(),
  /** Sozialindex from which a school counts as a school of high need. */
  sozialindexSchwelle: z.number().int(),
  /** The flag rule in words. */
  regel: z.string(),
  zeilen: z.array(ressourcenZeileSchema),
  summary: z.object({
    schulen: z.number().int(),
    markiert: z.number().int(),
    stunden: z.number(),
  }),
});
export type Ressourcen = z.infer<typeof ressourcenSchema>;
