import type { RouteObject } from 'react-router';
import { KommunePage } from './KommunePage.js';
import { SchoolProfilePage } from './SchoolProfilePage.js';

export { SchoolListPage } from './SchoolListPage.js';

/** Sub-pages of /verzeichnis. */
export const directoryRoutes: RouteObject[] = [
  { path: 'schulen/:id', Component: SchoolProfilePage },
  { path: 'kommunen/:id', Component: KommunePage },
];
