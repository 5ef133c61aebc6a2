import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { kommuneIdsOf, updateNetzwerkVersioned } from '../networks.repository.js';
import { auditNetzwerk, presentNetzwerk } from '../networks.presenters.js';
import { loadNetzwerk } from '../networks-access.js';

/** An archived network stays readable for its members but nothing in it can change until restored. */
export async function setNetzwerkArchived(ctx: ActorCtx, input: { netzwerkId: string; version: number; archived: boolean }) {
  const { netzwerk: before } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  const kommuneIds = await kommuneIdsOf(ctx.db, before.id);
  return ctx.db.transaction(async (tx) => {
    const row = await updateNetzwerkVersioned(tx, before.id, input.version, { archiviertAm: input.archived ? new Date() : null });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.archived ? 'netzwerk.archived' : 'netzwerk.restored',
      entityType: 'netzwerk',
      entityId: row.id,
      scopeId: row.traegerScopeId,
      requestId: ctx.requestId,
      before: auditNetzwerk(before, kommuneIds),
      after: auditNetzwerk(row, kommuneIds),
    });
    return presentNetzwerk(tx, row, 'moderation');
  });
}
