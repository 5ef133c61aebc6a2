import type { z } from 'zod';
import type { kalenderAboBody } from '../../../../../domain/networks/contracts.js';
import { writeAudit } from '../../../../core/audit.js';
import type { ActorCtx } from '../../../../core/context.js';
import { forbidden } from '../../../../core/errors.js';
import { can } from '../../../../core/policy.js';
import { newToken, sha256 } from '../../../../core/secrets.js';
import { loadNetzwerk } from '../../networks-access.js';
import { insertAbo } from '../calendar.repository.js';
import { feedAddress, presentAbo, type KalenderAbo } from './present-abo.js';

/**
 * POST /api/kalender-abos — a private feed of all the caller's meetings or of one network they
 * belong to (else 404, as for everything in a network). The address is in this answer only: the
 * database keeps the SHA-256 of the token, so a lost address means a new subscription.
 */
export async function createKalenderAbo(ctx: ActorCtx, input: z.output<typeof kalenderAboBody>): Promise<KalenderAbo & { adresse: string }> {
  if (!can(ctx.actor, 'networks.self', 'self')) throw forbidden();
  const netzwerk = input.netzwerkId ? (await loadNetzwerk(ctx, input.netzwerkId, 'gast')).netzwerk : null;
  const token = newToken();
  return ctx.db.transaction(async (tx) => {
    const abo = await insertAbo(tx, { userId: ctx.actor.id, netzwerkId: netzwerk?.id ?? null, bezeichnung: input.bezeichnung, tokenHash: sha256(token) });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'kalender_abo.created',
      entityType: 'kalender_abo',
      entityId: abo.id,
      scopeId: netzwerk?.traegerScopeId ?? null,
      requestId: ctx.requestId,
      after: { id: abo.id, userId: abo.userId, netzwerkId: abo.netzwerkId },
    });
    return { ...presentAbo(abo, netzwerk?.name ?? null), adresse: feedAddress(ctx.baseUrl, token) };
  });
}
