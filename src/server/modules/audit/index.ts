import type { StrangModule } from '../../core/module.js';
import { auditRoutes } from './audit.routes.js';

/** The audit log is written by every module; this module only reads it (permission audit.read lives in identity). */
export const auditModule: StrangModule = {
  name: 'audit',
  permissions: {},
  routes: auditRoutes,
};
