import type { PermissionRule } from '../../core/policy.js';

const everyone = ['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const;

export const directoryPermissions = {
  /** The school directory is public data: every member may read all of it. */
  'directory.read': { roles: everyone },
  'directory.import': { roles: ['administration', 'landeskoordination'] },
  'sozialraum.manage': { roles: ['administration', 'landeskoordination', 'kommunalkoordination'] },
} satisfies Record<string, PermissionRule>;
