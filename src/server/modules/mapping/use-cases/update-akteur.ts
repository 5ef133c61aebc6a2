import { and, eq, sql } from 'drizzle-orm';
import type { AkteurInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { findAkteur, replaceSites, sitesOf } from '../mapping.repository.js';
import { auditAkteur, presentAkteure } from '../mapping.presenters.js';
import { akteure } from '../mapping.schema.js';
import { assertMayChange, assertSitesInKommune, loadKommune, readsAll } from '../mapping-access.js';
import { akteurValues } from './create-akteur.js';
import { resolveAkteurTyp } from './list-akteur-typen.js';

export async function updateAkteur(ctx: ActorCtx, input: AkteurInput & { akteurId: string; version: number }) {
  const before = await findAkteur(ctx.db, input.akteurId);
  if (!before) throw notFound('Der Akteur');
  const kommune = await loadKommune(ctx, before.kommuneId);
  const oldSites = (await sitesOf(ctx.db, 'akteur', [before.id])).get(before.id) ?? [];
  await assertMayChange(ctx, kommune, oldSites, input.standortIds, !before.geteilt && !readsAll(ctx, kommune));
  await assertSitesInKommune(ctx, kommune, input.standortIds, 'standortIds');
  const typ = await resolveAkteurTyp(ctx.db, kommune.id, input.typ);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(akteure)
      .set({
        ...akteurValues(input, typ),
        version: sql`${akteure.version} + 1`,
        aktualisiertAm: new Date(),
      })
      .where(and(eq(akteure.id, before.id), eq(akteure.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await replaceSites(tx, 'akteur', row.id, input.standortIds);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'akteur.updated',
      entityType: 'akteur',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { ...auditAkteur(before), standortIds: oldSites },
      after: { ...auditAkteur(row), standortIds: input.standortIds },
    });
    return (await presentAkteure(tx, [row]))[0]!;
  });
}
