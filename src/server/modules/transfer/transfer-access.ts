import type { ActorCtx } from '../../core/context.js';
import { forbidden, notFound } from '../../core/errors.js';
import { can } from '../../core/policy.js';
import { networksOfKommunen } from '../networks/learning-networks.js';
import { findKommune, kommunenAround, type KommuneRef } from './transfer.repository.js';

/** The Kommunen a person works in (memberships at, above or below them). */
export async function ownKommunen(ctx: ActorCtx): Promise<KommuneRef[]> {
  return kommunenAround(
    ctx.db,
    ctx.actor.memberships.map((m) => m.scopePath),
  );
}

/**
 * Kommunen whose gap grid the caller may read: their own, and every Kommune sharing an active
 * network (the learning network) with one of them. The administration reads every grid.
 */
export async function readableKommuneIds(ctx: ActorCtx): Promise<Set<string> | 'all'> {
  if (ctx.actor.memberships.some((m) => m.role === 'administration')) return 'all';
  const own = await ownKommunen(ctx);
  const ids = new Set(own.map((k) => k.id));
  for (const n of await networksOfKommunen(
    ctx.db,
    own.map((k) => k.id),
  ))
    for (const k of n.kommunen) ids.add(k.id);
  return ids;
}

export async function mayReadGrid(ctx: ActorCtx, kommuneId: string): Promise<boolean> {
  const readable = await readableKommuneIds(ctx);
  return readable === 'all' || readable.has(kommuneId);
}

export const mayManage = (ctx: ActorCtx, kommune: KommuneRef) => can(ctx.actor, 'transfer.manage', { scopePath: kommune.path });

/** A Kommune whose gaps or practices the caller keeps; 404 for unknown, 403 when not theirs. */
export async function managedKommune(ctx: ActorCtx, kommuneId: string): Promise<KommuneRef> {
  const kommune = await findKommune(ctx.db, kommuneId);
  if (!kommune) throw notFound('Die Kommune');
  if (!mayManage(ctx, kommune)) {
    if (!(await mayReadGrid(ctx, kommuneId))) throw notFound('Die Kommune');
    throw forbidden();
  }
  return kommune;
}
