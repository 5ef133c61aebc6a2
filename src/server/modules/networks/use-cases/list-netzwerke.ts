import type { ActorCtx } from '../../../core/context.js';
import { netzwerkeOfMember } from '../networks.repository.js';
import { presentNetzwerke } from '../networks.presenters.js';

/** Only the networks the caller belongs to: membership alone decides what is visible. */
export async function listNetzwerke(ctx: ActorCtx, input: { archiviert: boolean }) {
  const rows = await netzwerkeOfMember(ctx.db, ctx.actor.id, input.archiviert);
  return { items: await presentNetzwerke(ctx.db, rows) };
}
