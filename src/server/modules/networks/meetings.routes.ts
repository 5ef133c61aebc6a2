import type { AppInstance } from '../../core/http.js';

/** A meeting: agenda, registration, attendance, minutes, results, agreements, passing on; "my work". */
export function meetingsRoutes(_app: AppInstance) {}
