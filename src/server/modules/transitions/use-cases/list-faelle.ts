import type { Fall, FallListQuery } from '../../../../domain/transitions/round-contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState } from '../round-state.js';
import { presentFall, viewerOf } from '../transitions.presenters.js';
import { kommentarCounts } from '../transitions.repository.js';
import { loadRunde } from '../transitions-access.js';
import { parseEntryKey } from '../transitions-access.js';

/**
 * GET /api/uebergaenge/runden/:id/faelle — the coordination sees every case, a school the cases
 * assigned to it. `schuleId` filters to cases assigned to or concerning that school.
 */
export async function listFaelle(ctx: ActorCtx, input: { rundeId: string } & Required<Pick<FallListQuery, 'status'>> & Omit<FallListQuery, 'status'>): Promise<{ items: Fall[] }> {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId);
  if (!access.koordination && !access.eigeneSchulen.length) throw forbidden();
  const state = await loadRoundState(ctx.db, input.rundeId);
  const mine = new Set(access.eigeneSchulen.map((s) => s.id));
  const faelle = state.faelle.filter(
    (f) =>
      (access.koordination || (f.zugewiesenAn !== null && mine.has(f.zugewiesenAn))) &&
      (input.status === 'alle' || f.status === input.status) &&
      (!input.art || f.art === input.art) &&
      (!input.schuleId || f.zugewiesenAn === input.schuleId || f.eintraege.some((k) => parseEntryKey(k).schuleId === input.schuleId)),
  );
  const counts = await kommentarCounts(
    ctx.db,
    faelle.map((f) => f.id),
  );
  const schulen = new Map(access.schulen.map((s) => [s.id, s]));
  const viewer = viewerOf(access);
  return { items: faelle.map((f) => presentFall(f, state, schulen, viewer, counts.get(f.id) ?? 0)) };
}
