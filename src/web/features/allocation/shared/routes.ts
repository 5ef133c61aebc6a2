import type { RouteObject } from 'react-router';
import { SharedScenarioPage } from './SharedScenarioPage.js';
import { SharedSchoolPage } from './SharedSchoolPage.js';

/** The read-only view of a shared scenario: public, the token in the address is the key. */
export const sharedScenarioRoutes: RouteObject[] = [
  { path: 'verteilung/geteilt/:token', Component: SharedScenarioPage },
  { path: 'verteilung/geteilt/:token/schulen/:schuleId', Component: SharedSchoolPage },
];
