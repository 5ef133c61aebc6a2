import type { PruefEntscheidung, Pruefung } from '../../../../domain/transitions/round-contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { loadRoundState } from '../round-state.js';
import { runMatching } from '../run-matching.js';
import { presentPruefung } from '../transitions.presenters.js';
import { findPaar, upsertEntscheidung } from '../transitions.repository.js';
import { assertOpen, entryKey, loadRunde, oneAtATime } from '../transitions-access.js';

/**
 * POST /api/uebergaenge/runden/:id/pruefungen/:paarId — a person decides an uncertain pair. The
 * decision is kept by the children's keys and the cases follow at once (the matching runs again).
 */
export async function decidePruefung(ctx: ActorCtx, input: { rundeId: string; paarId: string; entscheidung: PruefEntscheidung }, now = new Date()): Promise<Pruefung> {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const access = await loadRunde(ctx, input.rundeId, 'coordinate');
  assertOpen(access.runde);
  const paar = await findPaar(ctx.db, input.rundeId, input.paarId);
  if (!paar) throw notFound('Das Paar');
  if (paar.vorschlag !== 'review') throw conflict('Dieses Paar ist sicher zugeordnet und wird nicht geprüft.');
  const before = await loadRoundState(ctx.db, input.rundeId);
  const abgang = before.byId.get(paar.abgangId)!;
  const anmeldung = before.byId.get(paar.anmeldungId)!;
  await oneAtATime(ctx.db.transaction(async (tx) => {
    await upsertEntscheidung(tx, { rundeId: input.rundeId, abgangSchluessel: entryKey(abgang), anmeldungSchluessel: entryKey(anmeldung), entscheidung: input.entscheidung, entschiedenVon: ctx.actor.id, entschiedenAm: now });
    await runMatching(tx, input.rundeId);
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_paar.decided',
      entityType: 'uebergang_paar',
      entityId: paar.id,
      scopeId: access.kommune.id,
      requestId: ctx.requestId,
      // Entry ids would outlive the deletion of the round's personal data: the audit keeps the pair's id only.
      after: { entscheidung: input.entscheidung },
    });
  }), 'Gleichzeitig wurde ein anderes Paar entschieden. Bitte versuchen Sie es noch einmal.');
  const after = await loadRoundState(ctx.db, input.rundeId);
  const again = after.paare.find((p) => p.abgangId === abgang.id && p.anmeldungId === anmeldung.id);
  const schulen = new Map(access.schulen.map((s) => [s.id, s]));
  const presented = again ? presentPruefung(again, after, schulen) : null;
  if (!presented) throw notFound('Das Paar');
  return presented;
}
