import type { PermissionRule } from '../../core/policy.js';

/**
 * Pupils' personal data are seen by as few as possible: the Kommune's coordination sees the cases
 * and uncertain pairs, a school's leadership its own list and the cases assigned to it. The
 * administration and the Land see counts only, like the steering group.
 */
export const transitionsPermissions = {
  /** Open and close rounds, run the matching, review pairs, work on every case. */
  'transitions.coordinate': { roles: ['kommunalkoordination'] },
  /** Upload and read the school's own list, work on cases assigned to the school. */
  'transitions.school': { roles: ['schulleitung'] },
  /** Anonymous counts of a round. */
  'transitions.statistics': { roles: ['administration', 'landeskoordination', 'kommunalkoordination', 'lesend'] },
} satisfies Record<string, PermissionRule>;
