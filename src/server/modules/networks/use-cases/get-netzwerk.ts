import type { ActorCtx } from '../../../core/context.js';
import { presentNetzwerk } from '../networks.presenters.js';
import { loadNetzwerk } from '../networks-access.js';

export async function getNetzwerk(ctx: ActorCtx, input: { netzwerkId: string }) {
  const { netzwerk, rolle } = await loadNetzwerk(ctx, input.netzwerkId);
  return presentNetzwerk(ctx.db, netzwerk, rolle);
}
