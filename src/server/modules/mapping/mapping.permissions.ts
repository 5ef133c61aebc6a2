import type { PermissionRule } from '../../core/policy.js';

const everyone = ['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const;

export const mappingPermissions = {
  /** Members of a Kommune (at it, above it or inside it) read its whole map. */
  'mapping.read': { roles: everyone },
  /** Coordinators keep the whole map of their Kommune. */
  'mapping.manage': { roles: ['administration', 'landeskoordination', 'kommunalkoordination'] },
  /** School leadership and staff keep what happens at their own school. */
  'mapping.contribute': { roles: ['schulleitung', 'fachkraft'] },
} satisfies Record<string, PermissionRule>;
