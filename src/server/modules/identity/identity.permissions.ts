import type { PermissionRule } from '../../core/policy.js';

const coordinators = ['administration', 'landeskoordination', 'kommunalkoordination'] as const;
const everyone = ['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const;

export const identityPermissions = {
  'user.manage': { roles: coordinators },
  'scope.manage': { roles: coordinators },
  'scope.read': { roles: everyone },
  'audit.read': { roles: coordinators },
  'profile.manage': { authenticated: true },
} satisfies Record<string, PermissionRule>;
