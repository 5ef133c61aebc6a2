import { and, eq, sql } from 'drizzle-orm';
import type { AngebotInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { findAngebot, replaceSites, sitesOf } from '../mapping.repository.js';
import { auditAngebot, presentAngebote } from '../mapping.presenters.js';
import { angebote } from '../mapping.schema.js';
import { assertMayChange, assertSitesInKommune, loadKommune, readsAll } from '../mapping-access.js';
import { angebotValues } from './create-angebot.js';
import { assertAkteurInKommune } from './validate-traeger.js';

export async function updateAngebot(ctx: ActorCtx, input: AngebotInput & { angebotId: string; version: number }) {
  const before = await findAngebot(ctx.db, input.angebotId);
  if (!before) throw notFound('Das Angebot');
  const kommune = await loadKommune(ctx, before.kommuneId);
  const oldSites = (await sitesOf(ctx.db, 'angebot', [before.id])).get(before.id) ?? [];
  await assertMayChange(ctx, kommune, oldSites, input.standortIds, !before.geteilt && !readsAll(ctx, kommune));
  await assertSitesInKommune(ctx, kommune, input.standortIds, 'standortIds');
  if (input.akteurId !== before.akteurId) await assertAkteurInKommune(ctx.db, kommune, input.akteurId, 'akteurId');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(angebote)
      .set({ ...angebotValues(input), version: sql`${angebote.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(angebote.id, before.id), eq(angebote.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await replaceSites(tx, 'angebot', row.id, input.standortIds);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'angebot.updated',
      entityType: 'angebot',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { ...auditAngebot(before), standortIds: oldSites },
      after: { ...auditAngebot(row), standortIds: input.standortIds },
    });
    return (await presentAngebote(tx, [row]))[0]!;
  });
}
