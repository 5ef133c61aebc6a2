import type { z } from 'zod';
import type { sozialraumBody } from '../../../../domain/directory/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findKommune, lockSozialraumNames, sozialraumNameTaken } from '../directory.repository.js';
import { presentSozialraum } from '../directory.presenters.js';
import { sozialraeume } from '../directory.schema.js';

export const sozialraumExists = (name: string, kommuneName: string) =>
  new AppError(409, 'sozialraum_exists', `Den Sozialraum „${name}“ gibt es in ${kommuneName} bereits.`, [{ field: 'name', message: 'Diesen Namen gibt es hier bereits.' }]);

export async function createSozialraum(ctx: ActorCtx, input: z.infer<typeof sozialraumBody> & { kommuneId: string }) {
  const kommune = await findKommune(ctx.db, input.kommuneId);
  if (!kommune) throw notFound('Die Kommune');
  if (!can(ctx.actor, 'sozialraum.manage', { scopePath: kommune.path })) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    await lockSozialraumNames(tx, kommune.id);
    if (await sozialraumNameTaken(tx, kommune.id, input.name)) throw sozialraumExists(input.name, kommune.name);
    const [row] = await tx.insert(sozialraeume).values({ kommuneId: kommune.id, name: input.name, beschreibung: input.beschreibung ?? null }).returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'sozialraum.created',
      entityType: 'sozialraum',
      entityId: row!.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      after: { id: row!.id, name: row!.name },
    });
    return presentSozialraum(row!, 0);
  });
}
