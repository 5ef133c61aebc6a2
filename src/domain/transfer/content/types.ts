import type { KommuneArt } from '../../directory/vocabulary.js';
import type { Altersphase, Handlungsfeld } from '../../shared/vocabularies.js';
import type { KontextDimension } from './dimensions.js';
import type { KommuneKey } from './kommunen.js';

/** One question of the context catalogue (Kontextmodell). */
export interface KontextFrage {
  /** Stable code, e.g. `inst-01`. */
  code: string;
  dimension: KontextDimension;
  frage: string;
  /** Why the question matters for a transfer, or what a good answer contains. */
  hinweis?: string;
}

/** Share of schools per Sozialindex level 1 … 9 (index 0 = level 1); sums to 1. */
export type SozialindexProfil = readonly [number, number, number, number, number, number, number, number, number];

export interface ModellKommune {
  key: KommuneKey;
  name: string;
  art: Extract<KommuneArt, 'kreisfreie-stadt' | 'kreis' | 'kreisangehoerige-stadt'>;
  einwohner: number;
  sozialindexProfil: SozialindexProfil;
  /** Amtlicher Gemeindeschlüssel (8 digits; 5 digits for a Kreis). */
  ags?: string;
}

export interface KontextAntwort {
  /** Code of a question in `kontextFragen`. */
  frage: string;
  antwort: string;
}

export interface Praxisbeispiel {
  id: string;
  /** Key of a municipality in `modellKommunen`. */
  kommune: KommuneKey;
  titel: string;
  beschreibung: string;
  handlungsfelder: Handlungsfeld[];
  altersphasen: Altersphase[];
  zielgruppen: string[];
  ressourcen: { personal: string; geld: string; raeume: string };
  /** Year the practice started. */
  seit: number;
  kontakt: { name: string; funktion: string; email: string };
  links: string[];
  kontext: KontextAntwort[];
}

export type Prioritaet = 'hoch' | 'mittel' | 'niedrig';
export type LueckenStatus = 'offen' | 'in-bearbeitung' | 'geloest';

/** A gap ("Wo hakt es?") a municipality enters into its grid – demo data. */
export interface DemoLuecke {
  id: string;
  kommune: KommuneKey;
  handlungsfeld: Handlungsfeld;
  altersphase: Altersphase;
  beschreibung: string;
  prioritaet: Prioritaet;
  status: LueckenStatus;
}

/** A gap of the evaluation set with the practices a knowledgeable coordinator would recommend. */
export interface BewerteteLuecke {
  id: string;
  kommune: KommuneKey;
  handlungsfelder: Handlungsfeld[];
  altersphasen: Altersphase[];
  text: string;
  /** Ids of practices of other municipalities that answer the gap (1–3). */
  relevant: string[];
}
