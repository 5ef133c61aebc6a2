import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { networksOfKommunen } from '../../networks/learning-networks.js';
import { ownKommunen } from '../transfer-access.js';

/**
 * GET /api/transfer/lernnetzwerke — the learning networks of the caller's Kommunen: active networks
 * joining more than one Kommune, whether or not the caller is a member of the network itself.
 */
export async function listLernnetzwerke(ctx: ActorCtx) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const own = await ownKommunen(ctx);
  const networks = await networksOfKommunen(
    ctx.db,
    own.map((k) => k.id),
  );
  return { items: networks.filter((n) => n.kommunen.length > 1) };
}
