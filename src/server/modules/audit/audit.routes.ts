import { auditEntrySchema, auditQuery, pageOf } from '../../../domain/identity/contracts.js';
import type { AppInstance } from '../../core/http.js';
import { listAudit } from './list-audit.js';

export function auditRoutes(app: AppInstance) {
  app.get(
    '/api/audit',
    { schema: { tags: ['Protokoll'], summary: 'Änderungsprotokoll seitenweise', querystring: auditQuery, response: { 200: pageOf(auditEntrySchema) } } },
    async (req) => listAudit(req.ctx(), req.query),
  );
}
