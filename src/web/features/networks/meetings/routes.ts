import type { RouteObject } from 'react-router';

/** Meeting pages and "my work": sub-pages of /netzwerke. */
export const meetingRoutes: RouteObject[] = [];
