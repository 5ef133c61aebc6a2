import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { listKommunen as listKommunenRows } from '../directory.repository.js';
import { presentKommune } from '../directory.presenters.js';

export async function listKommunen(ctx: ActorCtx, input: { q?: string }) {
  if (!can(ctx.actor, 'directory.read', 'anywhere')) throw forbidden();
  const rows = await listKommunenRows(ctx.db, { q: input.q });
  return { items: rows.map((r) => presentKommune(r.kommune, r.schulen)) };
}
