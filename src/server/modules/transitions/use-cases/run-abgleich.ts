import type { AbgleichErgebnis } from '../../../../domain/transitions/round-contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState, statisticsOf } from '../round-state.js';
import { runMatching } from '../run-matching.js';
import { listenOfRunde, updateRunde } from '../transitions.repository.js';
import { assertOpen, loadRunde, oneAtATime } from '../transitions-access.js';

/** POST /api/uebergaenge/runden/:id/abgleich — links every leaver list with every registration list and updates the cases. */
export async function runAbgleich(ctx: ActorCtx, rundeId: string, now = new Date()): Promise<AbgleichErgebnis> {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, rundeId, 'coordinate');
  assertOpen(access.runde);
  const listen = await listenOfRunde(ctx.db, rundeId);
  // Without both sides every child would look unregistered (or every registration unknown).
  if (!listen.some((l) => l.art === 'abgang')) throw conflict('Es ist noch keine Abgangsliste hochgeladen; der Abgleich braucht mindestens eine Abgangs- und eine Anmeldeliste.');
  if (!listen.some((l) => l.art === 'anmeldung')) throw conflict('Es ist noch keine Anmeldeliste hochgeladen; der Abgleich braucht mindestens eine Abgangs- und eine Anmeldeliste.');
  const outcome = await oneAtATime(ctx.db.transaction(async (tx) => {
    const result = await runMatching(tx, rundeId);
    await updateRunde(tx, rundeId, null, { abgleichAm: now });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_runde.matched',
      entityType: 'uebergang_runde',
      entityId: rundeId,
      scopeId: access.kommune.id,
      requestId: ctx.requestId,
      after: { ...result },
    });
    return result;
  }), 'Der Abgleich läuft gerade schon. Bitte laden Sie die Seite in einem Moment neu.');
  const state = await loadRoundState(ctx.db, rundeId);
  return { am: now.toISOString(), ...outcome, zahlen: statisticsOf(state, access.schulen).zahlen };
}
