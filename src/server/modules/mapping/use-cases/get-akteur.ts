import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { findAkteur } from '../mapping.repository.js';
import { presentAkteure } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

export async function getAkteur(ctx: ActorCtx, input: { akteurId: string }) {
  const row = await findAkteur(ctx.db, input.akteurId);
  if (!row) throw notFound('Der Akteur');
  const kommune = await loadKommune(ctx, row.kommuneId);
  if (!row.geteilt && !readsAll(ctx, kommune)) throw notFound('Der Akteur');
  return (await presentAkteure(ctx.db, [row]))[0]!;
}
