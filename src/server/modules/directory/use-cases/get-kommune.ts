import { count, eq, sql } from 'drizzle-orm';
import { schoolDataAttribution } from '../../../../domain/directory/vocabulary.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findKommune, listSozialraeume } from '../directory.repository.js';
import { presentKommune, presentSozialraum } from '../directory.presenters.js';
import { schulen } from '../directory.schema.js';

export async function getKommune(ctx: ActorCtx, input: { kommuneId: string }) {
  if (!can(ctx.actor, 'directory.read', 'anywhere')) throw forbidden();
  const kommune = await findKommune(ctx.db, input.kommuneId);
  if (!kommune) throw notFound('Die Kommune');
  const [stats] = await ctx.db
    .select({
      schulen: count(),
      schueler: sql<number>`coalesce(sum(${schulen.schueler}), 0)::int`,
      mitSozialindex: sql<number>`count(${schulen.sozialindex})::int`,
      startchancen: sql<number>`count(*) filter (where ${schulen.startchancen})::int`,
    })
    .from(schulen)
    .where(eq(schulen.kommuneId, kommune.id));
  const raeume = await listSozialraeume(ctx.db, kommune.id);
  return {
    ...presentKommune(kommune, stats?.schulen ?? 0),
    sozialraeume: raeume.map((r) => presentSozialraum(r.sozialraum, r.schulen)),
    schueler: stats?.schueler ?? 0,
    mitSozialindex: stats?.mitSozialindex ?? 0,
    startchancenSchulen: stats?.startchancen ?? 0,
    attribution: schoolDataAttribution,
  };
}

