import type { AppInstance } from '../../core/http.js';

/** Networks, members, series and the meetings list of a network. */
export function networksRoutes(_app: AppInstance) {}
