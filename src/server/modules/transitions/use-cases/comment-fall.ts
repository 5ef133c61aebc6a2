import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadFall, presentFallDetail } from '../fall-access.js';
import { insertKommentar } from '../transitions.repository.js';
import { assertOpen } from '../transitions-access.js';

/** POST …/faelle/:fallId/kommentare — a note for everyone working on the case (deleted with the round's personal data). */
export async function commentFall(ctx: ActorCtx, input: { rundeId: string; fallId: string; text: string }) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere') && !can(ctx.actor, 'transitions.school', 'anywhere')) throw forbidden();
  const { access, fall } = await loadFall(ctx, input.rundeId, input.fallId);
  assertOpen(access.runde);
  await ctx.db.transaction(async (tx) => {
    const id = await insertKommentar(tx, { fallId: fall.id, autorId: ctx.actor.id, text: input.text });
    // The text may name the child: the audit keeps ids only.
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'uebergang_fall.commented', entityType: 'uebergang_fall', entityId: fall.id, scopeId: access.kommune.id, requestId: ctx.requestId, after: { kommentarId: id } });
  });
  return presentFallDetail(ctx, access, fall);
}
