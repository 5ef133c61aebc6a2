import type { ActorCtx } from '../../../../core/context.js';
import { forbidden } from '../../../../core/errors.js';
import { can } from '../../../../core/policy.js';
import { listAbosOf } from '../calendar.repository.js';
import { presentAbo, type KalenderAbo } from './present-abo.js';

/** GET /api/kalender-abos — the caller's own live subscriptions. */
export async function listKalenderAbos(ctx: ActorCtx): Promise<{ items: KalenderAbo[] }> {
  if (!can(ctx.actor, 'networks.self', 'self')) throw forbidden();
  const rows = await listAbosOf(ctx.db, ctx.actor.id);
  return { items: rows.map((r) => presentAbo(r.abo, r.netzwerkName)) };
}
