import { z } from 'zod';
import { idSchema } from '../identity/contracts.js';
import { isoDate, optionalText, refSchema, requiredText } from '../shared/fields.js';
import { versionSchema } from '../shared/version.js';
import { landCodes } from './holidays.js';
import {
  anmeldeStatusSchema,
  ergebnisArtSchema,
  netzwerkEbeneSchema,
  netzwerkRolleSchema,
  netzwerkSchwerpunktSchema,
  tagesordnungsArtSchema,
  treffenStatusSchema,
  vereinbarungStatusSchema,
} from './vocabulary.js';

const onlineLink = z
  .string()
  .trim()
  .max(500, { error: 'Der Link darf höchstens 500 Zeichen lang sein.' })
  .pipe(z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Bitte einen vollständigen Link mit https:// angeben.' })]))
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

const kapazitaet = z
  .number({ error: 'Die Zahl der Plätze muss eine ganze Zahl sein.' })
  .int({ error: 'Die Zahl der Plätze muss eine ganze Zahl sein.' })
  .min(1, { error: 'Es muss mindestens einen Platz geben.' })
  .max(10000, { error: 'Höchstens 10.000 Plätze.' })
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** Local wall-clock time in Europe/Berlin, as a datetime-local field sends it. */
export const localDateTime = z
  .string({ error: 'Bitte Datum und Uhrzeit angeben.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Datum und Uhrzeit im Format JJJJ-MM-TTTHH:MM angeben.' });
const dauerMinuten = z
  .number({ error: 'Die Dauer muss eine ganze Zahl von Minuten sein.' })
  .int({ error: 'Die Dauer muss eine ganze Zahl von Minuten sein.' })
  .min(5, { error: 'Die Dauer muss mindestens 5 Minuten betragen.' })
  .max(24 * 60, { error: 'Die Dauer darf höchstens 24 Stunden betragen.' });
const instant = z.string();

export const personRefSchema = refSchema;
export const netzwerkRefSchema = refSchema;

// ---- Netzwerke -----------------------------------------------------------

export const netzwerkBody = z.strictObject({
  name: requiredText(3, 200, 'einen Namen', 'Der Name'),
  beschreibung: optionalText(4000, 'Die Beschreibung'),
  ebene: netzwerkEbeneSchema,
  schwerpunkt: netzwerkSchwerpunktSchema,
  land: z.enum(landCodes, { error: 'Bitte ein Land wählen (Kürzel wie NW oder ST).' }),
  /** The Kommunen involved; empty only for a network of the Land. */
  kommuneIds: z.array(idSchema, { error: 'Kommunen müssen eine Liste sein.' }).max(100, { error: 'Höchstens 100 Kommunen.' }).default([]),
});
export type NetzwerkInput = z.infer<typeof netzwerkBody>;
export const netzwerkUpdateBody = netzwerkBody.extend({ version: versionSchema });

export const netzwerkSchema = z.object({
  id: idSchema,
  name: z.string(),
  beschreibung: z.string().nullable(),
  ebene: netzwerkEbeneSchema,
  schwerpunkt: netzwerkSchwerpunktSchema,
  land: z.string(),
  kommunen: z.array(netzwerkRefSchema),
  /** The caller's role in this network. */
  meineRolle: netzwerkRolleSchema,
  mitgliederAnzahl: z.number().int(),
  naechstesTreffen: z.object({ id: idSchema, titel: z.string(), beginn: instant }).nullable(),
  archiviert: z.boolean(),
  version: z.number().int(),
});
export type Netzwerk = z.infer<typeof netzwerkSchema>;

export const netzwerkListQuery = z.strictObject({
  archiviert: z
    .enum(['true', 'false'], { error: '„archiviert“ muss true oder false sein.' })
    .transform((v) => v === 'true')
    .default(false),
});

/** A Kommune a coordinator may involve when founding a network; `land` from the Land above it, when known. */
export const netzwerkKommuneSchema = z.object({ id: idSchema, name: z.string(), land: z.string().nullable() });

export const mitgliedBody = z.strictObject({
  email: z.string({ error: 'Bitte eine E-Mail-Adresse angeben.' }).trim().toLowerCase().pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
  rolle: netzwerkRolleSchema,
});
export const mitgliedRolleBody = z.strictObject({ rolle: netzwerkRolleSchema });
export const mitgliedSchema = z.object({ userId: idSchema, name: z.string(), rolle: netzwerkRolleSchema, seit: instant });
export type Mitglied = z.infer<typeof mitgliedSchema>;

// ---- Sitzungsreihen --------------------------------------------------------

export const reiheBody = z.strictObject({
  titel: requiredText(3, 200, 'einen Titel', 'Der Titel'),
  vorlage: z.string().max(60).nullable().optional().transform((v) => v ?? null),
  /** RRULE value without "RRULE:", must end (COUNT or UNTIL) within ten years. */
  regel: requiredText(5, 500, 'eine Regel', 'Die Regel'),
  beginn: localDateTime,
  dauerMinuten,
  ort: optionalText(300, 'Der Ort'),
  onlineLink,
  kapazitaet,
  /**
   * Occurrences to place differently right away (e.g. the holiday proposals accepted):
   * key = the local start the rule gives, value = new local start, or null to keep the date as a
   * cancelled meeting (calendars then show it as cancelled, and it can be restored).
   */
  abweichungen: z.record(localDateTime, localDateTime.nullable()).default({}),
});
export type ReiheInput = z.infer<typeof reiheBody>;

/** Preview before saving: every date of the rule with holiday flags and a proposal. */
export const reihePruefungBody = reiheBody.pick({ regel: true, beginn: true, dauerMinuten: true });
export const terminPruefungSchema = z.object({
  /** Local start the rule gives, "YYYY-MM-DDTHH:mm". */
  termin: localDateTime,
  beginn: instant,
  ende: instant,
  schliessungen: z.array(z.object({ art: z.enum(['ferien', 'feiertag']), name: z.string(), von: isoDate, bis: isoDate })),
  /** Same weekday in the first free week, local "YYYY-MM-DDTHH:mm"; null when not flagged. */
  vorschlag: localDateTime.nullable(),
});
export const reihePruefungSchema = z.object({
  termine: z.array(terminPruefungSchema),
  markiert: z.number().int(),
  quelle: z.string(),
});
export type ReihePruefung = z.infer<typeof reihePruefungSchema>;

export const reiheSchema = z.object({
  id: idSchema,
  netzwerkId: idSchema,
  titel: z.string(),
  vorlage: z.string().nullable(),
  regel: z.string(),
  beginn: localDateTime,
  dauerMinuten: z.number().int(),
  ort: z.string().nullable(),
  onlineLink: z.string().nullable(),
  kapazitaet: z.number().int().nullable(),
  treffenAnzahl: z.number().int(),
  version: z.number().int(),
});
export type Reihe = z.infer<typeof reiheSchema>;

export const vorlageSchema = z.object({ code: z.string(), label: z.string(), regel: z.string(), uhrzeit: z.string(), dauerMinuten: z.number().int(), online: z.boolean() });

// ---- Treffen ---------------------------------------------------------------

export const treffenBody = z.strictObject({
  titel: requiredText(3, 200, 'einen Titel', 'Der Titel'),
  beginn: localDateTime,
  dauerMinuten,
  ort: optionalText(300, 'Der Ort'),
  onlineLink,
  kapazitaet,
});
export type TreffenInput = z.infer<typeof treffenBody>;
export const treffenUpdateBody = treffenBody.extend({ version: versionSchema });
/** A day of the meetings list; local times are converted for the years 2000 to 2100 only. */
// A malformed day already has its message from isoDate; the range check passes it on, so the field is named once.
const zeitraumTag = isoDate.refine((day) => !/^\d{4}-\d{2}-\d{2}$/.test(day) || (day >= '2000-01-01' && day <= '2099-12-31'), {
  error: 'Bitte ein Datum zwischen 2000 und 2099 angeben.',
});
/** Meetings of a network between two local days (inclusive); default from today for one year. */
export const treffenZeitraumQuery = z.strictObject({ von: zeitraumTag.optional(), bis: zeitraumTag.optional() });
export const treffenAbsageBody = z.strictObject({ grund: optionalText(500, 'Der Grund'), version: versionSchema });

export const treffenKurzSchema = z.object({
  id: idSchema,
  netzwerk: netzwerkRefSchema,
  reiheId: idSchema.nullable(),
  titel: z.string(),
  beginn: instant,
  ende: instant,
  status: treffenStatusSchema,
  absageGrund: z.string().nullable(),
  verschoben: z.boolean(),
  ort: z.string().nullable(),
  onlineLink: z.string().nullable(),
  /** Holiday or public holiday on that day (flag only; the meeting is kept). */
  schliessung: z.string().nullable(),
  meineAnmeldung: anmeldeStatusSchema.nullable(),
  hatProtokoll: z.boolean(),
});
export type TreffenKurz = z.infer<typeof treffenKurzSchema>;

export const tagesordnungspunktBody = z.strictObject({
  art: tagesordnungsArtSchema,
  titel: requiredText(2, 300, 'einen Titel', 'Der Titel'),
  referent: optionalText(200, 'Die Referentin oder der Referent'),
  dauerMinuten: z.number({ error: 'Die Dauer muss eine ganze Zahl von Minuten sein.' }).int().min(1).max(600).nullable().optional().transform((v) => v ?? null),
  weitergabeId: idSchema.nullable().optional().transform((v) => v ?? null),
  notiz: optionalText(2000, 'Die Notiz'),
});
export const tagesordnungSchema = z.array(
  z.object({
    id: idSchema,
    art: tagesordnungsArtSchema,
    titel: z.string(),
    referent: z.string().nullable(),
    dauerMinuten: z.number().int().nullable(),
    weitergabe: z.object({ id: idSchema, vonNetzwerk: netzwerkRefSchema, text: z.string() }).nullable(),
    notiz: z.string().nullable(),
  }),
);
/** The whole agenda at once, in order (reordering = sending it again). */
export const tagesordnungBody = z.strictObject({ punkte: z.array(tagesordnungspunktBody).max(50, { error: 'Höchstens 50 Tagesordnungspunkte.' }), version: versionSchema });

export const anmeldungSchema = z.object({ person: personRefSchema, status: anmeldeStatusSchema, angemeldetAm: instant, anwesend: z.boolean().nullable() });
export const anwesenheitBody = z.strictObject({
  /** Everyone present; members not listed are recorded as absent. */
  anwesend: z.array(idSchema).max(2000),
  version: versionSchema,
});
export const protokollBody = z.strictObject({ protokoll: z.string().max(100000, { error: 'Das Protokoll darf höchstens 100.000 Zeichen lang sein.' }), version: versionSchema });

export const ergebnisBody = z.strictObject({
  art: ergebnisArtSchema,
  text: requiredText(3, 2000, 'einen Text', 'Der Text'),
  /** Agreements only: the member responsible, the due date. */
  verantwortlichId: idSchema.nullable().optional().transform((v) => v ?? null),
  faelligAm: isoDate.nullable().optional().transform((v) => v ?? null),
});
export const ergebnisUpdateBody = ergebnisBody.extend({ status: vereinbarungStatusSchema.nullable().optional(), version: versionSchema });
export const ergebnisStatusBody = z.strictObject({ status: vereinbarungStatusSchema, version: versionSchema });

export const weitergabeSchema = z.object({
  id: idSchema,
  von: netzwerkRefSchema,
  an: netzwerkRefSchema,
  notiz: z.string().nullable(),
  weitergegebenAm: instant,
  empfangenAm: instant.nullable(),
});
export const ergebnisSchema = z.object({
  id: idSchema,
  treffenId: idSchema,
  netzwerk: netzwerkRefSchema,
  art: ergebnisArtSchema,
  text: z.string(),
  verantwortlich: personRefSchema.nullable(),
  faelligAm: isoDate.nullable(),
  status: vereinbarungStatusSchema.nullable(),
  ueberfaellig: z.boolean(),
  weitergaben: z.array(weitergabeSchema),
  version: z.number().int(),
});
export type Ergebnis = z.infer<typeof ergebnisSchema>;

export const weitergabeBody = z.strictObject({ anNetzwerkId: idSchema, notiz: optionalText(1000, 'Die Notiz') });

export const treffenSchema = treffenKurzSchema.extend({
  kapazitaet: z.number().int().nullable(),
  reiheTermin: localDateTime.nullable(),
  meineRolle: netzwerkRolleSchema,
  tagesordnung: tagesordnungSchema,
  /** Counts are visible to all; the list of names to members and moderation only. */
  angemeldet: z.number().int(),
  warteliste: z.number().int(),
  anmeldungen: z.array(anmeldungSchema).nullable(),
  /** Null for guests: minutes, results and agreements are for members. */
  protokoll: z.string().nullable(),
  ergebnisse: z.array(ergebnisSchema).nullable(),
  version: z.number().int(),
});
export type Treffen = z.infer<typeof treffenSchema>;

/** Incoming results of other networks, newest first. */
export const eingangSchema = z.object({
  items: z.array(
    z.object({
      weitergabe: weitergabeSchema,
      ergebnis: z.object({ id: idSchema, art: ergebnisArtSchema, text: z.string(), verantwortlich: personRefSchema.nullable(), faelligAm: isoDate.nullable(), status: vereinbarungStatusSchema.nullable() }),
      treffen: z.object({ titel: z.string(), beginn: instant }),
    }),
  ),
});

// ---- Meine Arbeit ----------------------------------------------------------

export const meineArbeitSchema = z.object({
  treffen: z.array(treffenKurzSchema),
  vereinbarungen: z.array(ergebnisSchema),
  ueberfaellig: z.number().int(),
});
export type MeineArbeit = z.infer<typeof meineArbeitSchema>;

// ---- Kalender-Abos ---------------------------------------------------------

export const kalenderAboBody = z.strictObject({
  bezeichnung: requiredText(2, 100, 'eine Bezeichnung', 'Die Bezeichnung'),
  netzwerkId: idSchema.nullable().optional().transform((v) => v ?? null),
});
export const kalenderAboSchema = z.object({
  id: idSchema,
  bezeichnung: z.string(),
  netzwerk: netzwerkRefSchema.nullable(),
  erstelltAm: instant,
  zuletztAbgerufenAm: instant.nullable(),
});
/** Only the answer to creating a subscription carries the address; afterwards it cannot be shown again. */
export const kalenderAboNeuSchema = kalenderAboSchema.extend({ adresse: z.string() });
