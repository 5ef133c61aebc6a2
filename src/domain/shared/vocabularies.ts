import { z } from 'zod';

// The vocabularies every module shares (DESIGN.md): code → German label.
// Imports and command-line tools accept the code or the German label (see `codeOf`).

export const handlungsfelder = {
  sprachfoerderung: 'Sprachförderung',
  lesefoerderung: 'Leseförderung',
  mint: 'MINT-Bildung',
  ferienangebote: 'Ferienangebote',
  'soziale-kompetenzen': 'Soziale Kompetenzen',
  gesundheit: 'Gesundheitsförderung',
  medienbildung: 'Medienbildung',
  demokratiebildung: 'Demokratiebildung',
  praevention: 'Prävention',
  berufsorientierung: 'Berufliche Orientierung',
  elternarbeit: 'Elternarbeit',
  uebergaenge: 'Übergangsgestaltung',
  sozialraum: 'Öffnung in den Sozialraum',
  beratung: 'Beratung',
  betreuung: 'Betreuung und Ganztag',
} as const;

export const altersphasen = {
  '0-2': 'Rund um die Geburt und Krippe',
  '3-5': 'Kita',
  '6-9': 'Grundschule',
  '10-15': 'Sekundarstufe I',
  '16-18': 'Übergang Schule–Beruf',
  '19-24': 'Junge Erwachsene',
} as const;

export const ebenen = {
  individuell: 'Schüler:innen',
  institutionell: 'Schule',
  systemisch: 'Kommunales System',
} as const;

export const finanzierungen = {
  kommunal: 'Kommunal',
  land: 'Land',
  bund: 'Bund',
  startchancen: 'Startchancen',
  esf: 'ESF',
  efre: 'EFRE',
  eler: 'ELER',
  stiftung: 'Stiftung',
  sonstige: 'Sonstige',
} as const;

export const kontextDimensionen = {
  institutionell: 'Institutionelle Rahmenbedingungen',
  'kommunal-sozialraeumlich': 'Kommunale und sozialräumliche Rahmenbedingungen',
  diskurs: 'Diskurs',
  individuell: 'Individuelle Rahmenbedingungen',
  projektbezogen: 'Projektbezogene Rahmenbedingungen',
} as const;

export type Vocabulary = Record<string, string>;
type Codes<V extends Vocabulary> = [keyof V & string, ...(keyof V & string)[]];
const codesOf = <V extends Vocabulary>(v: V) => Object.keys(v) as Codes<V>;

export const handlungsfeldSchema = z.enum(codesOf(handlungsfelder), { error: 'Unbekanntes Handlungsfeld.' });
export const altersphaseSchema = z.enum(codesOf(altersphasen), { error: 'Unbekannte Altersphase.' });
export const ebeneSchema = z.enum(codesOf(ebenen), { error: 'Unbekannte Ebene.' });
export const finanzierungSchema = z.enum(codesOf(finanzierungen), { error: 'Unbekannte Finanzierung.' });
export type Handlungsfeld = z.infer<typeof handlungsfeldSchema>;
export type Altersphase = z.infer<typeof altersphaseSchema>;
export type Ebene = z.infer<typeof ebeneSchema>;
export type Finanzierung = z.infer<typeof finanzierungSchema>;

const normalize = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');

/** Accepts a code or its German label (any case, umlauts or not); undefined when neither matches. */
export function codeOf<V extends Vocabulary>(vocabulary: V, input: string): (keyof V & string) | undefined {
  const wanted = normalize(input);
  if (!wanted) return undefined;
  for (const [code, label] of Object.entries(vocabulary)) {
    if (normalize(code) === wanted || normalize(label) === wanted) return code as keyof V & string;
  }
  return undefined;
}
