import { eq } from 'drizzle-orm';
import { modellSchema, type ModellInput } from '../../../../domain/allocation/contracts.js';
import type { Db } from '../../../core/db.js';
import { newToken, sha256 } from '../../../core/secrets.js';
import { findScopeRef, insertFreigabe, insertSzenario, insertVersion, type ScopeRef } from '../allocation.repository.js';
import { verteilungSzenarien } from '../allocation.schema.js';
import { runModel } from '../run-model.js';

export const einsen = { '1': '1', '2': '1', '3': '1', '4': '1', '5': '1', '6': '1', '7': '1', '8': '1', '9': '1' };

/** Every school of the scope, 2 whole positions, equal weight per school. */
export const simpleModell = (overrides: Partial<ModellInput> = {}): ModellInput => ({
  summe: 2,
  einheit: '1',
  verfahren: 'hare-niemeyer',
  gewichtung: { art: 'stufe', faktoren: einsen },
  ...overrides,
});

/** A saved scenario (version 1) of a Kommune or Land, computed on the schools there, as the use case saves it. */
export async function buildSzenario(db: Db, opts: { scopeId: string; name?: string; modell?: ModellInput; archived?: boolean; erstelltVon?: string | null }) {
  const scope = (await findScopeRef(db, opts.scopeId)) as ScopeRef;
  const computed = await runModel(db, scope, modellSchema.parse(opts.modell ?? simpleModell()));
  const row = await insertSzenario(db, { scopeId: scope.id, name: opts.name ?? 'Testszenario', beschreibung: null, aktuelleVersion: 1, erstelltVon: opts.erstelltVon ?? null });
  await insertVersion(db, { szenarioId: row.id, nummer: 1, name: row.name, ...computed, erstelltVon: opts.erstelltVon ?? null });
  if (opts.archived) {
    const [archived] = await db.update(verteilungSzenarien).set({ archiviertAm: new Date(), version: 2 }).where(eq(verteilungSzenarien.id, row.id)).returning();
    return archived!;
  }
  return row;
}

/** A share link as the use case stores it; returns the raw token. */
export async function buildFreigabe(db: Db, szenarioId: string, erstelltVon: string) {
  const token = newToken();
  const row = await insertFreigabe(db, { szenarioId, bezeichnung: 'Steuergruppe', tokenHash: sha256(token), erstelltVon });
  return { id: row.id, token };
}
