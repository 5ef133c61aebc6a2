import type { ActorCtx } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { findSchule } from '../../directory/directory.repository.js';
import { listAkteure, listAngebote, listKooperationen } from '../mapping.repository.js';
import { presentAkteure, presentAngebote, presentKooperation } from '../mapping.presenters.js';
import { loadKommune, readsAll } from '../mapping-access.js';

const ALL = { archiviert: false, limit: 10_000, offset: 0 };

/** Everything active at one school: the mapping part of its site profile. */
export async function getSiteMapping(ctx: ActorCtx, input: { schuleId: string }) {
  const schule = await findSchule(ctx.db, input.schuleId);
  if (!schule) throw notFound('Die Schule');
  const kommune = await loadKommune(ctx, schule.schule.kommuneId);
  const visibility = { kommuneId: kommune.id, all: readsAll(ctx, kommune) };
  const [akteure, angebote, kooperationen] = await Promise.all([
    listAkteure(ctx.db, visibility, { ...ALL, standortId: schule.schule.id }),
    listAngebote(ctx.db, visibility, { ...ALL, standortId: schule.schule.id }),
    listKooperationen(ctx.db, visibility, { ...ALL, standortId: schule.schule.id }),
  ]);
  return {
    schuleId: schule.schule.id,
    akteure: await presentAkteure(ctx.db, akteure.rows),
    angebote: await presentAngebote(ctx.db, angebote.rows),
    kooperationen: kooperationen.rows.map(presentKooperation),
  };
}
