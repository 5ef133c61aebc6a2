import type { NetzwerkInput } from '../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { insertMitglied, insertNetzwerk, replaceKommunen } from '../networks.repository.js';
import { auditNetzwerk, presentNetzwerk } from '../networks.presenters.js';
import { resolveTraeger } from './resolve-traeger.js';

/** Founding needs 'networks.create' at every Kommune involved (or the Land); the founder moderates. */
export async function createNetzwerk(ctx: ActorCtx, input: NetzwerkInput) {
  if (!can(ctx.actor, 'networks.create', 'anywhere')) throw forbidden();
  const traeger = await resolveTraeger(ctx, input);
  const kommuneIds = traeger.kommunen.map((k) => k.id);
  return ctx.db.transaction(async (tx) => {
    const row = await insertNetzwerk(tx, {
      name: input.name,
      beschreibung: input.beschreibung,
      ebene: input.ebene,
      schwerpunkt: input.schwerpunkt,
      land: input.land,
      traegerScopeId: traeger.scopeId,
    });
    await replaceKommunen(tx, row.id, kommuneIds);
    await insertMitglied(tx, { netzwerkId: row.id, userId: ctx.actor.id, rolle: 'moderation' });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'netzwerk.created',
      entityType: 'netzwerk',
      entityId: row.id,
      scopeId: traeger.scopeId,
      requestId: ctx.requestId,
      after: { ...auditNetzwerk(row, kommuneIds), moderationId: ctx.actor.id },
    });
    return presentNetzwerk(tx, row, 'moderation');
  });
}
