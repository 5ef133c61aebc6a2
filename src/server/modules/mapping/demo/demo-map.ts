import type { Kreis, KooperationsTyp } from '../../../../domain/mapping/vocabulary.js';
import type { Altersphase, Ebene, Finanzierung, Handlungsfeld } from '../../../../domain/shared/vocabularies.js';

/** A Kommune's demo map, written by hand; `key`s link offers and cooperations to actors. */
export interface DemoMap {
  ags: string;
  sozialraeume: { name: string; beschreibung: string; schulnummern: string[] }[];
  akteure: { key: string; name: string; typ: string; kreis: Kreis; sites?: string[]; funktion?: string; email?: string; geteilt?: boolean }[];
  angebote: {
    titel: string;
    traeger: string;
    feld: Handlungsfeld;
    ebene: Ebene;
    phasen: Altersphase[];
    stunden: number | null;
    fin: Finanzierung;
    sites: string[];
    zielgruppe?: string;
    geteilt?: boolean;
  }[];
  kooperationen: { a: string; b: string; typ: KooperationsTyp; site?: string }[];
  /** Basic offers (OGS, school social work) for further schools of this form, so comparisons have a spread. */
  grundausstattung?: { schulform: string; count: number };
}
