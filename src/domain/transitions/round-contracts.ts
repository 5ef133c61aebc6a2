import { z } from 'zod';
import { idSchema } from '../identity/contracts.js';
import { isoDate, optionalText, refSchema } from '../shared/fields.js';
import { versionSchema } from '../shared/version.js';
import { transferFormatSchema } from '../mapping/transfer/contracts.js';
import { listColumns, type ListColumn } from './pupil-list.js';

/**
 * Verträge der Übergangsrunden: eine Runde einer Kommune mit abgebenden und aufnehmenden Schulen,
 * Listen je Schule, der Abgleich mit Prüfband, Fälle mit Bearbeitung und anonyme Zahlen.
 * Dieselben Formen gelten für Route, Client und Formular.
 */

// ---- Vokabulare -------------------------------------------------------------

export const seiten = ['abgebend', 'aufnehmend'] as const;
export type Seite = (typeof seiten)[number];
export const seiteLabels: Record<Seite, string> = { abgebend: 'abgebende Schule', aufnehmend: 'aufnehmende Schule' };

export const listenArten = ['abgang', 'anmeldung'] as const;
export const listenArtSchema = z.enum(listenArten, { error: 'Die Art der Liste muss abgang oder anmeldung sein.' });
export type ListenArt = (typeof listenArten)[number];
export const listenArtLabels: Record<ListenArt, string> = { abgang: 'Abgangsliste', anmeldung: 'Anmeldeliste' };
export const seiteOfArt: Record<ListenArt, Seite> = { abgang: 'abgebend', anmeldung: 'aufnehmend' };

export const rundenStatus = ['offen', 'abgeschlossen', 'geloescht'] as const;
export type RundenStatus = (typeof rundenStatus)[number];
export const rundenStatusLabels: Record<RundenStatus, string> = {
  offen: 'offen',
  abgeschlossen: 'abgeschlossen (personenbezogene Daten bis zur Löschung)',
  geloescht: 'abgeschlossen, personenbezogene Daten gelöscht',
};

/** Kinds of cases a match run opens; 'ungeklaert' pairs go to the review instead. */
export const fallArten = ['unversorgt', 'ohne-abgang', 'mehrfach', 'andere-schule', 'doppelt-in-liste'] as const;
export const fallArtSchema = z.enum(fallArten, { error: 'Unbekannte Art des Falls.' });
export type FallArt = (typeof fallArten)[number];
export const fallArtLabels: Record<FallArt, string> = {
  unversorgt: 'nirgends angemeldet (unversorgt)',
  'ohne-abgang': 'Anmeldung ohne bekannte abgebende Schule',
  mehrfach: 'an mehreren Schulen angemeldet',
  'andere-schule': 'an einer anderen als der erwarteten Schule angemeldet',
  'doppelt-in-liste': 'möglicherweise doppelt erfasst (in einer Liste oder auf zwei Abgangslisten)',
};

export const fallStatus = ['offen', 'erledigt', 'entfallen'] as const;
export const fallStatusSchema = z.enum(fallStatus, { error: 'Der Status muss offen, erledigt oder entfallen sein.' });
export type FallStatus = (typeof fallStatus)[number];
export const fallStatusLabels: Record<FallStatus, string> = {
  offen: 'offen',
  erledigt: 'erledigt',
  entfallen: 'entfallen (nach neuem Abgleich nicht mehr auffällig)',
};

export const erledigungsGruende = ['anmeldung-nachgeholt', 'verzogen', 'andere-schulform', 'bleibt', 'verschiedene-kinder', 'doppelte-anmeldung-bereinigt', 'erwartung-falsch', 'sonstiges'] as const;
export const erledigungsGrundSchema = z.enum(erledigungsGruende, { error: 'Bitte einen Grund für die Erledigung wählen.' });
export type ErledigungsGrund = (typeof erledigungsGruende)[number];
export const erledigungsGrundLabels: Record<ErledigungsGrund, string> = {
  'anmeldung-nachgeholt': 'Anmeldung nachgeholt',
  verzogen: 'verzogen (Schule außerhalb der Kommune)',
  'andere-schulform': 'Förderschule oder Schule in freier Trägerschaft',
  bleibt: 'bleibt an der abgebenden Schule (z. B. Wiederholung)',
  'verschiedene-kinder': 'kein Fall: verschiedene Kinder',
  'doppelte-anmeldung-bereinigt': 'doppelte Anmeldung zurückgezogen',
  'erwartung-falsch': 'erwartete Schule war falsch eingetragen',
  sonstiges: 'sonstiger Grund (siehe Notiz)',
};

/** Review of an uncertain pair: the same child, or two different children. */
export const pruefEntscheidungen = ['bestaetigt', 'abgelehnt'] as const;
export const pruefEntscheidungSchema = z.enum(pruefEntscheidungen, { error: 'Die Entscheidung muss bestaetigt oder abgelehnt sein.' });
export type PruefEntscheidung = (typeof pruefEntscheidungen)[number];
export const pruefStatusLabels: Record<PruefEntscheidung | 'offen', string> = { offen: 'offen', bestaetigt: 'dasselbe Kind', abgelehnt: 'verschiedene Kinder' };

/** What a school sees of each child on its own list. */
export const eintragStatus = ['nicht-abgeglichen', 'angemeldet', 'zugeordnet', 'in-pruefung', 'unversorgt', 'ohne-abgang', 'mehrfach', 'geklaert'] as const;
export type EintragStatus = (typeof eintragStatus)[number];
export const eintragStatusLabels: Record<EintragStatus, string> = {
  'nicht-abgeglichen': 'noch nicht abgeglichen',
  angemeldet: 'angemeldet',
  zugeordnet: 'abgebende Schule gefunden',
  'in-pruefung': 'wird geprüft',
  unversorgt: 'nirgends angemeldet',
  'ohne-abgang': 'ohne abgebende Schule',
  mehrfach: 'mehrfach angemeldet',
  geklaert: 'geklärt',
};

// ---- Bodies ---------------------------------------------------------------

export const schuljahrSchema = z
  .string({ error: 'Bitte ein Schuljahr angeben, z. B. 2027/28.' })
  .trim()
  .regex(/^\d{4}\/\d{2}$/, { error: 'Das Schuljahr bitte als 2027/28 angeben.' })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)), { error: 'Das Schuljahr muss zwei aufeinanderfolgende Jahre nennen, z. B. 2027/28.' });

export const MAX_AUFBEWAHRUNG_TAGE = 365;

export const rundeBody = z.strictObject({
  kommuneId: idSchema,
  bezeichnung: z
    .string({ error: 'Bitte eine Bezeichnung angeben.' })
    .trim()
    .min(3, { error: 'Die Bezeichnung muss mindestens 3 Zeichen lang sein.' })
    .max(200, { error: 'Die Bezeichnung darf höchstens 200 Zeichen lang sein.' }),
  schuljahr: schuljahrSchema,
  /** Last day for the uploads. */
  frist: isoDate,
  /** Days the personal data are kept after the round is closed (0 = deleted on closing). */
  aufbewahrungTage: z
    .number({ error: 'Bitte die Aufbewahrungsfrist in Tagen angeben.' })
    .int({ error: 'Die Aufbewahrungsfrist muss eine ganze Zahl von Tagen sein.' })
    .min(0, { error: 'Die Aufbewahrungsfrist darf nicht negativ sein.' })
    .max(MAX_AUFBEWAHRUNG_TAGE, { error: `Die Aufbewahrungsfrist darf höchstens ${MAX_AUFBEWAHRUNG_TAGE} Tage betragen.` }),
  abgebendeSchulen: z.array(idSchema, { error: 'Bitte die abgebenden Schulen angeben.' }).min(1, { error: 'Bitte mindestens eine abgebende Schule wählen.' }).max(500),
  aufnehmendeSchulen: z.array(idSchema, { error: 'Bitte die aufnehmenden Schulen angeben.' }).min(1, { error: 'Bitte mindestens eine aufnehmende Schule wählen.' }).max(500),
});
export type RundeBody = z.infer<typeof rundeBody>;

/** Header text → field of the list ('' = ignore the column); missing headers are recognised by name. */
export const spaltenZuordnungSchema = z.record(
  z.string().max(200),
  z.enum([...listColumns, ''] as [ListColumn | '', ...(ListColumn | '')[]], { error: 'Unbekanntes Feld in der Spaltenzuordnung.' }),
);

export const MAX_LISTE_BYTES = 10 * 1024 * 1024;

export const listeUploadBody = z.strictObject({
  format: transferFormatSchema,
  /** The file, base64-encoded. */
  content: z
    .string({ error: 'Bitte eine Datei mitsenden (Inhalt base64-kodiert).' })
    .min(1, { error: 'Die Datei ist leer.' })
    .regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, { error: 'Der Inhalt muss base64-kodiert sein.' })
    .meta({ description: 'Die Datei (CSV oder XLSX), base64-kodiert; höchstens 10 MB.' }),
  spalten: spaltenZuordnungSchema.optional(),
  /** Only check the file; nothing is stored. */
  dryRun: z.boolean().optional().default(false),
});
export type ListeUploadBody = z.input<typeof listeUploadBody>;

export const pruefungBody = z.strictObject({ entscheidung: pruefEntscheidungSchema });

export const zuweisungBody = z.strictObject({ schuleId: idSchema.nullable(), version: versionSchema });

export const kommentarBody = z.strictObject({
  text: z
    .string({ error: 'Bitte einen Kommentar eingeben.' })
    .trim()
    .min(1, { error: 'Bitte einen Kommentar eingeben.' })
    .max(2000, { error: 'Der Kommentar darf höchstens 2.000 Zeichen lang sein.' }),
});

export const erledigenBody = z
  .strictObject({ grund: erledigungsGrundSchema, notiz: optionalText(2000, 'Die Notiz'), version: versionSchema })
  .refine((b) => b.grund !== 'sonstiges' || !!b.notiz, { path: ['notiz'], error: 'Bei „sonstiger Grund“ bitte eine Notiz angeben.' });

export const fallListQuery = z.strictObject({
  status: z.enum([...fallStatus, 'alle'], { error: 'Der Status muss offen, erledigt, entfallen oder alle sein.' }).optional().default('offen'),
  art: fallArtSchema.optional(),
  schuleId: idSchema.optional(),
});
export type FallListQuery = z.input<typeof fallListQuery>;

// ---- Answers --------------------------------------------------------------

export const schuleRefSchema = z.object({ id: idSchema, name: z.string(), schulnummer: z.string(), schulform: z.string() });
export type SchuleRef = z.infer<typeof schuleRefSchema>;

/** Kommunen where the caller may open rounds, with their schools for the pickers. */
export const bereichSchema = z.object({ kommune: refSchema, schulen: z.array(schuleRefSchema) });
export type UebergangBereich = z.infer<typeof bereichSchema>;

/** Anonymous counts of a round: what the steering group may see. */
export const zahlenSchema = z.object({
  abgaenge: z.number().int(),
  anmeldungen: z.number().int(),
  zugeordnet: z.number().int(),
  inPruefung: z.number().int(),
  faelleOffen: z.number().int(),
  faelleErledigt: z.number().int(),
  /** Open and resolved cases by kind. */
  faelleNachArt: z.record(z.string(), z.object({ offen: z.number().int(), erledigt: z.number().int() })),
  /** Resolved cases by reason. */
  erledigtNachGrund: z.record(z.string(), z.number().int()),
});
export type RundenZahlen = z.infer<typeof zahlenSchema>;

export const rundenSchuleSchema = schuleRefSchema.extend({
  seite: z.enum(seiten),
  /** The school's list, null until uploaded (or after deletion). */
  liste: z.object({ eintraege: z.number().int(), hochgeladenAm: z.string() }).nullable(),
  faelleOffen: z.number().int(),
});
export type RundenSchule = z.infer<typeof rundenSchuleSchema>;

/** What the caller may do in a round. */
export const rundenRechteSchema = z.object({
  koordination: z.boolean(),
  /** Lists the caller uploads and reads (their own schools in the round). */
  listen: z.array(z.object({ schuleId: idSchema, schuleName: z.string(), art: listenArtSchema })),
});

export const rundeKopfSchema = z.object({
  id: idSchema,
  kommune: refSchema,
  bezeichnung: z.string(),
  schuljahr: z.string(),
  frist: z.string(),
  aufbewahrungTage: z.number().int(),
  status: z.enum(rundenStatus),
  abgeschlossenAm: z.string().nullable(),
  /** When the personal data are (or were) deleted. */
  loeschungAm: z.string().nullable(),
  version: z.number().int(),
  rechte: rundenRechteSchema,
});
export type RundeKopf = z.infer<typeof rundeKopfSchema>;

export const rundeSchema = rundeKopfSchema.extend({
  schulen: z.array(rundenSchuleSchema),
  /** Last match run; `veraltet` when a list changed since. */
  abgleich: z.object({ am: z.string(), veraltet: z.boolean() }).nullable(),
  zahlen: zahlenSchema,
});
export type Runde = z.infer<typeof rundeSchema>;

export const spalteSchema = z.object({ name: z.string(), feld: z.enum(listColumns).nullable() });
export const listeIssueSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const listeBerichtSchema = z.object({
  /** False when the file has errors: then nothing was stored. */
  ok: z.boolean(),
  dryRun: z.boolean(),
  zeilen: z.number().int(),
  /** The headers of the file and the field each one was read as. */
  spalten: z.array(spalteSchema),
  /** Required fields no column was found for: the column mapping step asks for them. */
  fehlendeFelder: z.array(z.enum(listColumns)),
  issues: z.array(listeIssueSchema),
  /** Hints that do not stop the upload (e.g. an expected school outside the round). */
  hinweise: z.array(listeIssueSchema),
  /** A list with this many entries was replaced. */
  ersetzt: z.number().int().nullable(),
});
export type ListeBericht = z.infer<typeof listeBerichtSchema>;

export const eintragSchema = z.object({
  id: idSchema,
  kennung: z.string(),
  nachname: z.string(),
  vorname: z.string(),
  geburtsdatum: z.string().nullable(),
  geschlecht: z.string().nullable(),
  klasse: z.string().nullable(),
  strasse: z.string().nullable(),
  plz: z.string().nullable(),
  ort: z.string().nullable(),
  /** Leaver lists: the expected receiving school as written, and the school of the round it names. */
  zielschule: z.string().nullable(),
  zielschuleRef: refSchema.nullable(),
});
export type Eintrag = z.infer<typeof eintragSchema>;

export const eigenerEintragSchema = eintragSchema.extend({ status: z.enum(eintragStatus) });
export const eigeneListeSchema = z.object({
  schule: refSchema,
  art: listenArtSchema,
  hochgeladenAm: z.string().nullable(),
  items: z.array(eigenerEintragSchema),
});
export type EigeneListe = z.infer<typeof eigeneListeSchema>;

export const abgleichErgebnisSchema = z.object({ am: z.string(), paare: z.number().int(), treffer: z.number().int(), pruefungen: z.number().int(), faelleNeu: z.number().int(), faelleEntfallen: z.number().int(), zahlen: zahlenSchema });
export type AbgleichErgebnis = z.infer<typeof abgleichErgebnisSchema>;

export const feldVergleichSchema = z.object({ feld: z.string(), label: z.string(), stufe: z.string().nullable(), gewicht: z.number() });

export const pruefungSchema = z.object({
  id: idSchema,
  abgang: eintragSchema.extend({ schule: refSchema }),
  anmeldung: eintragSchema.extend({ schule: refSchema }),
  /** Probability that both are the same child (0–1). */
  wahrscheinlichkeit: z.number(),
  felder: z.array(feldVergleichSchema),
  status: z.enum(['offen', ...pruefEntscheidungen]),
  entschiedenAm: z.string().nullable(),
});
export type Pruefung = z.infer<typeof pruefungSchema>;

/** An entry of a case: the caller sees names only of entries on lists they may read. */
export const fallEintragSchema = z.object({
  art: listenArtSchema,
  schule: refSchema,
  person: eintragSchema.nullable(),
});

export const fallSchema = z.object({
  id: idSchema,
  art: fallArtSchema,
  status: fallStatusSchema,
  zugewiesen: refSchema.nullable(),
  eintraege: z.array(fallEintragSchema),
  grund: erledigungsGrundSchema.nullable(),
  notiz: z.string().nullable(),
  erledigtAm: z.string().nullable(),
  kommentarAnzahl: z.number().int(),
  erstelltAm: z.string(),
  version: z.number().int(),
});
export type Fall = z.infer<typeof fallSchema>;

export const kommentarSchema = z.object({ id: idSchema, autor: z.string(), text: z.string(), erstelltAm: z.string() });
export const fallDetailSchema = fallSchema.extend({
  kommentare: z.array(kommentarSchema),
  /** Who may do what on this case. */
  darfZuweisen: z.boolean(),
  darfErledigen: z.boolean(),
  /** Schools of the round a coordinator can assign the case to. */
  schulen: z.array(refSchema),
});
export type FallDetail = z.infer<typeof fallDetailSchema>;

/** Counts per school and kind for the overview page; no names. */
export const uebersichtSchema = z.object({
  zahlen: zahlenSchema,
  schulen: z.array(
    z.object({
      schule: refSchema,
      seite: z.enum(seiten),
      eintraege: z.number().int(),
      zugeordnet: z.number().int(),
      faelle: z.record(z.string(), z.object({ offen: z.number().int(), erledigt: z.number().int() })),
    }),
  ),
});
export type Uebersicht = z.infer<typeof uebersichtSchema>;

export const abschliessenBody = z.strictObject({ version: versionSchema });
