import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { weitergabenOf } from '../meetings.repository.js';
import { presentWeitergabe } from '../meetings.presenters.js';
import { weitergaben } from '../networks.schema.js';
import { assertActive, loadEmpfangeneWeitergabe } from '../networks-access.js';

/** POST /api/weitergaben/:id/empfangen — moderation of the receiving network confirms receipt; the origin sees the date. */
export async function acknowledgeWeitergabe(ctx: ActorCtx, input: { weitergabeId: string }) {
  const { weitergabe: before, netzwerk: an } = await loadEmpfangeneWeitergabe(ctx, input.weitergabeId, 'moderation');
  assertActive(an);
  if (before.empfangenAm) throw new AppError(409, 'already_acknowledged', 'Der Empfang wurde bereits bestätigt.');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(weitergaben)
      .set({ empfangenAm: new Date(), empfangenVon: ctx.actor.id })
      .where(and(eq(weitergaben.id, before.id), isNull(weitergaben.empfangenAm)))
      .returning();
    if (!row) throw new AppError(409, 'already_acknowledged', 'Der Empfang wurde bereits bestätigt.');
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'weitergabe.received',
      entityType: 'weitergabe',
      entityId: row.id,
      scopeId: an.traegerScopeId,
      requestId: ctx.requestId,
      before: { empfangenAm: null },
      after: { ergebnisId: row.ergebnisId, vonNetzwerkId: row.vonNetzwerkId, anNetzwerkId: row.anNetzwerkId, empfangenAm: row.empfangenAm!.toISOString() },
    });
  });
  const [done] = await weitergabenOf(ctx.db, { id: before.id });
  return presentWeitergabe(done!);
}
