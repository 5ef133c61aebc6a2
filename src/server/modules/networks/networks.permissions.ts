import type { PermissionRule } from '../../core/policy.js';

/**
 * Founding a network is for coordinators of the Kommunen (or the Land) involved. Everything inside a
 * network is decided by the role in that network (`networks-access.ts`), not by these rules.
 */
export const networksPermissions = {
  'networks.create': { roles: ['administration', 'landeskoordination', 'kommunalkoordination'] },
  /** Own meetings, agreements and calendar subscriptions. */
  'networks.self': { authenticated: true },
} satisfies Record<string, PermissionRule>;
