import { altersphasen, handlungsfelder, type Altersphase, type Handlungsfeld } from '../../shared/vocabularies.js';
import type { AngebotStatus } from '../vocabulary.js';
import type { AbdeckungAngebot, AbdeckungZelle, AbdeckungZustand } from './contracts.js';

/**
 * Coverage of an area (one school, or the schools of a Sozialraum) in the Lückenraster:
 * Handlungsfeld × Altersphase, each cell with the offers that cover it.
 *
 * - An offer belongs to the area when at least one of its sites is a school of the area.
 * - Its hours are shared equally between all of its sites; the area gets the share of its own
 *   sites (an offer of 6 hours at three schools brings 2 hours to each).
 * - An offer for several age phases appears in each of their cells with its full hours in the
 *   area: cell hours therefore must not be added up across age phases (the summary counts each
 *   offer once).
 * - Ended offers (`beendet`) do not count. A cell is
 *     `abgedeckt` with at least one running offer,
 *     `geplant`   with planned or paused offers only,
 *     `luecke`    without any offer.
 */

export interface CoverageOffer {
  id: string;
  titel: string;
  akteurName: string | null;
  handlungsfeld: Handlungsfeld;
  altersphasen: readonly Altersphase[];
  stundenProWoche: number | null;
  status: AngebotStatus;
  /** All sites of the offer, inside the area or not. */
  standortIds: readonly string[];
}

export const handlungsfeldCodes = Object.keys(handlungsfelder) as Handlungsfeld[];
export const altersphaseCodes = Object.keys(altersphasen) as Altersphase[];

/** Rounds to hundredths, as hours are shown (1,33 Std.). */
export const roundHours = (h: number): number => Math.round(h * 100) / 100;

/**
 * Weekly hours of an offer that reach the given sites: its hours times the share of its sites that
 * lie among them. Null when the offer names no hours; 0 when none of its sites is among them.
 */
export function hoursAt(offer: Pick<CoverageOffer, 'stundenProWoche' | 'standortIds'>, sites: ReadonlySet<string>): number | null {
  if (offer.stundenProWoche === null) return null;
  const all = new Set(offer.standortIds);
  if (all.size === 0) return 0;
  let inside = 0;
  for (const id of all) if (sites.has(id)) inside += 1;
  return (offer.stundenProWoche * inside) / all.size;
}

export interface CoverageGrid {
  handlungsfelder: Handlungsfeld[];
  altersphasen: Altersphase[];
  zellen: AbdeckungZelle[];
  summary: { felder: number; abgedeckt: number; geplant: number; luecken: number; angebote: number; stunden: number };
}

const counts = (status: AngebotStatus) => status !== 'beendet';

/** The Lückenraster of an area: one cell per Handlungsfeld and Altersphase, in vocabulary order. */
export function coverageGrid(offers: readonly CoverageOffer[], area: ReadonlySet<string>): CoverageGrid {
  const inArea = offers.filter((o) => counts(o.status) && o.standortIds.some((id) => area.has(id)));
  const byCell = new Map<string, { offer: CoverageOffer; stunden: number | null }[]>();
  const key = (f: string, a: string) => `${f}|${a}`;
  let stundenGesamt = 0;
  for (const offer of inArea) {
    const stunden = hoursAt(offer, area);
    if (offer.status === 'laufend') stundenGesamt += stunden ?? 0;
    for (const phase of new Set(offer.altersphasen)) {
      const k = key(offer.handlungsfeld, phase);
      const list = byCell.get(k) ?? [];
      list.push({ offer, stunden });
      byCell.set(k, list);
    }
  }

  const zellen: AbdeckungZelle[] = [];
  for (const handlungsfeld of handlungsfeldCodes) {
    for (const altersphase of altersphaseCodes) {
      const entries = (byCell.get(key(handlungsfeld, altersphase)) ?? []).sort(
        (a, b) => Number(b.offer.status === 'laufend') - Number(a.offer.status === 'laufend') || a.offer.titel.localeCompare(b.offer.titel, 'de') || a.offer.id.localeCompare(b.offer.id),
      );
      const running = entries.filter((e) => e.offer.status === 'laufend');
      const zustand: AbdeckungZustand = running.length ? 'abgedeckt' : entries.length ? 'geplant' : 'luecke';
      const angebote: AbdeckungAngebot[] = entries.map(({ offer, stunden }) => ({
        id: offer.id,
        titel: offer.titel,
        akteurName: offer.akteurName,
        stunden: stunden === null ? null : roundHours(stunden),
        status: offer.status,
      }));
      zellen.push({ handlungsfeld, altersphase, zustand, angebote, stunden: roundHours(running.reduce((sum, e) => sum + (e.stunden ?? 0), 0)) });
    }
  }

  return {
    handlungsfelder: [...handlungsfeldCodes],
    altersphasen: [...altersphaseCodes],
    zellen,
    summary: {
      felder: zellen.length,
      abgedeckt: zellen.filter((z) => z.zustand === 'abgedeckt').length,
      geplant: zellen.filter((z) => z.zustand === 'geplant').length,
      luecken: zellen.filter((z) => z.zustand === 'luecke').length,
      angebote: inArea.length,
      stunden: roundHours(stundenGesamt),
    },
  };
}
