import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../core/db.js';
import { insertScope, type ScopeRow } from '../modules/identity/identity.repository.js';
import { kommunen, schulen, sozialraeume } from '../modules/directory/directory.schema.js';
import { buildScope } from './factories.js';

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');

/** Gives a kommune scope its directory entry (AGS, Art); creates the scope when none is given. */
export async function buildKommune(db: Db, overrides: { scope?: ScopeRow; name?: string; ags?: string } = {}) {
  const scope = overrides.scope ?? (await buildScope(db, { type: 'kommune', ...(overrides.name ? { name: overrides.name } : {}) }));
  const [existing] = await db.select().from(kommunen).where(eq(kommunen.id, scope.id));
  if (existing) return { scope, kommune: existing };
  const [kommune] = await db
    .insert(kommunen)
    .values({ id: scope.id, ags: overrides.ags ?? `05${digits(6)}`, name: overrides.name ?? scope.name, art: 'kreisfreie-stadt' })
    .returning();
  return { scope, kommune: kommune! };
}

/** A school in a Kommune (its scope and directory entry); an existing school scope can be given. */
export async function buildSchool(
  db: Db,
  overrides: { kommuneScope?: ScopeRow; scope?: ScopeRow; name?: string; schulform?: string; sozialindex?: number | null; schueler?: number | null; startchancen?: boolean } = {},
) {
  const { scope: kommuneScope } = await buildKommune(db, overrides.kommuneScope ? { scope: overrides.kommuneScope } : {});
  const name = overrides.name ?? overrides.scope?.name ?? `Grundschule ${digits(4)}`;
  const schulnummer = overrides.scope?.code && /^\d{6}$/.test(overrides.scope.code) ? overrides.scope.code : digits(6);
  const scope = overrides.scope ?? (await insertScope(db, { type: 'schule', name, code: schulnummer, parent: kommuneScope }));
  const [schule] = await db
    .insert(schulen)
    .values({
      id: scope.id,
      schulnummer,
      kommuneId: kommuneScope.id,
      schulform: overrides.schulform ?? 'Grundschule',
      name,
      rechtsstatus: 'oeffentlich',
      schueler: overrides.schueler === undefined ? 250 : overrides.schueler,
      sozialindex: overrides.sozialindex === undefined ? 5 : overrides.sozialindex,
      startchancen: overrides.startchancen ?? false,
      schuljahr: '2024/25',
    })
    .returning();
  return { scope, schule: schule! };
}

export async function buildSozialraum(db: Db, kommuneId: string, name = `Sozialraum ${digits(4)}`) {
  const [row] = await db.insert(sozialraeume).values({ kommuneId, name }).returning();
  return row!;
}
