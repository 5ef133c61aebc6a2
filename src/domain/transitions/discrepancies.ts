import type { DuplicatePair } from './compare-lists.js';
import type { LinkResult } from './link.js';
import type { PupilRecord } from './contracts.js';

/**
 * What a transition round reports, from the linkage of leavers with registrations and the duplicate
 * search inside each list. Only `match` pairs count as found; leavers with `review` pairs only are
 * open cases (ungeklärt), not yet unversorgt.
 */
export interface RoundSummary {
  counts: {
    leavers: number;
    registrations: number;
    matches: number;
    reviews: number;
    unversorgt: number;
    ungeklaert: number;
    ohneAbgang: number;
    mehrfach: number;
    andereSchule: number;
    doppeltAbgang: number;
    doppeltAnmeldung: number;
  };
  /** Leavers (positions) without any pair, and not just a second entry of a found leaver. */
  unversorgt: number[];
  /** Leavers whose pairs all need review. */
  ungeklaert: number[];
  /** Registrations without any pair, and not just a second entry of a found registration. */
  ohneAbgang: number[];
  /** Leavers with registrations at more than one school, or twice at one. */
  mehrfach: { leaver: number; registrations: number[] }[];
  /** Matches at a school other than the leaver's expected school. */
  andereSchule: { leaver: number; registration: number; expected: string; actual: string }[];
  /** Entries that probably stand twice in the same list. */
  doppeltInListe: { list: 'abgang' | 'anmeldung'; first: number; second: number; decision: 'match' | 'review' }[];
}

const schoolKey = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** For each entry, the other entries a `match` duplicate pair joins it with. */
function twinsOf(duplicates: readonly DuplicatePair[], size: number): number[][] {
  const twins = Array.from({ length: size }, () => [] as number[]);
  for (const d of duplicates) {
    if (d.decision !== 'match') continue;
    twins[d.first]!.push(d.second);
    twins[d.second]!.push(d.first);
  }
  return twins;
}

export function summarizeRound(leavers: readonly PupilRecord[], registrations: readonly PupilRecord[], link: LinkResult): RoundSummary {
  const leaverTwins = twinsOf(link.leaverDuplicates, leavers.length);
  const registrationTwins = twinsOf(link.registrationDuplicates, registrations.length);
  const matchedRegs = Array.from({ length: leavers.length }, () => [] as number[]);
  const reviewed = new Array<boolean>(leavers.length).fill(false);
  const regPaired = new Array<boolean>(registrations.length).fill(false);
  const andereSchule: RoundSummary['andereSchule'] = [];
  for (const p of link.pairs) {
    regPaired[p.registration] = true;
    if (p.decision === 'review') {
      reviewed[p.leaver] = true;
      continue;
    }
    matchedRegs[p.leaver]!.push(p.registration);
    const expected = leavers[p.leaver]!.zielschule ?? '';
    const actual = registrations[p.registration]!.schule ?? '';
    if (schoolKey(expected) && schoolKey(actual) && schoolKey(expected) !== schoolKey(actual)) andereSchule.push({ leaver: p.leaver, registration: p.registration, expected, actual });
  }
  const leaverFound = (i: number) => matchedRegs[i]!.length > 0;

  const unversorgt: number[] = [];
  const ungeklaert: number[] = [];
  leavers.forEach((_, i) => {
    if (leaverFound(i) || leaverTwins[i]!.some(leaverFound)) return;
    (reviewed[i] ? ungeklaert : unversorgt).push(i);
  });

  // A registration without leaver that duplicates a found registration is the same child registered twice.
  const ohneAbgang: number[] = [];
  const extraOf = new Map<number, number[]>();
  registrations.forEach((_, j) => {
    if (regPaired[j]) return;
    const found = registrationTwins[j]!.find((t) => regPaired[t]);
    if (found === undefined) ohneAbgang.push(j);
    else extraOf.set(found, [...(extraOf.get(found) ?? []), j]);
  });
  const mehrfach: RoundSummary['mehrfach'] = [];
  matchedRegs.forEach((regs, i) => {
    const all = [...regs, ...regs.flatMap((r) => extraOf.get(r) ?? [])];
    if (all.length > 1) mehrfach.push({ leaver: i, registrations: all });
  });

  const doppeltInListe: RoundSummary['doppeltInListe'] = [
    ...link.leaverDuplicates.map((d) => ({ list: 'abgang' as const, first: d.first, second: d.second, decision: d.decision })),
    ...link.registrationDuplicates.map((d) => ({ list: 'anmeldung' as const, first: d.first, second: d.second, decision: d.decision })),
  ];
  return {
    counts: {
      leavers: leavers.length,
      registrations: registrations.length,
      matches: link.pairs.filter((p) => p.decision === 'match').length,
      reviews: link.pairs.filter((p) => p.decision === 'review').length,
      unversorgt: unversorgt.length,
      ungeklaert: ungeklaert.length,
      ohneAbgang: ohneAbgang.length,
      mehrfach: mehrfach.length,
      andereSchule: andereSchule.length,
      doppeltAbgang: doppeltInListe.filter((d) => d.list === 'abgang').length,
      doppeltAnmeldung: doppeltInListe.filter((d) => d.list === 'anmeldung').length,
    },
    unversorgt,
    ungeklaert,
    ohneAbgang,
    mehrfach,
    andereSchule,
    doppeltInListe,
  };
}
