import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { deleteMitglied, findMitglied, lockNetzwerk } from '../networks.repository.js';
import { assertActive, loadNetzwerk, mayAct } from '../networks-access.js';
import { assertNotLastModeration } from './last-moderation.js';

/** Moderation removes anyone; every member may leave on their own, except the last moderation. */
export async function removeMitglied(ctx: ActorCtx, input: { netzwerkId: string; userId: string }): Promise<void> {
  const { netzwerk, rolle } = await loadNetzwerk(ctx, input.netzwerkId);
  const leaving = input.userId === ctx.actor.id;
  if (!leaving && !mayAct(rolle, 'moderation')) throw forbidden();
  assertActive(netzwerk);
  await ctx.db.transaction(async (tx) => {
    await lockNetzwerk(tx, netzwerk.id);
    const before = await findMitglied(tx, netzwerk.id, input.userId);
    if (!before) throw notFound('Das Mitglied');
    if (before.rolle === 'moderation') await assertNotLastModeration(tx, netzwerk.id, 'entfernen');
    await deleteMitglied(tx, netzwerk.id, input.userId);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'netzwerk_mitglied.removed',
      entityType: 'netzwerk_mitglied',
      entityId: netzwerk.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: { netzwerkId: netzwerk.id, userId: input.userId, rolle: before.rolle },
      after: { netzwerkId: netzwerk.id, userId: input.userId, verlassen: leaving },
    });
  });
}
