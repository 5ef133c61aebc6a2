import type { ActorCtx } from '../../core/context.js';
import { forbidden, invalid, notFound } from '../../core/errors.js';
import { can } from '../../core/policy.js';
import { findKommune } from '../directory/directory.repository.js';
import { schoolPathsIn } from './mapping.repository.js';

export interface KommuneRef {
  id: string;
  name: string;
  path: string;
}

export async function loadKommune(ctx: ActorCtx, kommuneId: string): Promise<KommuneRef> {
  const k = await findKommune(ctx.db, kommuneId);
  if (!k) throw notFound('Die Kommune');
  return { id: k.id, name: k.name, path: k.path };
}

/** Members see everything of their Kommune; everyone else only what the Kommune shared. */
export function readsAll(ctx: ActorCtx, kommune: KommuneRef): boolean {
  return can(ctx.actor, 'mapping.read', { scopePath: kommune.path, orBelow: true });
}

/**
 * May the actor write an entry of this Kommune placed at these sites (before and after the change)?
 * Coordinators anywhere in their Kommune; school staff only with every site at their own school.
 */
export async function assertMayWrite(ctx: ActorCtx, kommune: KommuneRef, siteIds: string[], hidden = false): Promise<void> {
  if (can(ctx.actor, 'mapping.manage', { scopePath: kommune.path })) return;
  const sites = await schoolPathsIn(ctx.db, kommune.id, siteIds);
  const contributes = siteIds.length > 0 && siteIds.every((id) => sites.has(id) && can(ctx.actor, 'mapping.contribute', { scopePath: sites.get(id)! }));
  if (contributes) return;
  if (hidden) throw notFound('Der Eintrag');
  throw forbidden();
}

/**
 * May the actor move an entry from these sites to those? Both the entry as it was and as it will be
 * must be theirs to write, so school staff can neither take an entry from another school nor leave
 * one without a site (an entry for the whole Kommune, which only coordinators keep).
 */
export async function assertMayChange(ctx: ActorCtx, kommune: KommuneRef, before: string[], after: string[], hidden = false): Promise<void> {
  await assertMayWrite(ctx, kommune, before, hidden);
  await assertMayWrite(ctx, kommune, after);
}

/** Every site must be a school of the same Kommune. */
export async function assertSitesInKommune(ctx: ActorCtx, kommune: KommuneRef, siteIds: string[], field: string): Promise<void> {
  const unique = [...new Set(siteIds)];
  const found = await schoolPathsIn(ctx.db, kommune.id, unique);
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw invalid(field, `${missing.length === 1 ? 'Ein Standort ist' : `${missing.length} Standorte sind`} keine Schule in ${kommune.name}.`);
}
