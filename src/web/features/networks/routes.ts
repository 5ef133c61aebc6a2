import type { RouteObject } from 'react-router';
import { meetingRoutes } from './meetings/routes.js';

/** Sub-pages of /netzwerke (static paths win over `:id`). */
export const networksRoutes: RouteObject[] = [...meetingRoutes];
