import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { findAngebot, sitesOf } from '../mapping.repository.js';
import { auditAngebot, presentAngebote } from '../mapping.presenters.js';
import { angebote } from '../mapping.schema.js';
import { assertMayWrite, loadKommune, readsAll } from '../mapping-access.js';

export async function setAngebotArchived(ctx: ActorCtx, input: { angebotId: string; version: number; archived: boolean }) {
  const before = await findAngebot(ctx.db, input.angebotId);
  if (!before) throw notFound('Das Angebot');
  const kommune = await loadKommune(ctx, before.kommuneId);
  const sites = (await sitesOf(ctx.db, 'angebot', [before.id])).get(before.id) ?? [];
  await assertMayWrite(ctx, kommune, sites, !before.geteilt && !readsAll(ctx, kommune));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(angebote)
      .set({ archiviertAm: input.archived ? new Date() : null, version: sql`${angebote.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(angebote.id, before.id), eq(angebote.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.archived ? 'angebot.archived' : 'angebot.restored',
      entityType: 'angebot',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: auditAngebot(before),
      after: auditAngebot(row),
    });
    return (await presentAngebote(tx, [row]))[0]!;
  });
}
