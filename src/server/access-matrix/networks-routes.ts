import type { RouteAccess } from './access-rules.js';

/** Access of the networks routes of the networks module. */
export const networksRouteAccess: Record<string, RouteAccess> = {};
