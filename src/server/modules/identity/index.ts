import type { StrangModule } from '../../core/module.js';
import { identityPermissions } from './identity.permissions.js';
import { identityRoutes } from './identity.routes.js';

export const identityModule: StrangModule = {
  name: 'identity',
  permissions: identityPermissions,
  routes: identityRoutes,
};
