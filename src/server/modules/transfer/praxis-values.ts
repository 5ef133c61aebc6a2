import { indexText } from '../../../domain/transfer/search.js';
import type { Kontakt, Ressourcen } from './transfer.schema.js';

export interface PraxisFields {
  titel: string;
  beschreibung: string;
  handlungsfelder: string[];
  altersphasen: string[];
  zielgruppen: string[];
  ressourcen: Ressourcen;
  seit?: number | null;
  kontakt: Kontakt;
  links: string[];
}

/** The stored columns of a practice, with its analysed search terms. */
export const praxisValues = (p: PraxisFields) => ({
  titel: p.titel,
  beschreibung: p.beschreibung,
  handlungsfelder: p.handlungsfelder,
  altersphasen: p.altersphasen,
  zielgruppen: p.zielgruppen,
  ressourcen: p.ressourcen,
  seit: p.seit ?? null,
  kontakt: p.kontakt,
  links: p.links,
  suchtext: indexText(p),
});
