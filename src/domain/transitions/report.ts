import type { PupilRecord } from './contracts.js';
import { formatGermanDate, parseBirthDate } from './dates.js';
import type { RoundSummary } from './discrepancies.js';
import type { LinkResult } from './link.js';

/**
 * The round's report as German plain text: counts first, then the children and registrations that
 * need someone's attention, each with its list entry. Meant for the coordinating office; it holds
 * personal data and belongs deleted with the lists after the round.
 */
export interface ReportInput {
  leavers: readonly PupilRecord[];
  registrations: readonly PupilRecord[];
  link: LinkResult;
  summary: RoundSummary;
  /** File names or list names for the header. */
  leaverSource: string;
  registrationSource: string;
}

const n = (v: number) => v.toLocaleString('de-DE');

function describe(r: PupilRecord): string {
  const date = parseBirthDate(r.geburtsdatum);
  const name = [r.nachname, r.vorname].filter(Boolean).join(', ');
  const born = date.ok && date.value ? `, geb. ${formatGermanDate(date.value)}` : ', ohne Geburtsdatum';
  return `${r.id}: ${name || '(ohne Namen)'}${born}${r.schule ? `, Schule ${r.schule}` : ''}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', `${title} (${n(lines.length)})`, ...lines.map((l) => `  ${l}`)] : [];
}

export function formatRoundReport(input: ReportInput): string {
  const { leavers, registrations, link, summary } = input;
  const c = summary.counts;
  const percent = (x: number, of: number) => (of ? ` (${((100 * x) / of).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %)` : '');
  const reviewPairs = link.pairs.filter((p) => p.decision === 'review');
  const lines = [
    'Übergänge: Abgleich von Abgangs- und Anmeldeliste',
    '',
    `Abgangsliste:  ${input.leaverSource} (${n(c.leavers)} Einträge)`,
    `Anmeldeliste:  ${input.registrationSource} (${n(c.registrations)} Einträge)`,
    '',
    'Ergebnis',
    `  Treffer (sicher zugeordnet):                 ${n(c.matches)}${percent(c.matches, c.leavers)}`,
    `  zu prüfen (unsichere Zuordnung):             ${n(c.reviews)}`,
    `  unversorgt (nirgends angemeldet):            ${n(c.unversorgt)}`,
    `  ungeklärt (nur unsichere Anmeldung):         ${n(c.ungeklaert)}`,
    `  Anmeldungen ohne abgebende Schule:           ${n(c.ohneAbgang)}`,
    `  an mehreren Schulen oder doppelt angemeldet: ${n(c.mehrfach)}`,
    `  an anderer als der erwarteten Schule:        ${n(c.andereSchule)}`,
    `  möglicherweise doppelt in der Abgangsliste:  ${n(c.doppeltAbgang)}`,
    `  möglicherweise doppelt in der Anmeldeliste:  ${n(c.doppeltAnmeldung)}`,
    ...section(
      'Unversorgt: keine Anmeldung gefunden',
      summary.unversorgt.map((i) => `${describe(leavers[i]!)}${leavers[i]!.zielschule ? `, erwartet an ${leavers[i]!.zielschule}` : ''}`),
    ),
    ...section(
      'Zu prüfen: unsichere Zuordnungen',
      reviewPairs.map((p) => `${describe(leavers[p.leaver]!)}  ↔  ${describe(registrations[p.registration]!)}  (Wahrscheinlichkeit ${p.probability.toLocaleString('de-DE', { maximumFractionDigits: 2 })})`),
    ),
    ...section(
      'Mehrfach angemeldet',
      summary.mehrfach.map((m) => `${describe(leavers[m.leaver]!)}  →  ${m.registrations.map((j) => `${registrations[j]!.id} (${registrations[j]!.schule ?? 'ohne Schule'})`).join(', ')}`),
    ),
    ...section(
      'An anderer als der erwarteten Schule angemeldet',
      summary.andereSchule.map((a) => `${describe(leavers[a.leaver]!)}: erwartet ${a.expected}, angemeldet an ${a.actual} (${registrations[a.registration]!.id})`),
    ),
    ...section(
      'Anmeldungen ohne abgebende Schule',
      summary.ohneAbgang.map((j) => describe(registrations[j]!)),
    ),
    ...section(
      'Möglicherweise doppelt in einer Liste',
      summary.doppeltInListe.map((d) => {
        const list = d.list === 'abgang' ? leavers : registrations;
        return `${d.list === 'abgang' ? 'Abgangsliste' : 'Anmeldeliste'}: ${describe(list[d.first]!)}  =  ${describe(list[d.second]!)}${d.decision === 'review' ? '  (unsicher)' : ''}`;
      }),
    ),
    '',
    `Verfahren: Fellegi-Sunter mit aus den Listen geschätzten Gewichten (${n(link.stats.candidatePairs)} verglichene Paare nach Blocking), Zuordnung eins zu eins je aufnehmender Schule.`,
  ];
  return `${lines.join('\n')}\n`;
}
