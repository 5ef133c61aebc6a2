import type { StrangModule } from '../../core/module.js';
import { mappingPermissions } from './mapping.permissions.js';
import { mappingRoutes } from './mapping.routes.js';
import { seedDemoMaps } from './demo/seed-demo-maps.js';

export const mappingModule: StrangModule = {
  name: 'mapping',
  permissions: mappingPermissions,
  routes: mappingRoutes,
  seedDemo: ({ db }) => seedDemoMaps(db),
};
