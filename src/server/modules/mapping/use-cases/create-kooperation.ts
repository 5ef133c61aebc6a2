import type { KooperationInput } from '../../../../domain/mapping/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { findKooperation } from '../mapping.repository.js';
import { presentKooperation } from '../mapping.presenters.js';
import { kooperationen } from '../mapping.schema.js';
import { assertMayWrite, assertSitesInKommune, loadKommune, type KommuneRef } from '../mapping-access.js';
import { assertAkteurInKommune } from './validate-traeger.js';

export async function validateKooperation(ctx: ActorCtx, kommune: KommuneRef, input: KooperationInput): Promise<void> {
  await assertAkteurInKommune(ctx.db, kommune, input.akteurAId, 'akteurAId');
  await assertAkteurInKommune(ctx.db, kommune, input.akteurBId, 'akteurBId');
  if (input.standortId) await assertSitesInKommune(ctx, kommune, [input.standortId], 'standortId');
}

export const kooperationValues = (input: KooperationInput) => ({
  akteurAId: input.akteurAId,
  akteurBId: input.akteurBId,
  typ: input.typ,
  schuleId: input.standortId,
  beschreibung: input.beschreibung,
  seit: input.seit,
});

export async function createKooperation(ctx: ActorCtx, input: KooperationInput & { kommuneId: string }) {
  const kommune = await loadKommune(ctx, input.kommuneId);
  await assertMayWrite(ctx, kommune, input.standortId ? [input.standortId] : []);
  await validateKooperation(ctx, kommune, input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(kooperationen).values({ kommuneId: kommune.id, ...kooperationValues(input) }).returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'kooperation.created',
      entityType: 'kooperation',
      entityId: row!.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      after: { id: row!.id, ...kooperationValues(input), beschreibung: undefined },
    });
    return presentKooperation((await findKooperation(tx, row!.id))!);
  });
}
