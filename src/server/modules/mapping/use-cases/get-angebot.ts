import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { findAngebot } from '../mapping.repository.js';
import { presentAngebote } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

export async function getAngebot(ctx: ActorCtx, input: { angebotId: string }) {
  const row = await findAngebot(ctx.db, input.angebotId);
  if (!row) throw notFound('Das Angebot');
  const kommune = await loadKommune(ctx, row.kommuneId);
  if (!row.geteilt && !readsAll(ctx, kommune)) throw notFound('Das Angebot');
  return (await presentAngebote(ctx.db, [row]))[0]!;
}
