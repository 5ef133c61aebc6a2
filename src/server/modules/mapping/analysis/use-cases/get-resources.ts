import type { Ressourcen } from '../../../../../domain/mapping/analysis/contracts.js';
import { flagRuleText, HIGH_NEED_FROM, resourceFigures } from '../../../../../domain/mapping/analysis/resources.js';
import type { AngebotStatus } from '../../../../../domain/mapping/vocabulary.js';
import type { ActorCtx } from '../../../../core/context.js';
import { loadKommune, readsAll } from '../../mapping-access.js';
import { offersAtSites, schoolsOf } from '../analysis.repository.js';

/** Resources against need, school by school: weekly hours per 100 pupils next to the Sozialindex. */
export async function getResources(ctx: ActorCtx, input: { kommuneId: string }): Promise<Ressourcen> {
  const kommune = await loadKommune(ctx, input.kommuneId);
  const visibility = { kommuneId: kommune.id, all: readsAll(ctx, kommune) };
  const [schools, offers] = await Promise.all([schoolsOf(ctx.db, { kommuneId: kommune.id }), offersAtSites(ctx.db, visibility)]);
  const figures = resourceFigures(
    schools,
    offers.map((o) => ({ stundenProWoche: o.stundenProWoche, status: o.status as AngebotStatus, standortIds: o.standortIds })),
  );
  return {
    kommuneId: kommune.id,
    kommuneName: kommune.name,
    nurGeteilt: !visibility.all,
    median: figures.median,
    sozialindexSchwelle: HIGH_NEED_FROM,
    regel: flagRuleText,
    zeilen: figures.zeilen,
    summary: { schulen: figures.zeilen.length, markiert: figures.zeilen.filter((z) => z.flagged).length, stunden: figures.stunden },
  };
}
