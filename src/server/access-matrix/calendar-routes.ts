import type { RouteAccess } from './access-rules.js';

/** Access of the calendar routes of the networks module. */
export const calendarRouteAccess: Record<string, RouteAccess> = {};
