import type { StrangModule } from '../../core/module.js';
import { deleteExpiredRoundData } from './delete-round-data.js';
import { seedDemoTransitions } from './demo/seed-demo-transitions.js';
import { transitionsPermissions } from './transitions.permissions.js';
import { transitionsRoutes } from './transitions.routes.js';

export const transitionsModule: StrangModule = {
  name: 'transitions',
  permissions: transitionsPermissions,
  routes: transitionsRoutes,
  seedDemo: seedDemoTransitions,
  housekeeping: async (db, now) => {
    await deleteExpiredRoundData(db, now);
  },
};
