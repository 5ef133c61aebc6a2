/** The audit action each state-changing route of the allocation module writes. */
export const allocationAuditedAs: Record<string, string> = {
  'POST /api/verteilung/szenarien': 'verteilung_szenario.created',
  'PUT /api/verteilung/szenarien/:id': 'verteilung_szenario.updated',
  'POST /api/verteilung/szenarien/:id/archivieren': 'verteilung_szenario.archived',
  'POST /api/verteilung/szenarien/:id/wiederherstellen': 'verteilung_szenario.restored',
  'POST /api/verteilung/szenarien/:id/freigaben': 'verteilung_freigabe.created',
  'DELETE /api/verteilung/szenarien/:id/freigaben/:freigabeId': 'verteilung_freigabe.revoked',
};

/** Entity types the allocation module writes into the audit log. */
export const allocationEntityTypes = ['verteilung_szenario', 'verteilung_freigabe'];

/** POST routes of the allocation module that only compute an answer and change nothing. */
export const allocationReadOnlyPosts = ['POST /api/verteilung/vorschau'];
