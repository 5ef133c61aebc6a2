import type { PermissionRule } from '../../core/policy.js';

const everyone = ['administration', 'landeskoordination', 'kommunalkoordination', 'schulleitung', 'fachkraft', 'mitglied', 'lesend'] as const;

export const transferPermissions = {
  /** The practice library and the context catalogue are read by everyone signed in; gap grids within the learning network. */
  'transfer.read': { roles: everyone },
  /** Enter gaps and practices of the Kommune, ask other Kommunen and answer their questions. */
  'transfer.manage': { roles: ['administration', 'landeskoordination', 'kommunalkoordination'] },
  /** Keep the catalogue of context questions (the state coordination). */
  'transfer.catalogue': { roles: ['administration', 'landeskoordination'] },
} satisfies Record<string, PermissionRule>;
