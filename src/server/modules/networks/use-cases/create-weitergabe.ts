import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { isUniqueViolation } from '../../../core/db.js';
import { AppError, invalid } from '../../../core/errors.js';
import { weitergabenOf } from '../meetings.repository.js';
import { presentWeitergabe } from '../meetings.presenters.js';
import { weitergaben } from '../networks.schema.js';
import { assertActive, findOwnNetzwerk, loadErgebnis } from '../networks-access.js';

/**
 * POST /api/ergebnisse/:id/weitergaben — moderation of the result's network passes it to another
 * active network the caller belongs to (any role), e.g. up to the steering group or back to the
 * local networks. Each result reaches a network once.
 */
export async function createWeitergabe(ctx: ActorCtx, input: { ergebnisId: string; anNetzwerkId: string; notiz: string | null }) {
  const { ergebnis, netzwerk } = await loadErgebnis(ctx, input.ergebnisId, 'moderation');
  assertActive(netzwerk);
  if (input.anNetzwerkId === netzwerk.id) throw invalid('anNetzwerkId', 'Ein Ergebnis kann nicht an das eigene Netzwerk weitergegeben werden.');
  const an = await findOwnNetzwerk(ctx, input.anNetzwerkId);
  if (!an) throw invalid('anNetzwerkId', 'Dieses Netzwerk gibt es nicht oder Sie sind dort nicht Mitglied.');
  if (an.archiviertAm) throw invalid('anNetzwerkId', 'Dieses Netzwerk ist archiviert und nimmt keine Ergebnisse mehr an.');
  const id = await ctx.db.transaction(async (tx) => {
    let row;
    try {
      [row] = await tx
        .insert(weitergaben)
        .values({ ergebnisId: ergebnis.id, vonNetzwerkId: netzwerk.id, anNetzwerkId: an.id, notiz: input.notiz, weitergegebenVon: ctx.actor.id })
        .returning();
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError(409, 'already_passed', 'Dieses Ergebnis wurde bereits an dieses Netzwerk weitergegeben.');
      throw err;
    }
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'weitergabe.created',
      entityType: 'weitergabe',
      entityId: row!.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      after: { ergebnisId: ergebnis.id, vonNetzwerkId: netzwerk.id, anNetzwerkId: an.id },
    });
    return row!.id;
  });
  const [created] = await weitergabenOf(ctx.db, { id });
  return presentWeitergabe(created!);
}
