import type { z } from 'zod';
import type { ergebnisBody } from '../../../../domain/networks/contracts.js';
import type { VereinbarungStatus } from '../../../../domain/networks/vocabulary.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import type { DbOrTx } from '../../../core/db.js';
import { invalid } from '../../../core/errors.js';
import { rolesIn } from '../meetings.repository.js';
import { auditErgebnis } from '../meetings.presenters.js';
import { ergebnisse } from '../networks.schema.js';
import { assertActive, loadTreffen } from '../networks-access.js';
import { assertNotCancelled } from './assert-treffen-open.js';
import { ergebnisDetail } from './ergebnis-detail.js';

export type ErgebnisInput = z.output<typeof ergebnisBody> & { status?: VereinbarungStatus | null };

/**
 * The fields a result or agreement is stored with. A result is a plain statement; an agreement has
 * a member of the network responsible (not a guest: guests cannot read agreements), may have a due
 * date and carries a status, 'offen' unless given.
 */
export async function ergebnisValues(db: DbOrTx, netzwerkId: string, input: ErgebnisInput, currentStatus: string | null) {
  if (input.art === 'ergebnis') {
    if (input.verantwortlichId) throw invalid('verantwortlichId', 'Nur eine Vereinbarung hat eine verantwortliche Person.');
    if (input.faelligAm) throw invalid('faelligAm', 'Nur eine Vereinbarung hat ein Fälligkeitsdatum.');
    if (input.status) throw invalid('status', 'Nur eine Vereinbarung hat einen Stand.');
    return { art: 'ergebnis', text: input.text, verantwortlichId: null, faelligAm: null, status: null };
  }
  if (!input.verantwortlichId) throw invalid('verantwortlichId', 'Bitte die verantwortliche Person der Vereinbarung angeben.');
  const rolle = (await rolesIn(db, netzwerkId, [input.verantwortlichId])).get(input.verantwortlichId);
  if (!rolle || rolle === 'gast') throw invalid('verantwortlichId', 'Verantwortlich kann nur ein Mitglied des Netzwerks sein (nicht Gast).');
  return { art: 'vereinbarung', text: input.text, verantwortlichId: input.verantwortlichId, faelligAm: input.faelligAm, status: input.status ?? currentStatus ?? 'offen' };
}

/** POST /api/treffen/:id/ergebnisse — moderation records a result or an agreement of the meeting. */
export async function createErgebnis(ctx: ActorCtx, input: ErgebnisInput & { treffenId: string }) {
  const { treffen, netzwerk } = await loadTreffen(ctx, input.treffenId, 'moderation');
  assertActive(netzwerk);
  assertNotCancelled(treffen, 'Ergebnisse gibt es nur für Treffen, die stattfinden.');
  const values = await ergebnisValues(ctx.db, netzwerk.id, input, null);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ergebnisse)
      .values({ ...values, netzwerkId: netzwerk.id, treffenId: treffen.id })
      .returning();
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'ergebnis.created',
      entityType: 'ergebnis',
      entityId: row!.id,
      scopeId: netzwerk.traegerScopeId,
      requestId: ctx.requestId,
      after: auditErgebnis(row!),
    });
    return row!.id;
  });
  return ergebnisDetail(ctx.db, id);
}
