import type { AngebotStatus } from '../vocabulary.js';
import type { RessourcenZeile } from './contracts.js';
import { roundHours } from './coverage.js';

/**
 * Does the resource follow the need? School by school: the weekly hours of running offers at the
 * school against its Sozialindex (1–9, 9 = highest burden).
 *
 * - Hours of a school: the sum, over the running offers (`laufend`) at the school, of the offer's
 *   weekly hours shared equally between all of its sites. Offers without hours count as offers but
 *   add no hours.
 * - Hours per 100 pupils: hours / pupils × 100; unknown when the school has no pupil count.
 * - Median: the median of the hours per 100 pupils over all schools of the Kommune that have a
 *   pupil count (with or without Sozialindex).
 *
 * Flag rule "hoher Bedarf, wenige Ressourcen": a school is flagged when
 *   its Sozialindex is 7 or higher (HIGH_NEED_FROM), and
 *   its hours per 100 pupils are known and lie below the Kommune median – or are zero
 *   (so that high-need schools stay flagged when most schools have nothing).
 * Schools without Sozialindex or pupil count are never flagged: the rule cannot be decided there.
 */

export const HIGH_NEED_FROM = 7;

export const flagRuleText =
  `Markiert sind Schulen mit Sozialindex ${HIGH_NEED_FROM} oder höher, deren Stunden je 100 Schüler:innen unter dem Median der Kommune liegen ` +
  '(oder die gar keine Stunden haben). Es zählen laufende Angebote; die Wochenstunden eines Angebots werden gleichmäßig auf seine Standorte verteilt. ' +
  'Schulen ohne Sozialindex oder ohne Schülerzahl werden nicht markiert.';

export interface ResourceSchool {
  id: string;
  name: string;
  schulform: string;
  sozialraumId: string | null;
  sozialraumName: string | null;
  schueler: number | null;
  sozialindex: number | null;
}

export interface ResourceOffer {
  stundenProWoche: number | null;
  status: AngebotStatus;
  standortIds: readonly string[];
}

/** Running offers and their weekly hours per site (an offer's hours shared equally between its sites). */
export function hoursPerSite(offers: readonly ResourceOffer[]): Map<string, { stunden: number; angebote: number }> {
  const out = new Map<string, { stunden: number; angebote: number }>();
  for (const offer of offers) {
    if (offer.status !== 'laufend') continue;
    const sites = [...new Set(offer.standortIds)];
    if (!sites.length) continue;
    const share = (offer.stundenProWoche ?? 0) / sites.length;
    for (const site of sites) {
      const entry = out.get(site) ?? { stunden: 0, angebote: 0 };
      entry.stunden += share;
      entry.angebote += 1;
      out.set(site, entry);
    }
  }
  return out;
}

/** The middle value (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const hoursPer100 = (stunden: number, schueler: number | null): number | null => (schueler && schueler > 0 ? (stunden / schueler) * 100 : null);

/** The flag rule (see above) for one school. */
export function isHighNeedFewResources(school: { sozialindex: number | null; stundenPro100: number | null }, kommuneMedian: number | null): boolean {
  if (school.sozialindex === null || school.sozialindex < HIGH_NEED_FROM) return false;
  if (school.stundenPro100 === null) return false;
  if (school.stundenPro100 === 0) return true;
  return kommuneMedian !== null && school.stundenPro100 < kommuneMedian;
}

export interface ResourceFigures {
  zeilen: RessourcenZeile[];
  median: number | null;
  stunden: number;
}

/** Hours, hours per 100 pupils and the flag for every school of a Kommune, in the given order. */
export function resourceFigures(schools: readonly ResourceSchool[], offers: readonly ResourceOffer[]): ResourceFigures {
  const perSite = hoursPerSite(offers);
  const raw = schools.map((s) => {
    const entry = perSite.get(s.id) ?? { stunden: 0, angebote: 0 };
    return { school: s, stunden: entry.stunden, angebote: entry.angebote, pro100: hoursPer100(entry.stunden, s.schueler) };
  });
  // The rule works on exact figures; rounding happens for the answer only.
  const kommuneMedian = median(raw.flatMap((r) => (r.pro100 === null ? [] : [r.pro100])));
  const zeilen = raw.map(
    (r): RessourcenZeile => ({
      schuleId: r.school.id,
      name: r.school.name,
      schulform: r.school.schulform,
      sozialraumId: r.school.sozialraumId,
      sozialraumName: r.school.sozialraumName,
      schueler: r.school.schueler,
      sozialindex: r.school.sozialindex,
      angebote: r.angebote,
      stunden: roundHours(r.stunden),
      stundenPro100: r.pro100 === null ? null : roundHours(r.pro100),
      flagged: isHighNeedFewResources({ sozialindex: r.school.sozialindex, stundenPro100: r.pro100 }, kommuneMedian),
    }),
  );
  return {
    zeilen,
    median: kommuneMedian === null ? null : roundHours(kommuneMedian),
    stunden: roundHours(raw.reduce((sum, r) => sum + r.stunden, 0)),
  };
}
