import type { StrangModule } from '../../core/module.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { seedDemoNetworks } from './demo/seed-demo-networks.js';
import { meetingsRoutes } from './meetings.routes.js';
import { networksPermissions } from './networks.permissions.js';
import { networksRoutes } from './networks.routes.js';

export const networksModule: StrangModule = {
  name: 'networks',
  permissions: networksPermissions,
  routes(app) {
    networksRoutes(app);
    meetingsRoutes(app);
    calendarRoutes(app);
  },
  seedDemo: seedDemoNetworks,
};
