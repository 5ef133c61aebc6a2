import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AllocationStartPage, allocationRoutes } from '../features/allocation/routes.js';
import { directoryRoutes, SchoolListPage } from '../features/directory/routes.js';
import { mappingAnalysisRoutes } from '../features/mapping/analysis/routes.js';
import { mappingCrudRoutes, MappingStartPage } from '../features/mapping/shared/routes.js';
import { mappingTransferRoutes } from '../features/mapping/transfer/routes.js';
import { networksRoutes, NetworksStartPage } from '../features/networks/routes.js';
import { TransferStartPage, transferRoutes } from '../features/transfer/routes.js';
import { TransitionsStartPage, transitionsRoutes } from '../features/transitions/routes.js';

export const moduleKeys = [
  'directory',
  'mapping',
  'needs',
  'transfer',
  'networks',
  'participation',
  'allocation',
  'transitions',
  'goals',
  'reports',
] as const;
export type ModuleKey = (typeof moduleKeys)[number];

export interface ModuleRoute {
  key: ModuleKey;
  /** German URL slug. */
  path: string;
  /** The module's start page; while it is missing, a placeholder is shown. */
  Component?: ComponentType;
  /** Sub-pages of the module, relative to `path`. */
  children?: RouteObject[];
}

/**
 * One entry per module of DESIGN.md, in navigation order. A module replaces its placeholder by
 * adding `Component` (and `children`) here.
 */
export const moduleRoutes: readonly ModuleRoute[] = [
  { key: 'directory', path: '/verzeichnis', Component: SchoolListPage, children: directoryRoutes },
  { key: 'mapping', path: '/akteure', Component: MappingStartPage, children: [...mappingCrudRoutes, ...mappingAnalysisRoutes, ...mappingTransferRoutes] },
  { key: 'needs', path: '/bedarfe' },
  { key: 'transfer', path: '/lernnetzwerk', Component: TransferStartPage, children: transferRoutes },
  { key: 'networks', path: '/netzwerke', Component: NetworksStartPage, children: networksRoutes },
  { key: 'participation', path: '/beteiligung' },
  { key: 'allocation', path: '/ressourcen', Component: AllocationStartPage, children: allocationRoutes },
  { key: 'transitions', path: '/uebergaenge', Component: TransitionsStartPage, children: transitionsRoutes },
  { key: 'goals', path: '/ziele' },
  { key: 'reports', path: '/berichte' },
];
