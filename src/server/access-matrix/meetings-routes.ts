import type { RouteAccess } from './access-rules.js';

/** Access of the meetings routes of the networks module. */
export const meetingsRouteAccess: Record<string, RouteAccess> = {};
