import { z } from 'zod';
import { idSchema } from '../../../domain/identity/contracts.js';
import {
  anwesenheitBody,
  eingangSchema,
  ergebnisBody,
  ergebnisSchema,
  ergebnisStatusBody,
  ergebnisUpdateBody,
  meineArbeitSchema,
  protokollBody,
  tagesordnungBody,
  treffenAbsageBody,
  treffenSchema,
  treffenUpdateBody,
  weitergabeBody,
  weitergabeSchema,
} from '../../../domain/networks/contracts.js';
import { versionBody } from '../../../domain/shared/version.js';
import type { AppInstance } from '../../core/http.js';
import { downloadSchema, sendFile } from '../mapping/import-export/export-file.js';
import { acknowledgeWeitergabe } from './use-cases/acknowledge-weitergabe.js';
import { cancelTreffen } from './use-cases/cancel-treffen.js';
import { changeErgebnisStatus } from './use-cases/change-ergebnis-status.js';
import { createErgebnis } from './use-cases/create-ergebnis.js';
import { createWeitergabe } from './use-cases/create-weitergabe.js';
import { deleteErgebnis } from './use-cases/delete-ergebnis.js';
import { exportProtokollPdf } from './use-cases/export-protokoll-pdf.js';
import { getMeineArbeit } from './use-cases/get-meine-arbeit.js';
import { getTreffen } from './use-cases/get-treffen.js';
import { listEingang } from './use-cases/list-eingang.js';
import { recordAnwesenheit } from './use-cases/record-anwesenheit.js';
import { registerAnmeldung } from './use-cases/register-anmeldung.js';
import { restoreTreffen } from './use-cases/restore-treffen.js';
import { saveProtokoll } from './use-cases/save-protokoll.js';
import { setTagesordnung } from './use-cases/set-tagesordnung.js';
import { updateErgebnis } from './use-cases/update-ergebnis.js';
import { updateTreffen } from './use-cases/update-treffen.js';
import { withdrawAnmeldung } from './use-cases/withdraw-anmeldung.js';

const idParams = z.strictObject({ id: idSchema });
// Buffers bypass the response serializer; the schema documents the download in OpenAPI.
const pdfDownload = downloadSchema('Das Protokoll als barrierearmes PDF (getaggt, PDF 1.7, Sprache de-DE)');

/** A meeting: agenda, registration, attendance, minutes, results, agreements, passing on; "my work". */
export function meetingsRoutes(app: AppInstance) {
  const tags = ['Treffen'];

  app.get('/api/treffen/:id', { schema: { tags, summary: 'Ein Treffen mit Tagesordnung, Anmeldungen, Protokoll und Ergebnissen', params: idParams, response: { 200: treffenSchema } } }, async (req) =>
    getTreffen(req.ctx(), { id: req.params.id }),
  );
  app.put(
    '/api/treffen/:id',
    {
      schema: {
        tags,
        summary: 'Ein Treffen verschieben oder ändern',
        description: 'Beginn als Ortszeit Europe/Berlin. Ein Termin einer Reihe, der nicht mehr auf seinem Reihentermin liegt, gilt als verschoben. Jede Änderung erhöht die Kalender-Sequenz.',
        params: idParams,
        body: treffenUpdateBody,
        response: { 200: treffenSchema },
      },
    },
    async (req) => updateTreffen(req.ctx(), { ...req.body, treffenId: req.params.id }),
  );
  app.post('/api/treffen/:id/absagen', { schema: { tags, summary: 'Ein Treffen absagen', params: idParams, body: treffenAbsageBody, response: { 200: treffenSchema } } }, async (req) =>
    cancelTreffen(req.ctx(), { treffenId: req.params.id, version: req.body.version, grund: req.body.grund }),
  );
  app.post('/api/treffen/:id/wiederherstellen', { schema: { tags, summary: 'Absage eines Treffens zurücknehmen', params: idParams, body: versionBody, response: { 200: treffenSchema } } }, async (req) =>
    restoreTreffen(req.ctx(), { treffenId: req.params.id, version: req.body.version }),
  );
  app.put(
    '/api/treffen/:id/tagesordnung',
    { schema: { tags, summary: 'Tagesordnung festlegen (alle Punkte in ihrer Reihenfolge)', params: idParams, body: tagesordnungBody, response: { 200: treffenSchema } } },
    async (req) => setTagesordnung(req.ctx(), { treffenId: req.params.id, punkte: req.body.punkte, version: req.body.version }),
  );
  app.post(
    '/api/treffen/:id/anmeldung',
    {
      schema: { tags, summary: 'Zum Treffen anmelden', description: 'Sind alle Plätze belegt, kommt die Person auf die Warteliste.', params: idParams, response: { 200: treffenSchema } },
    },
    async (req) => registerAnmeldung(req.ctx(), { treffenId: req.params.id }),
  );
  app.delete(
    '/api/treffen/:id/anmeldung',
    { schema: { tags, summary: 'Vom Treffen abmelden', description: 'Ein frei gewordener Platz geht an die erste Person der Warteliste.', params: idParams, response: { 200: treffenSchema } } },
    async (req) => withdrawAnmeldung(req.ctx(), { treffenId: req.params.id }),
  );
  app.put('/api/treffen/:id/anwesenheit', { schema: { tags, summary: 'Anwesenheit erfassen', params: idParams, body: anwesenheitBody, response: { 200: treffenSchema } } }, async (req) =>
    recordAnwesenheit(req.ctx(), { treffenId: req.params.id, anwesend: req.body.anwesend, version: req.body.version }),
  );
  app.put('/api/treffen/:id/protokoll', { schema: { tags, summary: 'Protokoll speichern', params: idParams, body: protokollBody, response: { 200: treffenSchema } } }, async (req) =>
    saveProtokoll(req.ctx(), { treffenId: req.params.id, protokoll: req.body.protokoll, version: req.body.version }),
  );
  app.get(
    '/api/treffen/:id/protokoll.pdf',
    { schema: { tags, summary: 'Protokoll als barrierearmes PDF herunterladen', params: idParams, produces: ['application/pdf'], response: { 200: pdfDownload } } },
    async (req, reply) => {
      return sendFile(reply, await exportProtokollPdf(req.ctx(), { treffenId: req.params.id }));
    },
  );

  // ---- Ergebnisse und Vereinbarungen
  app.post('/api/treffen/:id/ergebnisse', { schema: { tags, summary: 'Ergebnis oder Vereinbarung festhalten', params: idParams, body: ergebnisBody, response: { 201: ergebnisSchema } } }, async (req, reply) =>
    reply.code(201).send(await createErgebnis(req.ctx(), { ...req.body, treffenId: req.params.id })),
  );
  app.put('/api/ergebnisse/:id', { schema: { tags, summary: 'Ergebnis oder Vereinbarung ändern', params: idParams, body: ergebnisUpdateBody, response: { 200: ergebnisSchema } } }, async (req) =>
    updateErgebnis(req.ctx(), { ...req.body, ergebnisId: req.params.id }),
  );
  app.put(
    '/api/ergebnisse/:id/status',
    { schema: { tags, summary: 'Stand einer Vereinbarung ändern (verantwortliche Person oder Moderation)', params: idParams, body: ergebnisStatusBody, response: { 200: ergebnisSchema } } },
    async (req) => changeErgebnisStatus(req.ctx(), { ergebnisId: req.params.id, status: req.body.status, version: req.body.version }),
  );
  app.delete('/api/ergebnisse/:id', { schema: { tags, summary: 'Ergebnis oder Vereinbarung löschen', params: idParams, body: versionBody, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteErgebnis(req.ctx(), { ergebnisId: req.params.id, version: req.body.version });
    return reply.code(204).send(null);
  });

  // ---- Weitergabe zwischen Netzwerken
  app.post(
    '/api/ergebnisse/:id/weitergaben',
    { schema: { tags, summary: 'Ergebnis an ein anderes Netzwerk weitergeben', params: idParams, body: weitergabeBody, response: { 201: weitergabeSchema } } },
    async (req, reply) => reply.code(201).send(await createWeitergabe(req.ctx(), { ergebnisId: req.params.id, anNetzwerkId: req.body.anNetzwerkId, notiz: req.body.notiz })),
  );
  app.get('/api/netzwerke/:id/eingang', { schema: { tags, summary: 'Eingang: Ergebnisse aus anderen Netzwerken', params: idParams, response: { 200: eingangSchema } } }, async (req) =>
    listEingang(req.ctx(), { netzwerkId: req.params.id }),
  );
  app.post('/api/weitergaben/:id/empfangen', { schema: { tags, summary: 'Empfang einer Weitergabe bestätigen', params: idParams, response: { 200: weitergabeSchema } } }, async (req) =>
    acknowledgeWeitergabe(req.ctx(), { weitergabeId: req.params.id }),
  );

  app.get(
    '/api/meine-arbeit',
    {
      schema: {
        tags,
        summary: 'Meine Arbeit: anstehende Treffen und offene Vereinbarungen',
        description:
          'Treffen der nächsten acht Wochen aus allen aktiven Netzwerken der Person (abgesagte mit Status „abgesagt“), dazu die offenen Vereinbarungen, für die sie verantwortlich ist; überfällige sind markiert und gezählt.',
        response: { 200: meineArbeitSchema },
      },
    },
    async (req) => getMeineArbeit(req.ctx()),
  );
}
