import type { ActorCtx } from '../../../core/context.js';
import { otherActiveNetzwerkeOf } from '../networks.repository.js';
import { loadNetzwerk } from '../networks-access.js';

/** Where results of this network can go: the caller's other active networks, whatever their role there. */
export async function listEmpfaenger(ctx: ActorCtx, input: { netzwerkId: string }) {
  const { netzwerk } = await loadNetzwerk(ctx, input.netzwerkId);
  return { items: await otherActiveNetzwerkeOf(ctx.db, ctx.actor.id, netzwerk.id) };
}
