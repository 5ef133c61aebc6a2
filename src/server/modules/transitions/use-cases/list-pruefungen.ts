import type { Pruefung } from '../../../../domain/transitions/round-contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState } from '../round-state.js';
import { presentPruefung } from '../transitions.presenters.js';
import { loadRunde } from '../transitions-access.js';

/** GET /api/uebergaenge/runden/:id/pruefungen — the uncertain pairs a person decides (coordination only). */
export async function listPruefungen(ctx: ActorCtx, input: { rundeId: string; status: 'offen' | 'alle' }): Promise<{ items: Pruefung[] }> {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId, 'coordinate');
  const state = await loadRoundState(ctx.db, input.rundeId);
  const schulen = new Map(access.schulen.map((s) => [s.id, s]));
  const items = state.paare
    .filter((p) => p.vorschlag === 'review' && (input.status === 'alle' || p.status === 'offen'))
    .sort((a, b) => b.wahrscheinlichkeit - a.wahrscheinlichkeit)
    .flatMap((p) => presentPruefung(p, state, schulen) ?? []);
  return { items };
}
