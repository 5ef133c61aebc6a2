import { z } from 'zod';

/** The built-in actor types; a Kommune can add its own (table akteur_typen). */
export const standardAkteurTypen = {
  jugendamt: 'Jugendamt',
  gesundheitsamt: 'Gesundheitsamt',
  schulamt: 'Schulamt / Schulaufsicht',
  'schulpsychologischer-dienst': 'Schulpsychologischer Dienst',
  bildungsbuero: 'Bildungsbüro',
  'jugendhilfe-schulentwicklungsplanung': 'Jugendhilfe- und Schulentwicklungsplanung',
  schule: 'Schule',
  hochschule: 'Hochschule / Wissenschaft',
  'freier-traeger': 'Freier Träger',
  verein: 'Verein',
  schulsozialarbeit: 'Schulsozialarbeit',
  'offener-ganztag': 'Offener Ganztag',
  sozialraumkoordination: 'Sozialraumkoordination',
  'offene-jugendarbeit': 'Offene Jugendarbeit',
  'kommunaler-dienst': 'Kommunaler Dienst',
  'non-formale-bildung': 'Non-formale Bildung',
  selbsthilfe: 'Selbsthilfe',
  kita: 'Kindertageseinrichtung',
  sonstige: 'Sonstige',
} as const;

/** The circles of the Köln model: steering group, core team on site, external partners. */
export const kreise = {
  steuergruppe: 'Steuergruppe',
  kernteam: 'Kernteam vor Ort',
  extern: 'Externe Partner:innen',
} as const;
export const kreisSchema = z.enum(['steuergruppe', 'kernteam', 'extern'], { error: 'Kreis muss Steuergruppe, Kernteam vor Ort oder Externe Partner:innen sein.' });
export type Kreis = z.infer<typeof kreisSchema>;

export const kooperationsTypen = {
  absprache: 'Regelmäßige Absprache',
  'gemeinsames-angebot': 'Gemeinsames Angebot',
  vereinbarung: 'Kooperationsvereinbarung',
  gremium: 'Gemeinsames Gremium',
  fallberatung: 'Fallberatung',
  vermittlung: 'Vermittlung / Weiterleitung',
  raumnutzung: 'Raumnutzung',
  finanzierung: 'Finanzierung / Förderung',
} as const;
export const kooperationsTypSchema = z.enum(Object.keys(kooperationsTypen) as [keyof typeof kooperationsTypen, ...(keyof typeof kooperationsTypen)[]], {
  error: 'Unbekannte Art der Kooperation.',
});
export type KooperationsTyp = z.infer<typeof kooperationsTypSchema>;

export const angebotStatus = {
  geplant: 'Geplant',
  laufend: 'Laufend',
  pausiert: 'Pausiert',
  beendet: 'Beendet',
} as const;
export const angebotStatusSchema = z.enum(['geplant', 'laufend', 'pausiert', 'beendet'], { error: 'Status muss geplant, laufend, pausiert oder beendet sein.' });
export type AngebotStatus = z.infer<typeof angebotStatusSchema>;
