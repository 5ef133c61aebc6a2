import type { NetzwerkInput } from '../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { kommuneIdsOf, replaceKommunen, updateNetzwerkVersioned } from '../networks.repository.js';
import { auditNetzwerk, presentNetzwerk } from '../networks.presenters.js';
import { assertActive, loadNetzwerk } from '../networks-access.js';
import { resolveTraeger } from './resolve-traeger.js';

/**
 * Moderation changes the network's data. Involving another Kommune (or moving a Land network to
 * another Land) needs the same right there as founding would.
 */
export async function updateNetzwerk(ctx: ActorCtx, input: NetzwerkInput & { netzwerkId: string; version: number }) {
  const { netzwerk: before } = await loadNetzwerk(ctx, input.netzwerkId, 'moderation');
  assertActive(before);
  const oldKommunen = await kommuneIdsOf(ctx.db, before.id);
  const traeger = await resolveTraeger(ctx, input, (scopeId) => !oldKommunen.includes(scopeId) && scopeId !== before.traegerScopeId);
  const kommuneIds = traeger.kommunen.map((k) => k.id);
  return ctx.db.transaction(async (tx) => {
    const row = await updateNetzwerkVersioned(tx, before.id, input.version, {
      name: input.name,
      beschreibung: input.beschreibung,
      ebene: input.ebene,
      schwerpunkt: input.schwerpunkt,
      land: input.land,
      traegerScopeId: traeger.scopeId,
    });
    if (!row) throw conflict();
    await replaceKommunen(tx, row.id, kommuneIds);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'netzwerk.updated',
      entityType: 'netzwerk',
      entityId: row.id,
      scopeId: row.traegerScopeId,
      requestId: ctx.requestId,
      before: auditNetzwerk(before, oldKommunen),
      after: auditNetzwerk(row, kommuneIds),
    });
    return presentNetzwerk(tx, row, 'moderation');
  });
}
