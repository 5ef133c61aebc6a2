import type { Role } from '../../../../domain/identity/roles.js';

/**
 * The audit action each state-changing route of the transitions module writes, for
 * src/server/modules/audit/tests/audit.int.test.ts.
 */
export const transitionsAuditedAs: Record<string, string> = {
  'POST /api/uebergaenge/runden': 'uebergang_runde.created',
  'POST /api/uebergaenge/runden/:id/listen/:schuleId/:art': 'uebergang_liste.stored',
  'POST /api/uebergaenge/runden/:id/abgleich': 'uebergang_runde.matched',
  'POST /api/uebergaenge/runden/:id/pruefungen/:paarId': 'uebergang_paar.decided',
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/zuweisung': 'uebergang_fall.assigned',
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/kommentare': 'uebergang_fall.commented',
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/erledigen': 'uebergang_fall.resolved',
  'POST /api/uebergaenge/runden/:id/faelle/:fallId/wiedereroeffnen': 'uebergang_fall.reopened',
  'POST /api/uebergaenge/runden/:id/abschliessen': 'uebergang_runde.closed',
};

/** Entity types the transitions module writes into the audit log. */
export const transitionsEntityTypes = ['uebergang_runde', 'uebergang_liste', 'uebergang_paar', 'uebergang_fall'];

/**
 * The administration holds no right in a round (it only reads the counts), so the audit test's
 * "act as administration" cannot succeed on these routes: the role that can, on the own side of the
 * access-matrix world.
 */
export const transitionsActingRole: Record<string, Role> = {
  'POST /api/uebergaenge/runden/:id/listen/:schuleId/:art': 'schulleitung',
  ...Object.fromEntries(Object.keys(transitionsAuditedAs).filter((k) => !k.includes('/listen/')).map((k) => [k, 'kommunalkoordination' as Role])),
};
