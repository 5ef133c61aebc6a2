import type { PupilRecord } from './contracts.js';
import type { RoundSummary } from './discrepancies.js';
import type { LinkResult } from './link.js';

/**
 * Measures a round's linkage against the ground truth of generated lists (which child is behind
 * each record): precision and recall of the `match` pairs, and how well each kind of discrepancy
 * is found.
 */
export interface Rate {
  /** In the ground truth. */
  truth: number;
  reported: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface LinkageQuality {
  matches: Rate & { f1: number };
  /** `match` and `review` pairs together: what a person reviewing the list gets to see. */
  proposed: Rate;
  unversorgt: Rate;
  ohneAbgang: Rate;
  mehrfach: Rate;
  andereSchule: Rate;
  doppeltInListe: Rate;
}

export interface GroundTruth {
  leavers: readonly PupilRecord[];
  registrations: readonly PupilRecord[];
  leaverChild: readonly string[];
  registrationChild: readonly string[];
}

function rate(truth: ReadonlySet<string>, reported: readonly string[]): Rate {
  const distinct = new Set(reported);
  const correct = [...distinct].filter((k) => truth.has(k)).length;
  return { truth: truth.size, reported: distinct.size, correct, precision: distinct.size ? correct / distinct.size : 1, recall: truth.size ? correct / truth.size : 1 };
}

export function measureQuality(t: GroundTruth, link: LinkResult, summary: RoundSummary): LinkageQuality {
  const school = (j: number) => t.registrations[j]!.schule ?? '';
  const leaverChildren = new Set(t.leaverChild);
  const regsOfChild = new Map<string, number[]>();
  t.registrationChild.forEach((c, j) => regsOfChild.set(c, [...(regsOfChild.get(c) ?? []), j]));

  // A true link is a child with a leaver entry and a registration at a school; one per child and school.
  const links = new Set<string>();
  for (const c of leaverChildren) for (const j of regsOfChild.get(c) ?? []) links.add(`${c}|${school(j)}`);
  const linkKey = (l: number, r: number) => (t.leaverChild[l] === t.registrationChild[r] ? `${t.leaverChild[l]}|${school(r)}` : `wrong|${l}|${r}`);
  const matchKeys = link.pairs.filter((p) => p.decision === 'match').map((p) => linkKey(p.leaver, p.registration));
  const matchRate = rate(links, matchKeys);
  // Precision counts pairs, not distinct links: two matches for one link would be one too many.
  const matchPrecision = matchKeys.length ? matchKeys.filter((k) => links.has(k)).length / matchKeys.length : 1;
  const matches = { ...matchRate, reported: matchKeys.length, precision: matchPrecision, f1: (2 * matchPrecision * matchRate.recall) / (matchPrecision + matchRate.recall || 1) };
  const proposed = rate(
    links,
    link.pairs.map((p) => linkKey(p.leaver, p.registration)),
  );

  const expected = new Map(t.leaverChild.map((c, i) => [c, t.leavers[i]!.zielschule ?? '']));
  const childrenWhere = (test: (c: string) => boolean) => new Set([...leaverChildren].filter(test));
  const unversorgt = rate(
    childrenWhere((c) => !regsOfChild.has(c)),
    summary.unversorgt.map((i) => t.leaverChild[i]!),
  );
  const ohneAbgang = rate(
    new Set(t.registrationChild.flatMap((c, j) => (leaverChildren.has(c) ? [] : [String(j)]))),
    summary.ohneAbgang.map(String),
  );
  const mehrfach = rate(
    childrenWhere((c) => (regsOfChild.get(c)?.length ?? 0) > 1),
    summary.mehrfach.map((m) => t.leaverChild[m.leaver]!),
  );
  const andereSchule = rate(
    childrenWhere((c) => (regsOfChild.get(c) ?? []).some((j) => school(j) !== expected.get(c))),
    summary.andereSchule.map((a) => t.leaverChild[a.leaver]!),
  );
  const pairKey = (list: string, children: readonly string[], a: number, b: number) => (children[a] === children[b] ? `${list}|${Math.min(a, b)}|${Math.max(a, b)}` : `wrong|${list}|${a}|${b}`);
  const sameChild = new Set<string>();
  for (const [list, children] of [
    ['abgang', t.leaverChild],
    ['anmeldung', t.registrationChild],
  ] as const) {
    const byChild = new Map<string, number[]>();
    children.forEach((c, i) => byChild.set(c, [...(byChild.get(c) ?? []), i]));
    for (const entries of byChild.values()) for (let x = 0; x < entries.length; x++) for (let y = x + 1; y < entries.length; y++) sameChild.add(pairKey(list, children, entries[x]!, entries[y]!));
  }
  const doppeltInListe = rate(
    sameChild,
    summary.doppeltInListe.filter((d) => d.decision === 'match').map((d) => pairKey(d.list, d.list === 'abgang' ? t.leaverChild : t.registrationChild, d.first, d.second)),
  );
  return { matches, proposed, unversorgt, ohneAbgang, mehrfach, andereSchule, doppeltInListe };
}
