import type { PermissionRule } from '../../core/policy.js';

const everyone = ['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const;

export const allocationPermissions = {
  /** Every member at, above or inside the scope of a scenario (Kommune or Land) reads it. */
  'allocation.read': { roles: everyone },
  /** Coordinators of the scope (or above it) compute, save, change, archive and share scenarios. */
  'allocation.manage': { roles: ['administration', 'landeskoordination', 'kommunalkoordination'] },
} satisfies Record<string, PermissionRule>;
