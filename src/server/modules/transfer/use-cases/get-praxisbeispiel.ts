import type { ActorCtx } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { mayManage } from '../transfer-access.js';
import { presentPraxisKopf } from '../transfer.presenters.js';
import { findPraxis, finishedTransfersOf, kommunenByIds, kontextOf } from '../transfer.repository.js';

/** GET /api/transfer/praxisbeispiele/:id — a practice with its context profile and what finished transfers learned from it. */
export async function getPraxisbeispiel(ctx: ActorCtx, id: string) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const row = await findPraxis(ctx.db, id);
  if (!row) throw notFound('Das Praxisbeispiel');
  const [kontext, finished] = await Promise.all([kontextOf(ctx.db, id), finishedTransfersOf(ctx.db, id)]);
  const kommunen = await kommunenByIds(ctx.db, [row.kommuneId, ...finished.map((t) => t.anfragendeKommuneId)]);
  const kommune = kommunen.get(row.kommuneId);
  return {
    ...presentPraxisKopf(row, kommunen),
    ressourcen: row.ressourcen,
    kontakt: row.kontakt,
    links: row.links,
    kontext: kontext.map((k) => ({ frageId: k.frageId, code: k.code, dimension: k.dimension, frage: k.frage, antwort: k.antwort })),
    erfahrungen: finished.map((t) => ({ transferId: t.id, kommune: { id: t.anfragendeKommuneId, name: kommunen.get(t.anfragendeKommuneId)?.name ?? '' }, angepassteUmsetzung: t.angepassteUmsetzung ?? '', erfahrung: t.erfahrung, abgeschlossenAm: t.abgeschlossenAm?.toISOString() ?? null })),
    darfBearbeiten: !!kommune && mayManage(ctx, kommune),
  };
}
