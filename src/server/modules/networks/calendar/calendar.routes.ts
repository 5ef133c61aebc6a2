import type { AppInstance } from '../../../core/http.js';

/** iCalendar: one meeting, private subscriptions of a person or a network. */
export function calendarRoutes(_app: AppInstance) {}
