import type { StrangModule } from '../../core/module.js';
import { allocationPermissions } from './allocation.permissions.js';
import { allocationRoutes } from './allocation.routes.js';
import { seedDemoAllocation } from './demo/seed-demo-allocation.js';

export const allocationModule: StrangModule = {
  name: 'allocation',
  permissions: allocationPermissions,
  routes: allocationRoutes,
  seedDemo: seedDemoAllocation,
};
