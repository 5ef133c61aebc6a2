import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { newToken, sha256 } from '../../../core/secrets.js';
import { loadSzenario } from '../allocation-access.js';
import { presentFreigabe, shareAddress } from '../allocation.presenters.js';
import { insertFreigabe } from '../allocation.repository.js';

/**
 * POST /api/verteilung/szenarien/:id/freigaben — a read-only link for the steering group. The token
 * (32 random bytes, base64url) is in this answer only; the database keeps its SHA-256.
 */
export async function createFreigabe(ctx: ActorCtx, input: { szenarioId: string; bezeichnung: string }) {
  if (!can(ctx.actor, 'allocation.manage', 'anywhere')) throw forbidden();
  const { szenario, scope } = await loadSzenario(ctx, input.szenarioId, 'manage');
  const token = newToken();
  return ctx.db.transaction(async (tx) => {
    const row = await insertFreigabe(tx, { szenarioId: szenario.id, bezeichnung: input.bezeichnung, tokenHash: sha256(token), erstelltVon: ctx.actor.id });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'verteilung_freigabe.created',
      entityType: 'verteilung_freigabe',
      entityId: row.id,
      scopeId: scope.id,
      requestId: ctx.requestId,
      after: { id: row.id, szenarioId: szenario.id },
    });
    return { ...presentFreigabe(row, ctx.actor.name), adresse: shareAddress(ctx.baseUrl, token), token };
  });
}
