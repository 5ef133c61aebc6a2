import { z } from 'zod';
import { idSchema } from '../identity/contracts.js';
import { optionalText, refSchema, requiredText } from '../shared/fields.js';
import { versionSchema } from '../shared/version.js';

/**
 * Verträge des Moduls Verteilung (sozialindizierter Ressourceneinsatz): ein Modell (Pool, Einheit,
 * Verfahren, Auswahl der Schulen, Gewichtung, Grenzen), Szenarien mit Versionen, Ergebnis je Schule,
 * Vergleich und Erklärung. Dieselben Formen gelten für Route, Client und Formular.
 */

// ---- Vokabulare -------------------------------------------------------------

export const verfahrenCodes = ['hare-niemeyer', 'sainte-lague', 'dhondt'] as const;
export const verfahrenSchema = z.enum(verfahrenCodes, { error: 'Das Verfahren muss hare-niemeyer, sainte-lague oder dhondt sein.' });
export type Verfahren = z.infer<typeof verfahrenSchema>;
export const verfahrenLabels: Record<Verfahren, string> = {
  'hare-niemeyer': 'Hare-Niemeyer (größter Rest)',
  'sainte-lague': 'Sainte-Laguë/Schepers',
  dhondt: "D'Hondt",
};

/** Kleinste Menge, die vergeben wird: ganze, halbe oder Viertelstellen, oder ganze Euro. */
export const einheitCodes = ['1', '0.5', '0.25', 'euro'] as const;
export const einheitSchema = z.enum(einheitCodes, { error: 'Die Einheit muss 1, 0.5, 0.25 oder euro sein.' });
export type Einheit = z.infer<typeof einheitSchema>;
export const einheitLabels: Record<Einheit, string> = {
  '1': 'ganze Stellen',
  '0.5': 'halbe Stellen',
  '0.25': 'Viertelstellen',
  euro: 'ganze Euro',
};
/** Wert einer Einheit in der Maßeinheit des Pools (Stellen oder Euro). */
export const einheitWert: Record<Einheit, number> = { '1': 1, '0.5': 0.5, '0.25': 0.25, euro: 1 };
/** Was vergeben wird, für Sätze und Spaltenköpfe. */
export const einheitMass = (einheit: Einheit): 'Stellen' | 'Euro' => (einheit === 'euro' ? 'Euro' : 'Stellen');

export const stufen = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const stufeSchema = z
  .number({ error: 'Die Stufe muss eine ganze Zahl von 1 bis 9 sein.' })
  .int({ error: 'Die Stufe muss eine ganze Zahl von 1 bis 9 sein.' })
  .min(1, { error: 'Die Stufe muss eine ganze Zahl von 1 bis 9 sein.' })
  .max(9, { error: 'Die Stufe muss eine ganze Zahl von 1 bis 9 sein.' });

/** Gewichtungsarten: Faktor je Sozialindex-Stufe; Schülerzahl mal Faktor; Sockel nach Schülerzahl plus Indexanteil. */
export const gewichtungsArten = ['stufe', 'schueler-stufe', 'sockel-index'] as const;
export const gewichtungsArtLabels: Record<(typeof gewichtungsArten)[number], string> = {
  stufe: 'Faktor je Sozialindex-Stufe',
  'schueler-stufe': 'Schülerzahl mal Faktor der Stufe',
  'sockel-index': 'Sockel nach Schülerzahl und Indexanteil nach gewichteter Schülerzahl',
};

/** Gründe, aus denen eine Schule der Auswahl nicht berücksichtigt wird. */
export const ausschlussGruende = ['kommune', 'schulform', 'ohne-sozialindex', 'sozialindex-bereich', 'startchancen', 'ohne-schueler'] as const;
export type AusschlussGrund = (typeof ausschlussGruende)[number];
export const ausschlussGrundLabels: Record<AusschlussGrund, string> = {
  kommune: 'nicht in den gewählten Kommunen',
  schulform: 'andere Schulform',
  'ohne-sozialindex': 'ohne Sozialindex',
  'sozialindex-bereich': 'Sozialindex außerhalb des gewählten Bereichs',
  startchancen: 'keine Startchancen-Schule',
  'ohne-schueler': 'ohne Schülerzahl',
};

// ---- Modell ----------------------------------------------------------------

/** Höchstens 1.000.000.000 (ganze Euro eines Landeshaushalts), mindestens eine Einheit. */
export const MAX_SUMME = 1_000_000_000;

const betrag = (label: string) =>
  z
    .number({ error: `${label} muss eine Zahl sein.` })
    .finite({ error: `${label} muss eine Zahl sein.` })
    .min(0, { error: `${label} darf nicht negativ sein.` })
    .max(MAX_SUMME, { error: `${label} darf höchstens 1.000.000.000 betragen.` });

/**
 * Ein Faktor als Dezimalzahl in Textform ("1.25" oder "1,25"), größer als 0, höchstens 1.000,
 * höchstens vier Nachkommastellen: so rechnet die Verteilung exakt, ohne Rundungsfehler.
 * Ausgegeben wird er mit Punkt.
 */
export const faktorSchema = z
  .string({ error: 'Der Faktor muss als Dezimalzahl angegeben werden, z. B. "1,25".' })
  .trim()
  .regex(/^\d{1,4}(?:[.,]\d{1,4})?$/, { error: 'Der Faktor muss eine Dezimalzahl mit höchstens vier Nachkommastellen sein, z. B. 1,25.' })
  .transform((v) => v.replace(',', '.'))
  .refine((v) => Number(v) > 0, { error: 'Der Faktor muss größer als 0 sein.' })
  .refine((v) => Number(v) <= 1000, { error: 'Der Faktor darf höchstens 1.000 sein.' });

/** Faktor je Sozialindex-Stufe 1 bis 9 (alle neun, auch wenn die Auswahl nicht alle Stufen enthält). */
export const faktorenSchema = z.strictObject(
  Object.fromEntries(stufen.map((s) => [String(s), faktorSchema])) as Record<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9', typeof faktorSchema>,
  { error: 'Bitte für jede Sozialindex-Stufe 1 bis 9 einen Faktor angeben.' },
);
export type Faktoren = z.output<typeof faktorenSchema>;

export const gewichtungSchema = z.discriminatedUnion(
  'art',
  [
    /** Gewicht = Faktor der Stufe (jede Schule derselben Stufe bekommt gleich viel). */
    z.strictObject({ art: z.literal('stufe'), faktoren: faktorenSchema }),
    /** Gewicht = Schülerzahl × Faktor der Stufe. */
    z.strictObject({ art: z.literal('schueler-stufe'), faktoren: faktorenSchema }),
    /**
     * Wie das NRW-Modell: `sockelProzent` % des Pools nach Schülerzahl, der Rest nach
     * Schülerzahl × Faktor der Stufe. Gerechnet wird mit einem zusammengesetzten Gewicht in einem
     * einzigen Verteilungsschritt (siehe `model.ts`).
     */
    z.strictObject({
      art: z.literal('sockel-index'),
      sockelProzent: z
        .number({ error: 'Der Sockelanteil muss eine ganze Zahl von 0 bis 100 (Prozent) sein.' })
        .int({ error: 'Der Sockelanteil muss eine ganze Zahl von 0 bis 100 (Prozent) sein.' })
        .min(0, { error: 'Der Sockelanteil muss eine ganze Zahl von 0 bis 100 (Prozent) sein.' })
        .max(100, { error: 'Der Sockelanteil muss eine ganze Zahl von 0 bis 100 (Prozent) sein.' }),
      faktoren: faktorenSchema,
    }),
  ],
  { error: 'Die Gewichtung muss stufe, schueler-stufe oder sockel-index sein.' },
);
export type Gewichtung = z.output<typeof gewichtungSchema>;

export const auswahlSchema = z
  .strictObject({
    /** Leer: alle Kommunen des Bereichs (eine Kommune oder das ganze Land). */
    kommuneIds: z.array(idSchema, { error: 'Die Kommunen müssen eine Liste sein.' }).max(500, { error: 'Höchstens 500 Kommunen.' }).default([]),
    /** Leer: alle Schulformen. */
    schulformen: z
      .array(z.string().trim().min(1, { error: 'Bitte eine Schulform angeben.' }).max(100, { error: 'Eine Schulform hat höchstens 100 Zeichen.' }), { error: 'Die Schulformen müssen eine Liste sein.' })
      .max(50, { error: 'Höchstens 50 Schulformen.' })
      .default([]),
    sozialindexVon: stufeSchema.nullable().default(null),
    sozialindexBis: stufeSchema.nullable().default(null),
    nurStartchancen: z.boolean({ error: 'nurStartchancen muss true oder false sein.' }).default(false),
    /** Schulen ohne Sozialindex: nicht berücksichtigen, oder wie eine Schule dieser Stufe behandeln. */
    ohneSozialindex: z
      .union([z.literal('ausschliessen'), stufeSchema], { error: 'Schulen ohne Sozialindex: "ausschliessen" oder eine Stufe von 1 bis 9.' })
      .default('ausschliessen'),
  })
  .refine((a) => a.sozialindexVon === null || a.sozialindexBis === null || a.sozialindexVon <= a.sozialindexBis, {
    error: 'Der Sozialindex „von“ darf nicht größer als „bis“ sein.',
    path: ['sozialindexVon'],
  });
export type Auswahl = z.output<typeof auswahlSchema>;

const isMultiple = (value: number, unit: number) => Number.isInteger(Math.round(value / unit)) && Math.abs(Math.round(value / unit) * unit - value) < 1e-9;
const germanNumber = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 2 });

export const modellSchema = z
  .strictObject({
    /** Der Pool: so viele Stellen (oder Euro) werden verteilt, ein Vielfaches der Einheit. */
    summe: betrag('Die Summe').refine((v) => v > 0, { error: 'Die Summe muss größer als 0 sein.' }),
    einheit: einheitSchema,
    verfahren: verfahrenSchema,
    auswahl: auswahlSchema.default({ kommuneIds: [], schulformen: [], sozialindexVon: null, sozialindexBis: null, nurStartchancen: false, ohneSozialindex: 'ausschliessen' }),
    gewichtung: gewichtungSchema,
    /** Mindestens so viel je berücksichtigter Schule (in Stellen oder Euro), ein Vielfaches der Einheit. */
    untergrenze: betrag('Die Untergrenze').nullable().default(null),
    /** Höchstens so viel je Schule (in Stellen oder Euro), ein Vielfaches der Einheit. */
    obergrenze: betrag('Die Obergrenze').nullable().default(null),
    /**
     * Startwert des Losentscheids bei Gleichstand. Fehlt er, wählt der Server einen und nennt ihn im
     * Ergebnis; mit demselben Startwert ergibt dasselbe Modell auf denselben Daten dasselbe Ergebnis.
     */
    seed: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Der Startwert des Losentscheids besteht aus 1 bis 64 Buchstaben, Ziffern, - oder _.' })
      .optional(),
  })
  .superRefine((m, ctx) => {
    const unit = einheitWert[m.einheit];
    const label = m.einheit === 'euro' ? 'ganzer Euro' : `von ${germanNumber(unit)}`;
    if (!isMultiple(m.summe, unit)) ctx.addIssue({ code: 'custom', path: ['summe'], message: `Die Summe muss ein Vielfaches ${label} sein (die Einheit).` });
    if (m.untergrenze !== null && !isMultiple(m.untergrenze, unit)) ctx.addIssue({ code: 'custom', path: ['untergrenze'], message: `Die Untergrenze muss ein Vielfaches ${label} sein (die Einheit).` });
    if (m.obergrenze !== null && !isMultiple(m.obergrenze, unit)) ctx.addIssue({ code: 'custom', path: ['obergrenze'], message: `Die Obergrenze muss ein Vielfaches ${label} sein (die Einheit).` });
    if (m.obergrenze !== null && m.obergrenze <= 0) ctx.addIssue({ code: 'custom', path: ['obergrenze'], message: 'Die Obergrenze muss größer als 0 sein.' });
    if (m.untergrenze !== null && m.obergrenze !== null && m.untergrenze > m.obergrenze) {
      ctx.addIssue({ code: 'custom', path: ['untergrenze'], message: 'Die Untergrenze darf nicht größer als die Obergrenze sein.' });
    }
  });
export type ModellInput = z.input<typeof modellSchema>;
export type Modell = z.output<typeof modellSchema>;

/** Das gespeicherte Modell in Antworten: dieselbe Form ohne Prüfungen (immer mit Startwert). */
const faktorenAusgabe = z.object(Object.fromEntries(stufen.map((s) => [String(s), z.string()])) as Record<keyof Faktoren, z.ZodString>);
export const modellAusgabeSchema = z.object({
  summe: z.number(),
  einheit: einheitSchema,
  verfahren: verfahrenSchema,
  auswahl: z.object({
    kommuneIds: z.array(idSchema),
    schulformen: z.array(z.string()),
    sozialindexVon: z.number().int().nullable(),
    sozialindexBis: z.number().int().nullable(),
    nurStartchancen: z.boolean(),
    ohneSozialindex: z.union([z.literal('ausschliessen'), z.number().int()]),
  }),
  gewichtung: z.discriminatedUnion('art', [
    z.object({ art: z.literal('stufe'), faktoren: faktorenAusgabe }),
    z.object({ art: z.literal('schueler-stufe'), faktoren: faktorenAusgabe }),
    z.object({ art: z.literal('sockel-index'), sockelProzent: z.number().int(), faktoren: faktorenAusgabe }),
  ]),
  untergrenze: z.number().nullable(),
  obergrenze: z.number().nullable(),
  seed: z.string(),
});
/** Ein berechnetes Modell: der Startwert des Losentscheids steht immer fest. */
export type GespeichertesModell = z.infer<typeof modellAusgabeSchema>;

// ---- Anfragen ---------------------------------------------------------------

const name = requiredText(3, 200, 'einen Namen', 'Der Name');
const beschreibung = optionalText(4000, 'Die Beschreibung');

export const szenarioBody = z.strictObject({
  /** Eine Kommune oder ein Land. */
  scopeId: idSchema,
  name,
  beschreibung,
  modell: modellSchema,
});
export type SzenarioInput = z.output<typeof szenarioBody>;

/** Ändern legt immer eine neue Version an (Modell und Ergebnis auf den aktuellen Schuldaten). */
export const szenarioUpdateBody = z.strictObject({ name, beschreibung, modell: modellSchema, version: versionSchema });
export type SzenarioUpdateInput = z.output<typeof szenarioUpdateBody>;

export const vorschauBody = z.strictObject({ scopeId: idSchema, modell: modellSchema });

export const szenarioListQuery = z.strictObject({
  scopeId: idSchema.optional(),
  archiviert: z.enum(['true', 'false', 'alle'], { error: 'archiviert muss true, false oder alle sein.' }).default('false'),
});

/** "a,b,c": zwei bis fünf Szenarien; "id:3" wählt Version 3 statt der aktuellen. */
export const vergleichQuery = z.strictObject({
  ids: z
    .string({ error: 'Bitte mindestens zwei Szenarien angeben (ids=a,b).' })
    .max(500)
    .transform((v, ctx) => {
      const parts = v.split(',').map((s) => s.trim()).filter(Boolean);
      const out: { id: string; version: number | null }[] = [];
      for (const part of parts) {
        const m = /^([0-9a-fA-F-]{36})(?::(\d{1,6}))?$/.exec(part);
        if (!m || !idSchema.safeParse(m[1]).success) {
          ctx.addIssue({ code: 'custom', message: `„${part.slice(0, 60)}“ ist keine Szenario-Kennung (optional mit :Version).` });
          return z.NEVER;
        }
        out.push({ id: m[1]!.toLowerCase(), version: m[2] ? Number(m[2]) : null });
      }
      if (out.length < 2) {
        ctx.addIssue({ code: 'custom', message: 'Bitte mindestens zwei Szenarien zum Vergleich angeben.' });
        return z.NEVER;
      }
      if (out.length > 5) {
        ctx.addIssue({ code: 'custom', message: 'Höchstens fünf Szenarien lassen sich vergleichen.' });
        return z.NEVER;
      }
      return out;
    }),
});

/** Eine bestimmte Version statt der aktuellen (Erklärung, Export). */
export const versionQuery = z.strictObject({
  version: z.coerce
    .number({ error: 'Die Version muss eine ganze Zahl sein.' })
    .int({ error: 'Die Version muss eine ganze Zahl sein.' })
    .min(1, { error: 'Die Version muss mindestens 1 sein.' })
    .optional(),
});

export const freigabeBody = z.strictObject({ bezeichnung: requiredText(2, 120, 'eine Bezeichnung', 'Die Bezeichnung') });

// ---- Antworten --------------------------------------------------------------

const decimalString = z.string().meta({ description: 'Dezimalzahl mit Punkt, exakt gerundet' });

export const begrenzungSchema = z.enum(['untergrenze', 'obergrenze']);

/**
 * Das Ergebnis einer Schule in einer Version. Die Schuldaten (Name, Schulform, Sozialindex,
 * Schülerzahl) sind der Stand bei der Berechnung, damit eine alte Version nachvollziehbar bleibt.
 */
export const schuleErgebnisSchema = z.object({
  schuleId: idSchema,
  schulnummer: z.string(),
  name: z.string(),
  schulform: z.string(),
  kommuneId: idSchema,
  kommuneName: z.string(),
  /** Sozialindex laut Schuldaten (null: keiner). */
  sozialindex: z.number().int().nullable(),
  /** Die Stufe, mit der gerechnet wurde (bei Schulen ohne Sozialindex die gewählte Ersatzstufe). */
  stufe: z.number().int(),
  schueler: z.number().int().nullable(),
  startchancen: z.boolean(),
  faktor: decimalString,
  /** Gewicht der Schule (bei sockel-index: Schülerzahl-Äquivalent, Summe = Schülerzahl aller Schulen). */
  gewicht: decimalString,
  /** Anteil am Gesamtgewicht in Prozent. */
  anteilProzent: decimalString,
  /** Rechnerischer Anspruch in Stellen oder Euro (Summe × Anteil), vor Rundung und Grenzen. */
  quote: decimalString,
  /** Bei sockel-index: Anspruch aus dem Sockel (nach Schülerzahl) und aus dem Indexanteil. */
  quoteSockel: decimalString.nullable(),
  quoteIndex: decimalString.nullable(),
  /**
   * Der Wert, der gerundet wurde, in Einheiten. Hare-Niemeyer: die Quote in Einheiten nach den
   * Grenzen; Divisorverfahren: Gewicht ÷ Divisor (D'Hondt rundet ab, Sainte-Laguë kaufmännisch).
   */
  anspruch: decimalString,
  /** Hare-Niemeyer: Nachkommateil des Anspruchs, sein Rang (1 = größter) und ob er eine Einheit brachte. */
  rest: decimalString.nullable(),
  restRang: z.number().int().nullable(),
  restEinheit: z.boolean(),
  /** So viele Einheiten gäbe dasselbe Verfahren ohne Unter- und Obergrenze. */
  einheitenOhneGrenzen: z.number().int(),
  /** Vergeben: Anzahl der Einheiten und Menge in Stellen oder Euro. */
  einheiten: z.number().int(),
  menge: z.number(),
  /** Durch die Unter- oder Obergrenze festgelegt. */
  begrenzung: begrenzungSchema.nullable(),
  /** Menge minus Quote: wie viel die Rundung (und die Grenzen) gaben (+) oder nahmen (−). */
  rundung: decimalString,
  /** Stand in einem Gleichstand um die letzten Einheiten. */
  gleichstand: z.boolean(),
  /** Im Losentscheid: eine Einheit gewonnen (true) oder nicht (false); null ohne Los. */
  losGewonnen: z.boolean().nullable(),
});
export type SchuleErgebnis = z.infer<typeof schuleErgebnisSchema>;

export const gleichstandSchema = z.object({
  /** Die Schulen mit genau gleichem Anspruch auf die letzten Einheiten, in der Reihenfolge des Loses. */
  schuleIds: z.array(idSchema),
  /** So viele Einheiten gingen an einen Teil dieser Schulen. */
  einheiten: z.number().int(),
  /** Durch das Los bestimmt: diese Schulen bekamen je eine Einheit. */
  gezogen: z.array(idSchema),
  /** Der gleiche Anspruch: Rest (Hare-Niemeyer) oder Gewicht je Einheit (Divisorverfahren). */
  wert: decimalString,
});

export const ergebnisSchema = z.object({
  berechnetAm: z.string(),
  /** Startwert des Losentscheids; mit ihm ist das Ergebnis reproduzierbar. */
  seed: z.string(),
  verfahren: verfahrenSchema,
  einheit: einheitSchema,
  summe: z.number(),
  einheiten: z.number().int(),
  /** Schuljahr(e) der Schuldaten. */
  datenstand: z.array(z.string()),
  /** Summe aller Gewichte. */
  summeGewichte: decimalString,
  /** Bei Divisorverfahren der Divisor, mit dem gerundet wurde (Gewicht je Einheit). */
  divisor: decimalString.nullable(),
  schulen: z.array(schuleErgebnisSchema),
  ausgeschlossen: z.array(z.object({ grund: z.enum(ausschlussGruende), anzahl: z.number().int() })),
  gleichstaende: z.array(gleichstandSchema),
  /** Hinweise in einfachem Deutsch (z. B. zum Losentscheid oder zu Grenzen). */
  hinweise: z.array(z.string()),
});
export type Ergebnis = z.infer<typeof ergebnisSchema>;

export const personRefSchema = refSchema;

/** Ein Bereich, für den jemand Szenarien anlegen darf: eine Kommune oder ein Land. */
export const bereichSchema = z.object({
  id: idSchema,
  name: z.string(),
  typ: z.enum(['kommune', 'land']),
  /** Bei einer Kommune: das Land, zu dem sie gehört (null bei einem Land oder ohne Land). */
  landId: idSchema.nullable(),
});
export type Bereich = z.infer<typeof bereichSchema>;

/** Ein Szenario in Listen: ohne Ergebnis je Schule. */
export const szenarioKopfSchema = z.object({
  id: idSchema,
  scopeId: idSchema,
  scopeName: z.string(),
  scopeTyp: z.enum(['kommune', 'land']),
  name: z.string(),
  beschreibung: z.string().nullable(),
  /** Für die optimistische Sperre: bei Änderung mitschicken. */
  version: z.number().int(),
  /** Nummer der aktuellen Modellversion. */
  versionNummer: z.number().int(),
  archiviert: z.boolean(),
  erstelltAm: z.string(),
  aktualisiertAm: z.string(),
  summe: z.number(),
  einheit: einheitSchema,
  verfahren: verfahrenSchema,
  schulen: z.number().int(),
  /** Darf die aufrufende Person ändern, archivieren und Freigaben verwalten? */
  darfBearbeiten: z.boolean(),
});
export type SzenarioKopf = z.infer<typeof szenarioKopfSchema>;

export const szenarioSchema = szenarioKopfSchema.extend({ modell: modellAusgabeSchema, ergebnis: ergebnisSchema });
export type Szenario = z.infer<typeof szenarioSchema>;

export const versionEintragSchema = z.object({
  nummer: z.number().int(),
  erstelltAm: z.string(),
  erstelltVon: personRefSchema.nullable(),
  name: z.string(),
  modell: modellAusgabeSchema,
  summe: z.number(),
  einheiten: z.number().int(),
  schulen: z.number().int(),
  seed: z.string(),
});

export const szenarioVersionSchema = versionEintragSchema.extend({ szenarioId: idSchema, ergebnis: ergebnisSchema });

export const vorschauSchema = z.object({ modell: modellAusgabeSchema, ergebnis: ergebnisSchema });

export const vergleichSchema = z.object({
  szenarien: z.array(
    z.object({ id: idSchema, name: z.string(), versionNummer: z.number().int(), scopeName: z.string(), summe: z.number(), einheit: einheitSchema, verfahren: verfahrenSchema }),
  ),
  /** Je Schule, die in mindestens einem Szenario berücksichtigt ist. */
  schulen: z.array(
    z.object({
      schuleId: idSchema,
      schulnummer: z.string(),
      name: z.string(),
      schulform: z.string(),
      kommuneName: z.string(),
      sozialindex: z.number().int().nullable(),
      schueler: z.number().int().nullable(),
      /** Menge je Szenario (null: in diesem Szenario nicht berücksichtigt). */
      mengen: z.array(z.number().nullable()),
      /** Unterschied zum ersten Szenario je Szenario (das erste ist 0). */
      differenzen: z.array(z.number()),
    }),
  ),
  /** Summen je Sozialindex-Stufe (null: Schulen ohne Sozialindex). */
  stufen: z.array(
    z.object({
      sozialindex: z.number().int().nullable(),
      /** Schulen und Schüler:innen, die in mindestens einem Szenario berücksichtigt sind. */
      schulen: z.number().int(),
      schueler: z.number().int(),
      summen: z.array(z.number()),
      differenzen: z.array(z.number()),
      /** Menge je Schüler:in (für das Diagramm Ressourcen je Schüler:in gegen den Sozialindex). */
      proSchueler: z.array(z.number().nullable()),
    }),
  ),
});
export type Vergleich = z.infer<typeof vergleichSchema>;

export const schulErklaerungSchema = z.object({
  szenario: z.object({ id: idSchema, name: z.string(), versionNummer: z.number().int() }),
  modell: modellAusgabeSchema,
  schule: schuleErgebnisSchema,
  /** Zahlen des ganzen Ergebnisses, die ein Satz über die Schule braucht. */
  gesamt: z.object({
    summe: z.number(),
    einheit: einheitSchema,
    einheiten: z.number().int(),
    schulen: z.number().int(),
    summeGewichte: decimalString,
    divisor: decimalString.nullable(),
    seed: z.string(),
  }),
  gleichstand: gleichstandSchema.nullable(),
  /** Die Erklärung in einfachem Deutsch, Satz für Satz (für Export und geteilte Ansicht). */
  erklaerung: z.array(z.string()),
});
export type SchulErklaerung = z.infer<typeof schulErklaerungSchema>;

export const freigabeSchema = z.object({
  id: idSchema,
  bezeichnung: z.string(),
  erstelltAm: z.string(),
  erstelltVon: personRefSchema.nullable(),
  zuletztGenutztAm: z.string().nullable(),
});
/** Nur in der Antwort auf das Anlegen: die Adresse mit dem Schlüssel (gespeichert wird nur sein SHA-256). */
export const freigabeNeuSchema = freigabeSchema.extend({ adresse: z.string(), token: z.string() });

/** Was die Steuergruppe über den Link sieht: das Szenario ohne Bearbeitungsrechte. */
export const geteiltSchema = z.object({
  szenario: szenarioSchema.omit({ darfBearbeiten: true, version: true }),
  attribution: z.string(),
});
