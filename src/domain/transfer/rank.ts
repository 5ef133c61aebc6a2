import { altersphasen, handlungsfelder } from '../shared/vocabularies.js';
import { buildBm25, type Bm25Index } from './bm25.js';
import { buildAnalyzer } from './text/analyzer.js';

/**
 * Matching gaps (Lücken) of one Kommune to good practices of other Kommunen. Four parts, each 0–1:
 * - text: BM25 of the gap's words against the practice (title counted twice, compounds split),
 *   relative to the best practice for this gap;
 * - feld: share of the gap's Handlungsfelder the practice works in;
 * - alter: same Altersphase 1, a neighbouring one ½;
 * - kontext: how alike the two Kommunen are (type, size, Sozialindex profile), ½ when unknown.
 * The weights put the words first: they carry the specific problem, while fields and phases are
 * coarse (many practices share them) and context decides how to adapt a practice, not whether it
 * answers the gap (the learning network's context model). Context only breaks near-ties.
 */
export const WEIGHTS = { text: 0.55, feld: 0.2, alter: 0.15, kontext: 0.1 } as const;
/** Proposals below this score are left out (at least one is kept when any practice fits at all). */
export const MIN_SCORE = 0.35;

export interface PracticeDoc {
  id: string;
  kommune: string;
  titel: string;
  beschreibung: string;
  handlungsfelder: readonly string[];
  altersphasen: readonly string[];
  zielgruppen?: readonly string[];
  /** The analysed terms of `practiceTerms`, when stored already (the app keeps them with the practice). */
  terms?: readonly string[];
}

export interface GapDoc {
  id: string;
  kommune: string;
  text: string;
  handlungsfelder: readonly string[];
  altersphasen: readonly string[];
}

export interface KommuneProfile {
  name?: string;
  art?: string;
  artLabel?: string;
  einwohner?: number;
  /** Pupils in the Kommune's schools: the size where the population is not known. */
  schueler?: number;
  /** Share of schools per Sozialindex level 1–9. */
  sozialindexProfil?: readonly number[];
}

export interface Proposal {
  practiceId: string;
  score: number;
  parts: { text: number; feld: number; alter: number; kontext: number };
  /** The reasons in words, for the people who read the proposal. */
  reasons: string[];
}

export interface RankOptions {
  top?: number;
  kommunen?: ReadonlyMap<string, KommuneProfile>;
  /** Keep every practice with a positive score, not only those above MIN_SCORE (for measuring). */
  all?: boolean;
  /** The index of exactly these practices, built before by `indexPractices` (the app keeps it between requests). */
  index?: Bm25Index;
}

/** The BM25 index of a library, to reuse while the practices do not change. */
export const indexPractices = (practices: readonly PracticeDoc[]): Bm25Index => buildBm25(practices.map((p) => (p.terms as string[] | undefined) ?? practiceTerms(p)));

const phaseOrder = Object.keys(altersphasen);
const fieldLabel = (code: string) => (handlungsfelder as Record<string, string>)[code] ?? code;
const phaseLabel = (code: string) => (altersphasen as Record<string, string>)[code] ?? code;
const n = (v: number) => v.toLocaleString('de-DE');

function fieldScore(gap: GapDoc, p: PracticeDoc): { score: number; shared: string[] } {
  if (!gap.handlungsfelder.length) return { score: 0, shared: [] };
  const shared = gap.handlungsfelder.filter((f) => p.handlungsfelder.includes(f));
  return { score: shared.length / gap.handlungsfelder.length, shared };
}

function phaseScore(gap: GapDoc, p: PracticeDoc): { score: number; same: string[]; near: string[] } {
  const same = gap.altersphasen.filter((a) => p.altersphasen.includes(a));
  if (same.length) return { score: 1, same, near: [] };
  const near = p.altersphasen.filter((a) => gap.altersphasen.some((g) => Math.abs(phaseOrder.indexOf(g) - phaseOrder.indexOf(a)) === 1));
  return { score: near.length ? 0.5 : 0, same, near };
}

/** Similarity of two Kommunen and what was alike, in words; ½ when nothing is known. */
export function contextScore(a: KommuneProfile | undefined, b: KommuneProfile | undefined): { score: number; alike: string[] } {
  if (!a || !b) return { score: 0.5, alike: [] };
  const parts: number[] = [];
  const alike: string[] = [];
  if (a.art && b.art) {
    parts.push(a.art === b.art ? 1 : 0.4);
    if (a.art === b.art) alike.push(`ebenfalls ${b.artLabel ?? b.art}`);
  }
  const size = a.einwohner && b.einwohner ? { a: a.einwohner, b: b.einwohner, unit: 'Einwohner:innen', round: 1000 } : a.schueler && b.schueler ? { a: a.schueler, b: b.schueler, unit: 'Schüler:innen', round: 100 } : null;
  if (size) {
    const s = Math.max(0, 1 - Math.abs(Math.log(size.a / size.b)) / Math.log(20));
    parts.push(s);
    if (s >= 0.75) alike.push(`ähnliche Größe (${n(Math.round(size.b / size.round) * size.round)} ${size.unit})`);
  }
  if (a.sozialindexProfil?.length === 9 && b.sozialindexProfil?.length === 9) {
    const tv = a.sozialindexProfil.reduce((s, x, i) => s + Math.abs(x - b.sozialindexProfil![i]!), 0) / 2;
    parts.push(1 - tv);
    if (tv <= 0.25) alike.push('ähnliches Sozialindex-Profil der Schulen');
  }
  if (!parts.length) return { score: 0.5, alike };
  return { score: parts.reduce((s, x) => s + x, 0) / parts.length, alike };
}

/** The title counts twice: it names what the practice is about. */
const practiceText = (p: Pick<PracticeDoc, 'titel' | 'beschreibung' | 'zielgruppen'>) => [p.titel, p.titel, p.beschreibung, ...(p.zielgruppen ?? [])].join('\n');

/**
 * Each text is analysed on its own (its words and the base lexicon split its compounds), so a
 * practice's terms can be computed once when it is saved and give the same ranking later.
 */
const analyse = (text: string) => buildAnalyzer([text]).termsWithWords(text);
export const practiceTerms = (p: Pick<PracticeDoc, 'titel' | 'beschreibung' | 'zielgruppen'>): string[] => analyse(practiceText(p)).map((t) => t.term);

/** Ranks the practices of other Kommunen for every gap; never proposes a practice of the gap's own Kommune. */
export function rankPractices(gaps: readonly GapDoc[], practices: readonly PracticeDoc[], options: RankOptions = {}): Map<string, Proposal[]> {
  const top = options.top ?? 5;
  const index = options.index ?? indexPractices(practices);
  const result = new Map<string, Proposal[]>();
  for (const gap of gaps) {
    const queryTerms = analyse(gap.text).map((t) => t.term);
    const raw = index.score(queryTerms);
    let max = 0;
    practices.forEach((p, i) => {
      if (p.kommune !== gap.kommune && raw[i]! > max) max = raw[i]!;
    });
    const proposals: Proposal[] = [];
    practices.forEach((p, i) => {
      if (p.kommune === gap.kommune) return;
      const text = max > 0 ? raw[i]! / max : 0;
      const feld = fieldScore(gap, p);
      const alter = phaseScore(gap, p);
      if (text === 0 && feld.score === 0) return;
      const kontext = contextScore(options.kommunen?.get(gap.kommune), options.kommunen?.get(p.kommune));
      const score = WEIGHTS.text * text + WEIGHTS.feld * feld.score + WEIGHTS.alter * alter.score + WEIGHTS.kontext * kontext.score;
      const reasons: string[] = [];
      proposals.push({ practiceId: p.id, score, parts: { text, feld: feld.score, alter: alter.score, kontext: kontext.score }, reasons, index: i } as Proposal & { index: number });
      if (feld.shared.length) reasons.push(`Gleiches Handlungsfeld: ${feld.shared.map(fieldLabel).join(', ')}`);
      if (alter.same.length) reasons.push(`Gleiche Altersphase: ${alter.same.map(phaseLabel).join(', ')}`);
      else if (alter.near.length) reasons.push(`Benachbarte Altersphase: ${alter.near.map(phaseLabel).join(', ')}`);
      if (kontext.alike.length) reasons.push(`Ähnliche Kommune: ${kontext.alike.join(', ')}`);
    });
    proposals.sort((a, b) => b.score - a.score || a.practiceId.localeCompare(b.practiceId));
    const kept = (options.all ? proposals : proposals.filter((p, k) => k === 0 || p.score >= MIN_SCORE)).slice(0, options.all ? proposals.length : top);
    // The words behind shared terms, read again only for the proposals shown.
    for (const proposal of options.all ? [] : kept) {
      const i = (proposal as Proposal & { index: number }).index;
      const shared = index.shared(queryTerms, i);
      if (!shared.length) continue;
      const wordsOf = new Map<string, string>();
      for (const t of analyse(practiceText(practices[i]!))) if (shared.includes(t.term) && !wordsOf.has(t.term)) wordsOf.set(t.term, t.word);
      proposal.reasons.unshift(`Passt inhaltlich: ${[...new Set(wordsOf.values())].slice(0, 4).map((w) => `„${w}“`).join(', ')}`);
    }
    for (const proposal of kept) delete (proposal as Partial<Proposal & { index: number }>).index;
    result.set(gap.id, kept);
  }
  return result;
}
