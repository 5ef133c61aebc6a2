import { z } from 'zod';
import { idSchema } from '../../../../domain/identity/contracts.js';
import { akteurExportQuery, angebotExportQuery, importBody, importReportSchema, MAX_IMPORT_BYTES } from '../../../../domain/mapping/transfer/contracts.js';
import type { AppInstance } from '../../../core/http.js';
import { downloadSchema, sendFile } from './export-file.js';
import { exportAkteure } from './export-akteure.js';
import { exportAngebote } from './export-angebote.js';
import { importAkteure } from './import-akteure.js';
import { importAngebote } from './import-angebote.js';

const idParams = z.strictObject({ id: idSchema });

/** The file travels base64-encoded in JSON (4 bytes per 3), plus room for the rest of the body. */
export const IMPORT_BODY_LIMIT = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

const download = downloadSchema('Die Datei: CSV (Semikolon, UTF-8 mit BOM) oder XLSX');
const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const importDescription =
  'Liest eine CSV-Datei (Semikolon oder Komma, UTF-8 oder Windows-1252) oder XLSX-Datei ein, base64-kodiert, höchstens 5 MB. ' +
  'Alles oder nichts: Bei einem Fehler in einer Zeile wird nichts gespeichert; die Antwort nennt jede fehlerhafte Zeile und Spalte (ok = false). ' +
  'Mit dryRun wird nur geprüft. Erneutes Einlesen derselben Datei ändert nichts.';


/** Import and export of actors and offers (CSV and XLSX). */
export function mappingTransferRoutes(app: AppInstance) {
  const tags = ['Akteure und Angebote'];

  app.post(
    '/api/mapping/kommunen/:id/akteure/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Akteure aus CSV oder XLSX einlesen (Abgleich über den Namen)',
        description: importDescription,
        params: idParams,
        body: importBody,
        response: { 200: importReportSchema },
      },
    },
    async (req) => importAkteure(req.ctx(), { kommuneId: req.params.id, format: req.body.format, content: Buffer.from(req.body.content, 'base64'), dryRun: req.body.dryRun }),
  );

  app.post(
    '/api/mapping/kommunen/:id/angebote/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Angebote aus CSV oder XLSX einlesen (Abgleich über Titel und Träger)',
        description: importDescription,
        params: idParams,
        body: importBody,
        response: { 200: importReportSchema },
      },
    },
    async (req) => importAngebote(req.ctx(), { kommuneId: req.params.id, format: req.body.format, content: Buffer.from(req.body.content, 'base64'), dryRun: req.body.dryRun }),
  );

  app.get(
    '/api/mapping/kommunen/:id/akteure/export',
    {
      schema: {
        tags,
        summary: 'Akteure einer Kommune als CSV oder XLSX herunterladen (mit den Filtern der Liste)',
        params: idParams,
        querystring: akteurExportQuery,
        produces,
        response: { 200: download },
      },
    },
    async (req, reply) => sendFile(reply, await exportAkteure(req.ctx(), { ...req.query, kommuneId: req.params.id })),
  );

  app.get(
    '/api/mapping/kommunen/:id/angebote/export',
    {
      schema: {
        tags,
        summary: 'Angebote einer Kommune als CSV oder XLSX herunterladen (mit den Filtern der Liste)',
        params: idParams,
        querystring: angebotExportQuery,
        produces,
        response: { 200: download },
      },
    },
    async (req, reply) => sendFile(reply, await exportAngebote(req.ctx(), { ...req.query, kommuneId: req.params.id })),
  );
}
