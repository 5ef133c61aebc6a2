import type { Schule } from '../../../domain/directory/contracts.js';
import { SiteMappingSections as MappingSiteSections } from '../mapping/site/SiteMappingSections.js';

export interface SiteMappingSectionsProps {
  /** The school whose site profile is shown (id = scope id of the site). */
  schule: Schule;
}

/**
 * The part of the site profile (Standortprofil) that the mapping module fills: actors, offers,
 * cooperations and coverage at this school (see features/mapping/site).
 */
export function SiteMappingSections({ schule }: SiteMappingSectionsProps) {
  return <MappingSiteSections schule={schule} />;
}
