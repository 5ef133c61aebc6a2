import type { RundeBody } from '../../../../domain/transitions/round-contracts.js';
import { writeAudit } from '../../../core/audit.js';
import type { ActorCtx } from '../../../core/context.js';
import { AppError, forbidden, invalid } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { findKommune, insertRunde, insertRundenSchulen, schulenByIds } from '../transitions.repository.js';
import { getRunde } from './get-runde.js';

/** Today's date where the round's schools are, "YYYY-MM-DD". */
const todayInGermany = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

const seitenFelder = [
  ['abgebendeSchulen', 'abgebend'],
  ['aufnehmendeSchulen', 'aufnehmend'],
] as const;

/** POST /api/uebergaenge/runden — the Kommune's coordination opens a round with its schools. */
export async function createRunde(ctx: ActorCtx, input: RundeBody) {
  if (!can(ctx.actor, 'transitions.coordinate', 'anywhere')) throw forbidden();
  const kommune = await findKommune(ctx.db, input.kommuneId);
  if (!kommune) throw invalid('kommuneId', 'Diese Kommune gibt es nicht.');
  if (!can(ctx.actor, 'transitions.coordinate', { scopePath: kommune.path })) throw forbidden();
  const errors: { field: string; message: string }[] = [];
  for (const [field] of seitenFelder) {
    const ids = input[field];
    const found = new Map((await schulenByIds(ctx.db, ids)).map((s) => [s.id, s]));
    ids.forEach((id, i) => {
      const s = found.get(id);
      if (!s) errors.push({ field: `${field}.${i}`, message: 'Diese Schule gibt es nicht.' });
      else if (s.kommuneId !== kommune.id) errors.push({ field: `${field}.${i}`, message: `Die Schule „${s.name}“ liegt nicht in ${kommune.name}.` });
      else if (ids.indexOf(id) !== i) errors.push({ field: `${field}.${i}`, message: `Die Schule „${s.name}“ ist doppelt gewählt.` });
    });
  }
  if (input.frist < todayInGermany()) errors.push({ field: 'frist', message: 'Die Frist darf nicht in der Vergangenheit liegen.' });
  if (errors.length) throw new AppError(400, 'validation_failed', errors[0]!.message, errors);

  const id = await ctx.db.transaction(async (tx) => {
    const runde = await insertRunde(tx, {
      kommuneId: kommune.id,
      bezeichnung: input.bezeichnung,
      schuljahr: input.schuljahr,
      frist: input.frist,
      aufbewahrungTage: input.aufbewahrungTage,
      erstelltVon: ctx.actor.id,
    });
    await insertRundenSchulen(tx, seitenFelder.flatMap(([field, seite]) => input[field].map((schuleId) => ({ rundeId: runde.id, schuleId, seite }))));
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: 'uebergang_runde.created',
      entityType: 'uebergang_runde',
      entityId: runde.id,
      scopeId: kommune.id,
      requestId: ctx.requestId,
      after: { id: runde.id, schuljahr: runde.schuljahr, frist: runde.frist, aufbewahrungTage: runde.aufbewahrungTage, abgebendeSchulen: input.abgebendeSchulen, aufnehmendeSchulen: input.aufnehmendeSchulen },
    });
    return runde.id;
  });
  return getRunde(ctx, id);
}
