import type { ActorCtx } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { can } from '../../../core/policy.js';
import { presentFrage } from '../transfer.presenters.js';
import { listFragen } from '../transfer.repository.js';

/** GET /api/transfer/kontextfragen — the catalogue; retired questions only for those who keep it. */
export async function listKontextfragen(ctx: ActorCtx) {
  if (!can(ctx.actor, 'transfer.read', 'anywhere')) throw forbidden();
  const keeper = can(ctx.actor, 'transfer.catalogue', 'anywhere');
  return { items: (await listFragen(ctx.db, !keeper)).map(presentFrage) };
}
