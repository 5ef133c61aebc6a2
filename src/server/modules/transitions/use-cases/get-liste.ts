import type { EigeneListe, ListenArt } from '../../../../domain/transitions/round-contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { entryStatuses, loadRoundState } from '../round-state.js';
import { presentEintrag } from '../transitions.presenters.js';
import { findListe } from '../transitions.repository.js';
import { loadRunde } from '../transitions-access.js';
import { ownSchool } from './upload-liste.js';

/** GET /api/uebergaenge/runden/:id/listen/:schuleId/:art — the school's own children and their status, nothing of other schools. */
export async function getListe(ctx: ActorCtx, input: { rundeId: string; schuleId: string; art: ListenArt }): Promise<EigeneListe> {
  if (!can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId);
  const schule = ownSchool(access, input.schuleId, input.art);
  const liste = await findListe(ctx.db, access.runde.id, schule.id, input.art);
  const base = { schule: { id: schule.id, name: schule.name }, art: input.art };
  if (!liste) return { ...base, hochgeladenAm: null, items: [] };
  const state = await loadRoundState(ctx.db, access.runde.id);
  const statusOf = entryStatuses(state, access.runde, liste.hochgeladenAm);
  const schulen = new Map(access.schulen.map((s) => [s.id, s]));
  const items = state.entries.filter((e) => e.listeId === liste.id).map((e) => ({ ...presentEintrag(e, schulen), status: statusOf(e) }));
  return { ...base, hochgeladenAm: liste.hochgeladenAm.toISOString(), items };
}
