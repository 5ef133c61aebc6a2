import { kommuneArtLabels, type KommuneArt } from '../../../domain/directory/vocabulary.js';
import type { Vorschlag } from '../../../domain/transfer/contracts.js';
import { rankPractices, type KommuneProfile, type Proposal } from '../../../domain/transfer/rank.js';
import type { DbOrTx } from '../../core/db.js';
import { kommunenByIds, schoolProfiles, type KommuneRef, type LueckeRow, type PraxisRow } from './transfer.repository.js';

/** Ranks practices for gaps with the Kommunen's context (type; size and Sozialindex profile from their schools). */
export async function rankForGaps(db: DbOrTx, gaps: LueckeRow[], practices: PraxisRow[], top = 5) {
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
    practices.map((p) => ({ id: p.id, kommune: p.kommuneId, titel: p.titel, beschreibung: p.beschreibung, handlungsfelder: p.handlungsfelder, altersphasen: p.altersphasen, zielgruppen: p.zielgruppen })),
    { top, kommunen: context },
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
