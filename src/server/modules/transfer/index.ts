import type { StrangModule } from '../../core/module.js';
import { seedDemoTransfer } from './demo/seed-demo-transfer.js';
import { installCatalogue } from './install-catalogue.js';
import { transferPermissions } from './transfer.permissions.js';
import { transferRoutes } from './transfer.routes.js';

export const transferModule: StrangModule = {
  name: 'transfer',
  permissions: transferPermissions,
  routes: transferRoutes,
  install: installCatalogue,
  seedDemo: seedDemoTransfer,
};
