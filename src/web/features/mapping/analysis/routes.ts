import type { RouteObject } from 'react-router';
import { CoveragePage } from './CoveragePage.js';
import { NetworkPage } from './NetworkPage.js';
import { ResourcesPage } from './ResourcesPage.js';

/** Analyses of the map, sub-pages of /akteure. */
export const mappingAnalysisRoutes: RouteObject[] = [
  { path: 'netzwerk', Component: NetworkPage },
  { path: 'abdeckung', Component: CoveragePage },
  { path: 'ressourcen', Component: ResourcesPage },
];
