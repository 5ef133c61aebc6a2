import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { sozialraumUpdateBody } from '../../../../domain/directory/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findKommune, findSozialraum, lockSozialraumNames, sozialraumNameTaken } from '../directory.repository.js';
import { sozialraumExists } from './create-sozialraum.js';
import { presentSozialraum } from '../directory.presenters.js';
import { schulen, sozialraeume } from '../directory.schema.js';

export async function updateSozialraum(ctx: ActorCtx, input: z.infer<typeof sozialraumUpdateBody> & { sozialraumId: string }) {
  const before = await findSozialraum(ctx.db, input.sozialraumId);
  const kommune = before && (await findKommune(ctx.db, before.kommuneId));
  if (!before || !kommune) throw notFound('Der Sozialraum');
  if (!can(ctx.actor, 'sozialraum.manage', { scopePath: kommune.path })) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    await lockSozialraumNames(tx, kommune.id);
    if (await sozialraumNameTaken(tx, kommune.id, input.name, before.id)) throw sozialraumExists(input.name, kommune.name);
    const [row] = await tx
      .update(sozialraeume)
      .set({ name: input.name, beschreibung: input.beschreibung ?? null, version: sql`${sozialraeume.version} + 1` })
      .where(and(eq(sozialraeume.id, before.id), eq(sozialraeume.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'sozialraum.updated',
      entityType: 'sozialraum',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: { name: before.name, version: before.version },
      after: { name: row.name, version: row.version },
    });
    const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(schulen).where(eq(schulen.sozialraumId, row.id));
    return presentSozialraum(row, n?.n ?? 0);
  });
}
