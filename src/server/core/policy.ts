import type { Role } from '../../domain/identity/roles.js';

/** What the policy knows of the acting user: loaded once per request. */
export interface Actor {
  id: string;
  name: string;
  memberships: { role: Role; scopeId: string; scopePath: string }[];
}

/**
 * Who may do what. `roles` act on their membership's scope and everything below it;
 * `authenticated` means any signed-in user acting on their own data.
 */
export type PermissionRule = { roles: readonly Role[] } | { authenticated: true };

const rules = new Map<string, PermissionRule>();

/** Modules declare their actions once at start; a second declaration of the same action is a bug. */
export function registerPermissions(entries: Record<string, PermissionRule>): void {
  for (const [action, rule] of Object.entries(entries)) {
    if (rules.has(action) && rules.get(action) !== rule) throw new Error(`permission ${action} registered twice`);
    rules.set(action, rule);
  }
}

export function registeredActions(): string[] {
  return [...rules.keys()].sort();
}

/**
 * `scopePath` of the resource; `orBelow` also accepts memberships inside that scope (a school's
 * staff reading their Kommune's map); `anywhere` asks whether the user holds the right in some scope.
 */
export type Resource = { scopePath: string; orBelow?: boolean } | 'anywhere' | 'self';

/** The one decision point. Unknown actions, missing actors and foreign scopes are denied. */
export function can(actor: Actor | null | undefined, action: string, resource: Resource): boolean {
  if (!actor) return false;
  const rule = rules.get(action);
  if (!rule) return false;
  if ('authenticated' in rule) return resource === 'self';
  if (resource === 'self') return false;
  return actor.memberships.some(
    (m) =>
      rule.roles.includes(m.role) &&
      (resource === 'anywhere' || resource.scopePath.startsWith(m.scopePath) || (resource.orBelow === true && m.scopePath.startsWith(resource.scopePath))),
  );
}

/** Scope paths under which the actor holds `action`; used to filter lists to what the user may see. */
export function scopesWhere(actor: Actor, action: string): string[] {
  const rule = rules.get(action);
  if (!rule || 'authenticated' in rule) return [];
  const paths = actor.memberships.filter((m) => rule.roles.includes(m.role)).map((m) => m.scopePath);
  // Drop paths already covered by a shorter one.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}
