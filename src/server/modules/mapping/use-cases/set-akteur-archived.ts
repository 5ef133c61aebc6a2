import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { findAkteur, sitesOf } from '../mapping.repository.js';
import { auditAkteur, presentAkteure } from '../mapping.presenters.js';
import { akteure } from '../mapping.schema.js';
import { assertMayWrite, loadKommune, readsAll } from '../mapping-access.js';

/** Archived actors leave lists, graph and coverage but keep their history; restoring brings them back. */
export async function setAkteurArchived(ctx: ActorCtx, input: { akteurId: string; version: number; archived: boolean }) {
  const before = await findAkteur(ctx.db, input.akteurId);
  if (!before) throw notFound('Der Akteur');
  const kommune = await loadKommune(ctx, before.kommuneId);
  const sites = (await sitesOf(ctx.db, 'akteur', [before.id])).get(before.id) ?? [];
  await assertMayWrite(ctx, kommune, sites, !before.geteilt && !readsAll(ctx, kommune));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(akteure)
      .set({ archiviertAm: input.archived ? new Date() : null, version: sql`${akteure.version} + 1`, aktualisiertAm: new Date() })
      .where(and(eq(akteure.id, before.id), eq(akteure.version, input.version)))
      .returning();
    if (!row) throw conflict();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: input.archived ? 'akteur.archived' : 'akteur.restored',
      entityType: 'akteur',
      entityId: row.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      before: auditAkteur(before),
      after: auditAkteur(row),
    });
    return (await presentAkteure(tx, [row]))[0]!;
  });
}
