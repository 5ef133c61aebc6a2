import type { NetzwerkRolle } from '../../../../domain/networks/vocabulary.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { findMitglied, lockNetzwerk, updateMitgliedRolle } from '../networks.repository.js';
import { presentMitglied } from '../networks.presenters.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';
import { assertNotLastModeration } from './last-moderation.js';

export async function changeMitgliedRolle(ctx: ActorCtx, input: { netzwerkId: string; userId: string; rolle: NetzwerkRolle }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(netzwerk);
  return ctx.db.transaction(async (tx) => {
    await lockNetzwerk(tx, netzwerk.id);
    const before = await findMitglied(tx, netzwerk.id, input.userId);
    if (!before) throw notFound('Das Mitglied');
    if (before.rolle === 'moderation' && input.rolle !== 'moderation') await assertNotLastModeration(tx, netzwerk.id, 'herabstufen');
    await updateMitgliedRolle(tx, netzwerk.id, input.userId, input.rolle);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'netzwerk_mitglied.changed',
      entityType: 'netzwerk_mitglied',
      entityId: netzwerk.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      before: { netzwerkId: netzwerk.id, userId: input.userId, rolle: before.rolle },
      after: { netzwerkId: netzwerk.id, userId: input.userId, rolle: input.rolle },
    });
    return presentMitglied({ ...before, rolle: input.rolle });
  });
}
