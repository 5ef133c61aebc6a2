import { z } from 'zod';

const codesOf = <V extends Record<string, string>>(v: V) => Object.keys(v) as [keyof V & string, ...(keyof V & string)[]];

/** Level a network works on (DialOGStandorte: intra-/inter-municipal; Land: the coordination office). */
export const netzwerkEbenen = {
  schule: 'Schule',
  sozialraum: 'Sozialraum',
  kommune: 'Kommune (intrakommunal)',
  interkommunal: 'Interkommunal',
  land: 'Land',
} as const;

export const netzwerkSchwerpunkte = {
  praxis: 'Praxis',
  steuerung: 'Steuerung und Planung',
} as const;

export const netzwerkRollen = {
  moderation: 'Moderation',
  mitglied: 'Mitglied',
  gast: 'Gast',
} as const;

export const tagesordnungsArten = {
  impuls: 'Impulsvortrag',
  austausch: 'Austausch',
  bericht: 'Bericht aus einem anderen Gremium',
  beschluss: 'Beschluss',
} as const;

export const ergebnisArten = {
  ergebnis: 'Ergebnis',
  vereinbarung: 'Vereinbarung',
} as const;

export const vereinbarungStatus = {
  offen: 'offen',
  'in-arbeit': 'in Arbeit',
  erledigt: 'erledigt',
} as const;

export const treffenStatus = {
  geplant: 'geplant',
  abgesagt: 'abgesagt',
} as const;

export const anmeldeStatus = {
  angemeldet: 'angemeldet',
  warteliste: 'auf der Warteliste',
  abgemeldet: 'abgemeldet',
  'ohne-anmeldung': 'ohne Anmeldung',
} as const;

export const netzwerkEbeneSchema = z.enum(codesOf(netzwerkEbenen), { error: 'Unbekannte Ebene (erlaubt: Schule, Sozialraum, Kommune, interkommunal, Land).' });
export const netzwerkSchwerpunktSchema = z.enum(codesOf(netzwerkSchwerpunkte), { error: 'Unbekannter Schwerpunkt (erlaubt: Praxis, Steuerung und Planung).' });
export const netzwerkRolleSchema = z.enum(codesOf(netzwerkRollen), { error: 'Unbekannte Rolle im Netzwerk (erlaubt: Moderation, Mitglied, Gast).' });
export const tagesordnungsArtSchema = z.enum(codesOf(tagesordnungsArten), { error: 'Unbekannte Art des Tagesordnungspunkts.' });
export const ergebnisArtSchema = z.enum(codesOf(ergebnisArten), { error: 'Unbekannte Art (erlaubt: Ergebnis, Vereinbarung).' });
export const vereinbarungStatusSchema = z.enum(codesOf(vereinbarungStatus), { error: 'Unbekannter Stand (erlaubt: offen, in Arbeit, erledigt).' });
export const treffenStatusSchema = z.enum(codesOf(treffenStatus));
export const anmeldeStatusSchema = z.enum(codesOf(anmeldeStatus));

export type NetzwerkEbene = z.infer<typeof netzwerkEbeneSchema>;
export type NetzwerkSchwerpunkt = z.infer<typeof netzwerkSchwerpunktSchema>;
export type NetzwerkRolle = z.infer<typeof netzwerkRolleSchema>;
export type TagesordnungsArt = z.infer<typeof tagesordnungsArtSchema>;
export type ErgebnisArt = z.infer<typeof ergebnisArtSchema>;
export type VereinbarungStatus = z.infer<typeof vereinbarungStatusSchema>;
export type AnmeldeStatus = z.infer<typeof anmeldeStatusSchema>;

/** Länderschlüssel (first two digits of the AGS) → state code of the holiday data. */
export const landCodeByAgs: Record<string, string> = {
  '01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
  '09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH',
};

export const landNames: Record<string, string> = {
  BB: 'Brandenburg', BE: 'Berlin', BW: 'Baden-Württemberg', BY: 'Bayern', HB: 'Bremen', HE: 'Hessen',
  HH: 'Hamburg', MV: 'Mecklenburg-Vorpommern', NI: 'Niedersachsen', NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz', SH: 'Schleswig-Holstein', SL: 'Saarland', SN: 'Sachsen', ST: 'Sachsen-Anhalt', TH: 'Thüringen',
};
