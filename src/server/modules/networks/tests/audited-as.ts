/** The audit action each state-changing route of the networks module writes. */
export const networksAuditedAs: Record<string, string> = {
  'POST /api/netzwerke': 'netzwerk.created',
  'PUT /api/netzwerke/:id': 'netzwerk.updated',
  'POST /api/netzwerke/:id/archivieren': 'netzwerk.archived',
  'POST /api/netzwerke/:id/wiederherstellen': 'netzwerk.restored',
  'POST /api/netzwerke/:id/mitglieder': 'netzwerk_mitglied.added',
  'PUT /api/netzwerke/:id/mitglieder/:userId': 'netzwerk_mitglied.changed',
  'DELETE /api/netzwerke/:id/mitglieder/:userId': 'netzwerk_mitglied.removed',
  'POST /api/netzwerke/:id/reihen': 'sitzungsreihe.created',
  'POST /api/netzwerke/:id/treffen': 'treffen.created',
  'PUT /api/treffen/:id': 'treffen.updated',
  'POST /api/treffen/:id/absagen': 'treffen.cancelled',
  'POST /api/treffen/:id/wiederherstellen': 'treffen.restored',
  'PUT /api/treffen/:id/tagesordnung': 'treffen.agenda_changed',
  'POST /api/treffen/:id/anmeldung': 'anmeldung.registered',
  'DELETE /api/treffen/:id/anmeldung': 'anmeldung.withdrawn',
  'PUT /api/treffen/:id/anwesenheit': 'treffen.attendance_recorded',
  'PUT /api/treffen/:id/protokoll': 'treffen.minutes_saved',
  'POST /api/treffen/:id/ergebnisse': 'ergebnis.created',
  'PUT /api/ergebnisse/:id': 'ergebnis.updated',
  'PUT /api/ergebnisse/:id/status': 'ergebnis.status_changed',
  'DELETE /api/ergebnisse/:id': 'ergebnis.deleted',
  'POST /api/ergebnisse/:id/weitergaben': 'weitergabe.created',
  'POST /api/weitergaben/:id/empfangen': 'weitergabe.received',
  'POST /api/kalender-abos': 'kalender_abo.created',
  'DELETE /api/kalender-abos/:id': 'kalender_abo.revoked',
};

/** Entity types the networks module writes into the audit log. */
export const networksEntityTypes = ['netzwerk', 'netzwerk_mitglied', 'sitzungsreihe', 'treffen', 'anmeldung', 'ergebnis', 'weitergabe', 'kalender_abo'];
