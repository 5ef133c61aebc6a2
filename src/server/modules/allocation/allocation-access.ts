import type { ActorCtx } from '../../core/context.js';
import { conflict, forbidden, invalid, notFound } from '../../core/errors.js';
import { can } from '../../core/policy.js';
import { findScopeRef, findSzenario, type ScopeRef, type SzenarioRow, type SzenarioWithScope } from './allocation.repository.js';

/**
 * Who sees a scenario: every member at, above or inside its scope (a Kommune or a Land). Anyone else
 * gets 404, so a foreign Kommune's scenarios do not even show they exist. Changing needs
 * 'allocation.manage' at the scope or above (403 for readers who lack it).
 */
export const mayRead = (ctx: ActorCtx, scope: ScopeRef) => can(ctx.actor, 'allocation.read', { scopePath: scope.path, orBelow: true });
export const mayManage = (ctx: ActorCtx, scope: ScopeRef) => can(ctx.actor, 'allocation.manage', { scopePath: scope.path });

export async function loadSzenario(ctx: ActorCtx, id: string, need: 'read' | 'manage' = 'read'): Promise<SzenarioWithScope> {
  const found = await findSzenario(ctx.db, id);
  if (!found || !mayRead(ctx, found.scope)) throw notFound('Das Szenario');
  if (need === 'manage' && !mayManage(ctx, found.scope)) throw forbidden();
  return found;
}

/** Archived scenarios are a record of a decision: read-only until restored. */
export function assertActive(szenario: SzenarioRow): void {
  if (szenario.archiviertAm) throw conflict('Das Szenario ist archiviert und kann nicht geändert werden. Bitte stellen Sie es zuerst wieder her.');
}

/**
 * The scope of a new scenario or a preview: a Kommune or a Land the caller coordinates.
 * Unknown ids and scopes of another type are a field error; a foreign scope is 403.
 */
export async function resolveScope(ctx: ActorCtx, scopeId: string): Promise<ScopeRef> {
  const scope = await findScopeRef(ctx.db, scopeId);
  if (!scope) throw invalid('scopeId', 'Diesen Bereich gibt es nicht.');
  if (scope.type !== 'kommune' && scope.type !== 'land') throw invalid('scopeId', 'Ein Szenario gehört zu einer Kommune oder einem Land.');
  const ref = { ...scope, type: scope.type } as ScopeRef;
  if (!mayManage(ctx, ref)) throw forbidden();
  return ref;
}
