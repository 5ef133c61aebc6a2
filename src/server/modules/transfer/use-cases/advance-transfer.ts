import type { z } from 'zod';
import type { transferAntwortenBody, transferNachbereitungBody, transferTreffenBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { assertRunning, loadTransfer, phaseOf, type TransferAccess } from '../transfer-process.js';
import { answerTransferFrage, updateTransfer } from '../transfer.repository.js';
import { getTransfer } from './get-transfer.js';
import { treffenExists } from '../../networks/learning-networks.js';
import type { DbOrTx } from '../../../core/db.js';

type Step = { action: string; who: 'anfragend' | 'abgebend' | 'beide'; change(tx: DbOrTx, a: TransferAccess): Promise<Record<string, unknown>> };

/** One step of the transfer process: who may take it, what it changes, one audit entry. */
async function advance(ctx: ActorCtx, id: string, version: number, step: Step) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const access = await loadTransfer(ctx, id);
  const allowed = step.who === 'beide' ? true : access[step.who];
  if (!allowed) throw forbidden();
  assertRunning(access.transfer);
  await ctx.db.transaction(async (tx) => {
    const after = await step.change(tx, access);
    const row = await updateTransfer(tx, id, version, after);
    if (!row) throw conflict();
    await writeAudit(tx, { actorId: ctx.actor.id, action: step.action, entityType: 'transfer', entityId: id, scopeId: access.transfer.anfragendeKommuneId, requestId: ctx.requestId, before: { phase: access.transfer.phase }, after: { phase: row.phase } });
  });
  return getTransfer(ctx, id);
}

/** POST …/antworten — the providing Kommune answers the chosen context questions. */
export function answerTransfer(ctx: ActorCtx, id: string, input: z.output<typeof transferAntwortenBody>, now = new Date()) {
  return advance(ctx, id, input.version, {
    action: 'transfer.answered',
    who: 'abgebend',
    change: async (tx) => {
      for (const [i, a] of input.antworten.entries()) {
        if (!(await answerTransferFrage(tx, id, a.frageId, a.antwort, now))) throw invalid(`antworten.${i}.frageId`, 'Diese Frage gehört nicht zu diesem Transfer.');
      }
      return {};
    },
  });
}

/** POST …/austausch — either side arranges the exchange meeting (optionally a meeting of the networks module). */
export function arrangeExchange(ctx: ActorCtx, id: string, input: z.output<typeof transferTreffenBody>) {
  return advance(ctx, id, input.version, {
    action: 'transfer.exchange_arranged',
    who: 'beide',
    change: async (tx) => {
      if (input.treffenId && !(await treffenExists(tx, input.treffenId))) throw invalid('treffenId', 'Dieses Treffen gibt es nicht.');
      return { phase: 'austausch', termin: new Date(input.termin), ort: input.ort, treffenId: input.treffenId ?? null };
    },
  });
}

/** POST …/nachbereitung — the requesting Kommune records its adapted approach; the experience joins the practice. */
export function recordFollowUp(ctx: ActorCtx, id: string, input: z.output<typeof transferNachbereitungBody>, now = new Date()) {
  return advance(ctx, id, input.version, {
    action: 'transfer.completed',
    who: 'anfragend',
    change: async (_tx, a) => {
      if (phaseOf(a.transfer, now) === 'vorbereitung') throw conflict('Bitte vereinbaren Sie zuerst den Austausch; die Nachbereitung folgt ihm.');
      return { phase: 'abgeschlossen', angepassteUmsetzung: input.angepassteUmsetzung, erfahrung: input.erfahrung, abgeschlossenAm: now };
    },
  });
}

/** POST …/abbrechen — either side ends the transfer without result. */
export function cancelTransfer(ctx: ActorCtx, id: string, version: number) {
  return advance(ctx, id, version, { action: 'transfer.cancelled', who: 'beide', change: async () => ({ phase: 'abgebrochen' }) });
}
