import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StrangModule } from '../../core/module.js';
import { directoryPermissions } from './directory.permissions.js';
import { directoryRoutes } from './directory.routes.js';
import { importSchools } from './use-cases/import-schools.js';
import { allSchulen } from './directory.repository.js';

export const bundledSchoolFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/nrw-schulen/schulen_nrw_2024_25.csv');

export const directoryModule: StrangModule = {
  name: 'directory',
  permissions: directoryPermissions,
  routes: directoryRoutes,
  /** The real NRW school list is reference data: loaded once, before demo accounts are bound to schools. */
  async seedReference(db) {
    if ((await allSchulen(db).limit(1)).length) return;
    const report = await importSchools(db, { content: fs.readFileSync(bundledSchoolFile, 'utf8'), actor: null });
    if (!report.ok) throw new Error(`Schuldaten konnten nicht geladen werden: ${report.errors[0]?.message}`);
  },
};
