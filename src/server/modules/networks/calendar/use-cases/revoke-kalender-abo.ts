import { writeAudit } from '../../../../core/audit.js';
import type { ActorCtx } from '../../../../core/context.js';
import { forbidden, notFound } from '../../../../core/errors.js';
import { can } from '../../../../core/policy.js';
import { findOwnAbo, revokeAbo } from '../calendar.repository.js';

/** DELETE /api/kalender-abos/:id — the address stops working at once; only the owner may revoke. */
export async function revokeKalenderAbo(ctx: ActorCtx, input: { aboId: string }, now = new Date()): Promise<void> {
  if (!can(ctx.actor, 'networks.self', 'self')) throw forbidden();
  const found = await findOwnAbo(ctx.db, input.aboId, ctx.actor.id);
  if (!found) throw notFound('Das Kalender-Abo');
  const { abo, traegerScopeId: scopeId } = found;
  await ctx.db.transaction(async (tx) => {
    const revoked = await revokeAbo(tx, abo.id, now);
    if (!revoked) throw notFound('Das Kalender-Abo');
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'kalender_abo.revoked',
      entityType: 'kalender_abo',
      entityId: abo.id,
      scopeId,
      requestId: ctx.requestId,
      before: { id: abo.id, userId: abo.userId, netzwerkId: abo.netzwerkId },
      after: { widerrufenAm: now.toISOString() },
    });
  });
}
