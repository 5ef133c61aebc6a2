import { z } from 'zod';

/**
 * Verträge des Moduls Übergänge: ein Kind in einer Abgangs- oder Anmeldeliste, die Entscheidung der
 * Verknüpfung und die Arten von Unstimmigkeiten. Dieselben Formen gelten für Befehl, Route und Client.
 */

export const geschlechtCodes = ['m', 'w', 'd'] as const;
export type Geschlecht = (typeof geschlechtCodes)[number];

/** One child in a leaver list (abgebende Schule) or registration list (aufnehmende Schule). */
export const pupilRecordSchema = z.object({
  id: z.string().trim().min(1, { error: 'Bitte eine Kennung (id) angeben.' }).max(100),
  nachname: z.string().trim().max(200),
  vorname: z.string().trim().max(200),
  /** YYYY-MM-DD, or null when the list has no date for the child. */
  geburtsdatum: z.iso.date({ error: 'Geburtsdatum im Format JJJJ-MM-TT angeben.' }).nullable(),
  geschlecht: z.enum(geschlechtCodes).nullable().optional(),
  strasse: z.string().trim().max(200).nullable().optional(),
  plz: z.string().trim().max(10).nullable().optional(),
  ort: z.string().trim().max(200).nullable().optional(),
  klasse: z.string().trim().max(50).nullable().optional(),
  /** Leaver list: the school the child leaves; registration list: the school it registered at. */
  schule: z.string().trim().max(200).nullable().optional(),
  /** Leaver list only: the school the child is expected to go to. */
  zielschule: z.string().trim().max(200).nullable().optional(),
});
export type PupilRecord = z.infer<typeof pupilRecordSchema>;

export const linkDecisions = ['match', 'review'] as const;
export type LinkDecision = (typeof linkDecisions)[number];
export const linkDecisionLabels: Record<LinkDecision, string> = { match: 'Treffer', review: 'prüfen' };

/** What the round reports about a child or a registration. */
export const discrepancyKinds = ['unversorgt', 'ungeklaert', 'ohne-abgang', 'mehrfach', 'andere-schule', 'doppelt-in-liste'] as const;
export type DiscrepancyKind = (typeof discrepancyKinds)[number];
export const discrepancyLabels: Record<DiscrepancyKind, string> = {
  unversorgt: 'nirgends angemeldet (unversorgt)',
  ungeklaert: 'Anmeldung nur unsicher gefunden (prüfen)',
  'ohne-abgang': 'Anmeldung ohne abgebende Schule',
  mehrfach: 'an mehreren Schulen angemeldet',
  'andere-schule': 'an einer anderen als der erwarteten Schule angemeldet',
  'doppelt-in-liste': 'steht doppelt in derselben Liste',
};

/** Reads what lists write for the sex: m/w/d, männlich/weiblich/divers, male/female, x. Empty → null; unknown → undefined. */
export function parseGeschlecht(text: string | null | undefined): Geschlecht | null | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (!t) return null;
  if (['m', 'männlich', 'maennlich', 'male', 'junge'].includes(t)) return 'm';
  if (['w', 'weiblich', 'f', 'female', 'mädchen', 'maedchen'].includes(t)) return 'w';
  if (['d', 'divers', 'x', 'o', 'ohne angabe'].includes(t)) return 'd';
  return undefined;
}
