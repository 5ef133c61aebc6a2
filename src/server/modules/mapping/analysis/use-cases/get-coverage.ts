import type { Abdeckung } from '../../../../../domain/mapping/analysis/contracts.js';
import { coverageGrid, type CoverageOffer } from '../../../../../domain/mapping/analysis/coverage.js';
import type { AngebotStatus } from '../../../../../domain/mapping/vocabulary.js';
import type { Altersphase, Handlungsfeld } from '../../../../../domain/shared/vocabularies.js';
import type { ActorCtx } from '../../../../core/context.js';
import { notFound } from '../../../../core/errors.js';
import { findSchule, findSozialraum } from '../../../directory/directory.repository.js';
import { loadKommune, readsAll, type KommuneRef } from '../../mapping-access.js';
import { offersAtSites, schoolsOf } from '../analysis.repository.js';

async function coverageOf(ctx: ActorCtx, kommune: KommuneRef, bereich: Omit<Abdeckung['bereich'], 'kommuneId' | 'kommuneName'>): Promise<Abdeckung> {
  const visibility = { kommuneId: kommune.id, all: readsAll(ctx, kommune) };
  const siteIds = bereich.schulen.map((s) => s.id);
  const rows = await offersAtSites(ctx.db, visibility, siteIds);
  const offers: CoverageOffer[] = rows.map((r) => ({
    id: r.id,
    titel: r.titel,
    akteurName: r.akteurName,
    handlungsfeld: r.handlungsfeld as Handlungsfeld,
    altersphasen: r.altersphasen as Altersphase[],
    stundenProWoche: r.stundenProWoche,
    status: r.status as AngebotStatus,
    standortIds: r.standortIds,
  }));
  return {
    bereich: { ...bereich, kommuneId: kommune.id, kommuneName: kommune.name },
    nurGeteilt: !visibility.all,
    ...coverageGrid(offers, new Set(siteIds)),
  };
}

/** The Lückenraster of one school: Handlungsfeld × Altersphase with the offers at the school. */
export async function getSchoolCoverage(ctx: ActorCtx, input: { schuleId: string }): Promise<Abdeckung> {
  const row = await findSchule(ctx.db, input.schuleId);
  if (!row) throw notFound('Die Schule');
  const kommune = await loadKommune(ctx, row.schule.kommuneId);
  return coverageOf(ctx, kommune, { art: 'schule', id: row.schule.id, name: row.schule.name, schulen: [{ id: row.schule.id, name: row.schule.name }] });
}

/** The Lückenraster of a Sozialraum: the offers at any of its schools. */
export async function getSozialraumCoverage(ctx: ActorCtx, input: { sozialraumId: string }): Promise<Abdeckung> {
  const raum = await findSozialraum(ctx.db, input.sozialraumId);
  if (!raum) throw notFound('Der Sozialraum');
  const kommune = await loadKommune(ctx, raum.kommuneId);
  const schools = await schoolsOf(ctx.db, { sozialraumId: raum.id });
  return coverageOf(ctx, kommune, { art: 'sozialraum', id: raum.id, name: raum.name, schulen: schools.map((s) => ({ id: s.id, name: s.name })) });
}
