import type { ActorCtx } from '../../../core/context.js';
import { scopesWhere } from '../../../core/policy.js';
import { presentKopf } from '../transitions.presenters.js';
import { kommunenUnder, listRunden, schulenUnder } from '../transitions.repository.js';
import { loadRunde } from '../transitions-access.js';

/** GET /api/uebergaenge/runden — rounds the caller coordinates, takes part in with a school, or may count. */
export async function listRundenUseCase(ctx: ActorCtx) {
  const kommunen = await kommunenUnder(ctx.db, [...scopesWhere(ctx.actor, 'transitions.coordinate'), ...scopesWhere(ctx.actor, 'transitions.statistics')]);
  const schulen = await schulenUnder(ctx.db, scopesWhere(ctx.actor, 'transitions.school'));
  const rows = await listRunden(
    ctx.db,
    kommunen.map((k) => k.id),
    schulen.map((s) => s.id),
  );
  const items = [];
  for (const row of rows) items.push(presentKopf(await loadRunde(ctx, row.runde.id)));
  return { items };
}
