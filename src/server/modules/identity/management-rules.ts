import { roleRank, type Role } from '../../../domain/identity/roles.js';
import { can, type Actor } from '../../core/policy.js';

/** Highest rank the actor holds at `scopePath` through memberships at or above it. */
export function rankAt(actor: Actor, scopePath: string): number {
  return Math.max(0, ...actor.memberships.filter((m) => scopePath.startsWith(m.scopePath)).map((m) => roleRank(m.role)));
}

/** Coordinators grant roles up to their own level; Administration only by Administration. */
export function mayGrant(actor: Actor, scopePath: string, role: Role): boolean {
  if (!can(actor, 'user.manage', { scopePath })) return false;
  if (role === 'administration') return actor.memberships.some((m) => m.role === 'administration' && scopePath.startsWith(m.scopePath));
  return roleRank(role) <= rankAt(actor, scopePath);
}

/** A person may be managed only by someone who covers every place that person works in. */
export function mayManageUser(actor: Actor, target: { id: string; memberships: { role: Role; scope: { path: string } }[] }, rootPath: string): boolean {
  if (target.memberships.length === 0) return can(actor, 'user.manage', { scopePath: rootPath });
  return target.memberships.every((m) => mayGrant(actor, m.scope.path, m.role));
}

/** Seeing a person needs only one shared place. */
export function maySeeUser(actor: Actor, target: { id: string; memberships: { scope: { path: string } }[] }, rootPath: string): boolean {
  if (target.id === actor.id) return true;
  if (target.memberships.length === 0) return can(actor, 'user.manage', { scopePath: rootPath });
  return target.memberships.some((m) => can(actor, 'user.manage', { scopePath: m.scope.path }));
}
