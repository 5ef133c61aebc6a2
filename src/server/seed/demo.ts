import type { Role, ScopeType } from '../../domain/identity/roles.js';
import type { Db } from '../core/db.js';
import { writeAudit } from '../core/audit.js';
import { hashPassword } from '../core/secrets.js';
import { ensureRootScope, findScopeByCode, findUserByEmail, insertMembership, insertScope, insertUser, type ScopeRow } from '../modules/identity/identity.repository.js';
import { modules } from '../modules/index.js';

/** The demo password is public on purpose: demo data only, never in production (`npm start`). */
export const DEMO_PASSWORD = 'Strang-Demo-2026';

const demoScopes: { key: string; type: Exclude<ScopeType, 'plattform'>; name: string; code: string; parent: string }[] = [
  { key: 'nrw', type: 'land', name: 'Nordrhein-Westfalen', code: '05', parent: 'root' },
  { key: 'koeln', type: 'kommune', name: 'Köln', code: '05315000', parent: 'nrw' },
  { key: 'gelsenkirchen', type: 'kommune', name: 'Gelsenkirchen', code: '05513000', parent: 'nrw' },
  { key: 'netzwerk', type: 'netzwerk', name: 'Netzwerk Schulsozialarbeit Köln', code: 'demo-netzwerk-koeln-ssa', parent: 'koeln' },
];

export const demoAccounts: { key: string; email: string; name: string; role: Role; scope: string }[] = [
  { key: 'admin', email: 'admin@demo.strang.de', name: 'Alex Administration', role: 'administration', scope: 'root' },
  { key: 'land', email: 'land@demo.strang.de', name: 'Lena Landeskoordination', role: 'landeskoordination', scope: 'nrw' },
  { key: 'koordination', email: 'koordination@demo.strang.de', name: 'Kai Koordination', role: 'kommunalkoordination', scope: 'koeln' },
  { key: 'schulleitung', email: 'schulleitung@demo.strang.de', name: 'Sam Schulleitung', role: 'schulleitung', scope: 'schule' },
  { key: 'aufnahme', email: 'aufnahme@demo.strang.de', name: 'Ayla Aufnahme', role: 'schulleitung', scope: 'aufnahmeschule' },
  { key: 'fachkraft', email: 'fachkraft@demo.strang.de', name: 'Fatma Fachkraft', role: 'fachkraft', scope: 'schule' },
  { key: 'mitglied', email: 'mitglied@demo.strang.de', name: 'Mika Mitglied', role: 'mitglied', scope: 'netzwerk' },
  { key: 'lesend', email: 'lesend@demo.strang.de', name: 'Luca Steuergruppe', role: 'lesend', scope: 'koeln' },
];

/** Idempotent: a second run finds everything by its code or e-mail and adds nothing. */
/** A real Köln primary school from the bundled NRW list (Sozialindex 7): the demo school leadership works here. */
export const DEMO_SCHULNUMMER = '111910';
/** A real Köln comprehensive school nearby that receives the Grundschule's leavers in the transition demo. */
export const DEMO_AUFNAHME_SCHULNUMMER = '184287';

export async function seedDemo(db: Db): Promise<{ created: number }> {
  let created = 0;
  for (const m of modules) await m.seedReference?.(db);
  const scopeIds: Record<string, string> = {};
  const root = await ensureRootScope(db);
  const byKey: Record<string, ScopeRow> = { root };
  scopeIds.root = root.id;
  for (const s of demoScopes) {
    let row = await findScopeByCode(db, s.type, s.code);
    if (!row) {
      row = await insertScope(db, { type: s.type, name: s.name, code: s.code, parent: byKey[s.parent]! });
      created++;
    }
    byKey[s.key] = row;
    scopeIds[s.key] = row.id;
  }
  const schule = await findScopeByCode(db, 'schule', DEMO_SCHULNUMMER);
  if (!schule) throw new Error(`Demo-Schule ${DEMO_SCHULNUMMER} fehlt in den Schuldaten.`);
  byKey.schule = schule;
  scopeIds.schule = schule.id;
  const aufnahme = await findScopeByCode(db, 'schule', DEMO_AUFNAHME_SCHULNUMMER);
  if (!aufnahme) throw new Error(`Demo-Schule ${DEMO_AUFNAHME_SCHULNUMMER} fehlt in den Schuldaten.`);
  scopeIds.aufnahmeschule = aufnahme.id;
  const userIds: Record<string, string> = {};
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    let user = await findUserByEmail(db, a.email);
    if (!user) {
      user = await db.transaction(async (tx) => {
        const u = await insertUser(tx, { email: a.email, name: a.name, passwordHash });
        await insertMembership(tx, { userId: u.id, scopeId: scopeIds[a.scope]!, role: a.role });
        await writeAudit(tx, { actorId: null, action: 'demo.user_created', entityType: 'user', entityId: u.id, scopeId: scopeIds[a.scope]!, after: { id: u.id, role: a.role } });
        return u;
      });
      created++;
    }
    userIds[a.key] = user.id;
  }
  for (const m of modules) await m.seedDemo?.({ db, scopes: scopeIds, users: userIds });
  return { created };
}
