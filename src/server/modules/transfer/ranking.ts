import { kommuneArtLabels, type KommuneArt } from '../../../domain/directory/vocabulary.js';
import type { Vorschlag } from '../../../domain/transfer/contracts.js';
import type { Bm25Index } from '../../../domain/transfer/bm25.js';
import { indexPractices, rankPractices, type KommuneProfile, type PracticeDoc, type Proposal } from '../../../domain/transfer/rank.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunenByIds, praxisForRanking, praxisStand, schoolProfiles, type KommuneRef, type LueckeRow, type PraxisRow } from './transfer.repository.js';

const toDoc = (p: PraxisRow): PracticeDoc => ({ id: p.id, kommune: p.kommuneId, titel: p.titel, beschreibung: p.beschreibung, handlungsfelder: p.handlungsfelder, altersphasen: p.altersphasen, zielgruppen: p.zielgruppen, terms: p.suchtext.split(' ') });

/** The whole library with its BM25 index, kept per database until a practice is added or changed. */
const libraries = new WeakMap<object, { stand: string; practices: PraxisRow[]; docs: PracticeDoc[]; index: Bm25Index }>();
export async function wholeLibrary(db: DbOrTx) {
  const stand = await praxisStand(db);
  const cached = libraries.get(db);
  if (cached?.stand === stand) return cached;
  const practices = await praxisForRanking(db);
  const docs = practices.map(toDoc);
  const library = { stand, practices, docs, index: indexPractices(docs) };
  libraries.set(db, library);
  return library;
}

/** Ranks practices for gaps with the Kommunen's context (type; size and Sozialindex profile from their schools). */
export async function rankForGaps(db: DbOrTx, gaps: LueckeRow[], practices: PraxisRow[], top = 5, prepared?: { docs: PracticeDoc[]; index: Bm25Index }) {
  const ids = [...new Set([...gaps.map((g) => g.kommuneId), ...practices.map((p) => p.kommuneId)])];
  const [kommunen, profiles] = await Promise.all([kommunenByIds(db, ids), schoolProfiles(db, ids)]);
  const context = new Map<string, KommuneProfile>(
    ids.map((id) => {
      const k = kommunen.get(id);
      const p = profiles.get(id);
      return [id, { art: k?.art, artLabel: k ? kommuneArtLabels[k.art as KommuneArt] : undefined, schueler: p?.schueler || undefined, sozialindexProfil: p?.profil.some((x) => x > 0) ? p.profil : undefined }];
    }),
  );
  const ranked = rankPractices(
    gaps.map((g) => ({ id: g.id, kommune: g.kommuneId, text: g.beschreibung, handlungsfelder: [g.handlungsfeld], altersphasen: [g.altersphase] })),
    prepared?.docs ?? practices.map(toDoc),
    { top, kommunen: context, index: prepared?.index },
  );
  const byId = new Map(practices.map((p) => [p.id, p]));
  return { ranked, kommunen, praxis: byId };
}

/** The proposals for one gap as the API shows them. */
export function presentProposals(list: Proposal[], praxis: Map<string, PraxisRow>, kommunen: Map<string, KommuneRef>): Vorschlag[] {
  return list.map((p, i) => {
    const row = praxis.get(p.practiceId)!;
    return { praxis: { id: row.id, titel: row.titel, kommune: { id: row.kommuneId, name: kommunen.get(row.kommuneId)?.name ?? '' } }, rang: i + 1, score: p.score, gruende: p.reasons };
  });
}
