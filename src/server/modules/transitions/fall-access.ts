import type { ActorCtx } from '../../core/context.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { FallDetail } from '../../../domain/transitions/round-contracts.js';
import { loadRoundState } from './round-state.js';
import { presentFall, viewerOf } from './transitions.presenters.js';
import { findFall, kommentareOfFall, type FallRow } from './transitions.repository.js';
import { loadRunde, type RundeAccess } from './transitions-access.js';

/** A case is seen by the coordination and by the school it is assigned to; anyone else gets 404. */
export async function loadFall(ctx: ActorCtx, rundeId: string, fallId: string, need: 'work' | 'assign' = 'work'): Promise<{ access: RundeAccess; fall: FallRow }> {
  const access = await loadRunde(ctx, rundeId);
  const fall = await findFall(ctx.db, rundeId, fallId);
  const assignedToMe = !!fall?.zugewiesenAn && access.eigeneSchulen.some((s) => s.id === fall.zugewiesenAn);
  if (!fall || (!access.koordination && !assignedToMe)) throw notFound('Der Fall');
  if (need === 'assign' && !access.koordination) throw forbidden();
  return { access, fall };
}

export const mayWork = (access: RundeAccess, fall: FallRow) => access.koordination || (!!fall.zugewiesenAn && access.eigeneSchulen.some((s) => s.id === fall.zugewiesenAn));

export async function presentFallDetail(ctx: ActorCtx, access: RundeAccess, fall: FallRow): Promise<FallDetail> {
  const [state, kommentare] = await Promise.all([loadRoundState(ctx.db, access.runde.id), kommentareOfFall(ctx.db, fall.id)]);
  const schulen = new Map(access.schulen.map((s) => [s.id, s]));
  const open = access.runde.status === 'offen';
  return {
    ...presentFall(fall, state, schulen, viewerOf(access), kommentare.length),
    kommentare: kommentare.map((k) => ({ id: k.id, autor: k.autor ?? 'gelöschtes Konto', text: k.text, erstelltAm: k.erstelltAm.toISOString() })),
    darfZuweisen: open && access.koordination,
    darfErledigen: open && mayWork(access, fall),
    schulen: access.koordination ? [...new Map(access.schulen.map((s) => [s.id, { id: s.id, name: s.name }])).values()] : [],
  };
}
