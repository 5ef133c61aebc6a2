import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can, scopesWhere } from '../../../core/policy.js';
import { phaseOf } from '../transfer-process.js';
import { presentTransfer } from '../transfer.presenters.js';
import { kommunenByIds, kommunenAround, praxisByIds, transfersOf } from '../transfer.repository.js';

/** GET /api/transfer/transfers — the transfers of the Kommunen the caller coordinates, asking or providing. */
export async function listTransfers(ctx: ActorCtx) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const paths = scopesWhere(ctx.actor, 'transfer.manage');
  const mine = (await kommunenAround(ctx.db, paths)).filter((k) => paths.some((p) => k.path.startsWith(p)));
  const rows = await transfersOf(
    ctx.db,
    mine.map((k) => k.id),
  );
  const [kommunen, praxis] = await Promise.all([
    kommunenByIds(ctx.db, [...new Set(rows.flatMap((t) => [t.anfragendeKommuneId, t.abgebendeKommuneId]))]),
    praxisByIds(ctx.db, [...new Set(rows.map((t) => t.praxisId))]),
  ]);
  return { items: rows.map((t) => ({ ...presentTransfer(t, kommunen, praxis.find((p) => p.id === t.praxisId)), phase: phaseOf(t) })) };
}
