import type { RouteObject } from 'react-router';
import { compareRoutes } from './compare/routes.js';
import { SchuleErklaerungPage } from './SchuleErklaerungPage.js';
import { SzenarioCreatePage, SzenarioEditPage } from './SzenarioFormPages.js';
import { SzenarioPage } from './SzenarioPage.js';

export { AllocationStartPage } from './AllocationStartPage.js';

/** Sub-pages of /ressourcen (static paths win over `:id`). */
export const allocationRoutes: RouteObject[] = [
  ...compareRoutes,
  { path: 'neu', Component: SzenarioCreatePage },
  { path: 'szenarien/:id/bearbeiten', Component: SzenarioEditPage },
  { path: 'szenarien/:id/schulen/:schuleId', Component: SchuleErklaerungPage },
  { path: 'szenarien/:id', Component: SzenarioPage },
];
