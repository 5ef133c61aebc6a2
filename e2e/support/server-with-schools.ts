import fs from 'node:fs';
import type { Db } from '../../src/server/core/db.js';
import { importSchools } from '../../src/server/modules/directory/use-cases/import-schools.js';
import { useAppWith } from './suite.js';

export const schoolFile = 'data/nrw-schulen/schulen_nrw_2024_25.csv';

/** The bundled NRW school list, imported through the same use case as `strang import-schools`. */
async function importSchoolList(db: Db): Promise<void> {
  const report = await importSchools(db, { content: fs.readFileSync(schoolFile, 'utf8'), actor: null });
  if (!report.ok) throw new Error(`Import der Schulliste fehlgeschlagen: ${JSON.stringify(report.errors.slice(0, 3))}`);
}

/** useApp (support/suite.ts) on a server whose fresh database already holds the school list. */
export function useAppWithSchools() {
  return useAppWith(importSchoolList, { timeout: 180_000 });
}
