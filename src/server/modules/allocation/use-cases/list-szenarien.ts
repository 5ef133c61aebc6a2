import type { z } from 'zod';
import type { szenarioListQuery, SzenarioKopf } from '../../../../domain/allocation/contracts.js';
import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { mayManage, mayRead } from '../allocation-access.js';
import { presentKopf } from '../allocation.presenters.js';
import { listSzenarien as listRows } from '../allocation.repository.js';

/** GET /api/verteilung/szenarien — the scenarios the caller may read (at, above or inside their scopes), newest change first. */
export async function listSzenarien(ctx: ActorCtx, input: z.output<typeof szenarioListQuery>): Promise<{ items: SzenarioKopf[] }> {
  if (!can(ctx.actor, 'allocation.read', 'anywhere')) throw forbidden();
  const rows = await listRows(ctx.db, input);
  return { items: rows.filter((r) => mayRead(ctx, r.scope)).map((r) => presentKopf(r.szenario, r.scope, r, mayManage(ctx, r.scope))) };
}
