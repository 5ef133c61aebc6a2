import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { assignSozialraumBody } from '../../../../domain/directory/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findSchule, findSozialraum } from '../directory.repository.js';
import { schulen } from '../directory.schema.js';
import { getSchool } from './get-school.js';

export async function assignSozialraum(ctx: ActorCtx, input: z.infer<typeof assignSozialraumBody> & { schuleId: string }) {
  const found = await findSchule(ctx.db, input.schuleId);
  if (!found) throw notFound('Die Schule');
  const kommunePath = found.path.split('/').slice(0, -2).join('/') + '/';
  if (!can(ctx.actor, 'sozialraum.manage', { scopePath: kommunePath })) throw forbidden();
  if (input.sozialraumId) {
    const raum = await findSozialraum(ctx.db, input.sozialraumId);
    if (!raum || raum.kommuneId !== found.schule.kommuneId) {
      throw invalid('sozialraumId', 'Diesen Sozialraum gibt es in der Kommune der Schule nicht.');
    }
  }
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schulen)
      .set({ sozialraumId: input.sozialraumId, version: sql`${schulen.version} + 1` })
      .where(and(eq(schulen.id, found.schule.id), eq(schulen.version, input.version)))
      .returning({ id: schulen.id });
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'schule.sozialraum_assigned',
      entityType: 'schule',
      entityId: found.schule.id,
      scopeId: found.schule.id,
      requestId: ctx.requestId,
      before: { sozialraumId: found.schule.sozialraumId },
      after: { sozialraumId: input.sozialraumId },
    });
  });
  return getSchool(ctx, { schuleId: found.schule.id });
}
