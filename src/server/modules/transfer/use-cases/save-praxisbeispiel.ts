import type { z } from 'zod';
import type { praxisBody, praxisUpdateBody } from '../../../../domain/transfer/contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, conflict, forbidden, notFound } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { praxisValues } from '../praxis-values.js';
import { managedKommune } from '../transfer-access.js';
import { findPraxis, fragenByCodes, insertPraxis, replaceKontext, updatePraxis } from '../transfer.repository.js';
import { getPraxisbeispiel } from './get-praxisbeispiel.js';
import type { DbOrTx } from '../../../core/db.js';

type Body = z.output<typeof praxisBody>;

/** Context answers name their question by its catalogue code; unknown or repeated codes are field errors. */
async function kontextRows(db: DbOrTx, kontext: Body['kontext']) {
  const fragen = new Map((await fragenByCodes(db, [...new Set(kontext.map((k) => k.frage))])).map((f) => [f.code, f]));
  const errors: { field: string; message: string }[] = [];
  kontext.forEach((k, i) => {
    if (!fragen.has(k.frage)) errors.push({ field: `kontext.${i}.frage`, message: `Die Kontextfrage „${k.frage}“ gibt es nicht.` });
    else if (kontext.findIndex((x) => x.frage === k.frage) !== i) errors.push({ field: `kontext.${i}.frage`, message: `Die Kontextfrage „${k.frage}“ ist doppelt beantwortet.` });
  });
  if (errors.length) throw new AppError(400, 'validation_failed', errors[0]!.message, errors);
  return kontext.map((k) => ({ frageId: fragen.get(k.frage)!.id, antwort: k.antwort }));
}

/** POST /api/transfer/kommunen/:id/praxisbeispiele — a Kommune describes what works there. */
export async function createPraxisbeispiel(ctx: ActorCtx, kommuneId: string, input: Body) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const kommune = await managedKommune(ctx, kommuneId);
  const id = await ctx.db.transaction(async (tx) => {
    const kontext = await kontextRows(tx, input.kontext);
    const row = await insertPraxis(tx, { kommuneId: kommune.id, ...praxisValues(input), erstelltVon: ctx.actor.id });
    await replaceKontext(tx, row.id, kontext);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'praxisbeispiel.created', entityType: 'praxisbeispiel', entityId: row.id, scopeId: kommune.id, requestId: ctx.requestId, after: { id: row.id, kontextAntworten: kontext.length } });
    return row.id;
  });
  return getPraxisbeispiel(ctx, id);
}

/** PUT /api/transfer/praxisbeispiele/:id — with the version seen; a stale one gets 409. */
export async function updatePraxisbeispiel(ctx: ActorCtx, id: string, input: z.output<typeof praxisUpdateBody>) {
  if (!can(ctx.actor, 'transfer.manage', 'anywhere')) throw forbidden();
  const before = await findPraxis(ctx.db, id);
  if (!before) throw notFound('Das Praxisbeispiel');
  const kommune = await managedKommune(ctx, before.kommuneId);
  await ctx.db.transaction(async (tx) => {
    const kontext = await kontextRows(tx, input.kontext);
    const row = await updatePraxis(tx, id, input.version, praxisValues(input));
    if (!row) throw conflict();
    await replaceKontext(tx, id, kontext);
    await writeAudit(tx, { actorId: ctx.actor.id, action: 'praxisbeispiel.updated', entityType: 'praxisbeispiel', entityId: id, scopeId: kommune.id, requestId: ctx.requestId, after: { version: row.version, kontextAntworten: kontext.length } });
  });
  return getPraxisbeispiel(ctx, id);
}
