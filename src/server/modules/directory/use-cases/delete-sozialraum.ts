import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findKommune, findSozialraum } from '../directory.repository.js';
import { sozialraeume } from '../directory.schema.js';

/** Schools of the space stay; they just lose the assignment. */
export async function deleteSozialraum(ctx: ActorCtx, input: { sozialraumId: string }) {
  const before = await findSozialraum(ctx.db, input.sozialraumId);
  const kommune = before && (await findKommune(ctx.db, before.kommuneId));
  if (!before || !kommune) throw notFound('Der Sozialraum');
  if (!can(ctx.actor, 'sozialraum.manage', { scopePath: kommune.path })) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sozialraeume).where(eq(sozialraeume.id, before.id));
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'sozialraum.deleted',
      entityType: 'sozialraum',
      entityId: before.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { name: before.name },
    });
  });
}
