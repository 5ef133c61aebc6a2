import type { Role } from '../../../../domain/identity/roles.js';

/**
 * The audit action each state-changing route of the transfer module writes, for
 * src/server/modules/audit/tests/audit.int.test.ts.
 */
export const transferAuditedAs: Record<string, string> = {
  'POST /api/transfer/kontextfragen': 'kontextfrage.created',
  'PUT /api/transfer/kontextfragen/:id': 'kontextfrage.updated',
  'POST /api/transfer/kommunen/:id/luecken': 'luecke.created',
  'PUT /api/transfer/luecken/:id': 'luecke.updated',
  'DELETE /api/transfer/luecken/:id': 'luecke.deleted',
  'POST /api/transfer/kommunen/:id/praxisbeispiele': 'praxisbeispiel.created',
  'PUT /api/transfer/praxisbeispiele/:id': 'praxisbeispiel.updated',
  'POST /api/transfer/transfers': 'transfer.requested',
  'POST /api/transfer/transfers/:id/antworten': 'transfer.answered',
  'POST /api/transfer/transfers/:id/austausch': 'transfer.exchange_arranged',
  'POST /api/transfer/transfers/:id/nachbereitung': 'transfer.completed',
  'POST /api/transfer/transfers/:id/abbrechen': 'transfer.cancelled',
};

/** Entity types the transfer module writes into the audit log. */
export const transferEntityTypes = ['kontextfrage', 'luecke', 'praxisbeispiel', 'transfer'];

/**
 * The people who do this in practice, on the own side of the access-matrix world: the state
 * coordination keeps the catalogue, the coordination of Kommune A its gaps, practices and transfers.
 */
export const transferActingRole: Record<string, Role> = Object.fromEntries(
  Object.keys(transferAuditedAs).map((k) => [k, (k.includes('/kontextfragen') ? 'landeskoordination' : 'kommunalkoordination') as Role]),
);
