import { z } from 'zod';
import { idSchema } from '../../../../domain/identity/contracts.js';
import { kalenderAboBody, kalenderAboNeuSchema, kalenderAboSchema } from '../../../../domain/networks/contracts.js';
import { itemsOf } from '../../../../domain/shared/fields.js';
import type { AppInstance } from '../../../core/http.js';
import { sendFile } from '../../mapping/import-export/export-file.js';
import { createKalenderAbo } from './use-cases/create-kalender-abo.js';
import { downloadTreffenIcs } from './use-cases/download-treffen-ics.js';
import { getKalenderFeed } from './use-cases/get-kalender-feed.js';
import { listKalenderAbos } from './use-cases/list-kalender-abos.js';
import { revokeKalenderAbo } from './use-cases/revoke-kalender-abo.js';

const idParams = z.strictObject({ id: idSchema });
// The format is checked in the use case, so a malformed address gets the same 404 as an unknown one.
const dateiParams = z.strictObject({ datei: z.string().max(200) });

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
// Strings bypass the response serializer; the schema documents the calendar file in OpenAPI.
const icsFile = z.any().meta({ description: 'iCalendar-Datei (RFC 5545, UTF-8)', type: 'string' });

/** iCalendar: one meeting, private subscriptions of a person or a network. */
export function calendarRoutes(app: AppInstance) {
  const tags = ['Kalender'];

  app.get(
    '/api/treffen/:id/kalender.ics',
    { schema: { tags, summary: 'Ein Treffen als iCalendar-Datei (für Mitglieder des Netzwerks)', params: idParams, produces: ['text/calendar'], response: { 200: icsFile } } },
    async (req, reply) => {
      const file = await downloadTreffenIcs(req.ctx(), { treffenId: req.params.id });
      return sendFile(reply, { ...file, contentType: CALENDAR_TYPE });
    },
  );

  app.get(
    '/api/kalender-abos',
    { schema: { tags, summary: 'Eigene Kalender-Abos (ohne Adresse)', response: { 200: itemsOf(kalenderAboSchema) } } },
    async (req) => listKalenderAbos(req.ctx()),
  );

  app.post(
    '/api/kalender-abos',
    {
      schema: {
        tags,
        summary: 'Kalender-Abo anlegen: alle eigenen Treffen oder die eines Netzwerks; die Adresse wird nur in dieser Antwort gezeigt',
        body: kalenderAboBody,
        response: { 201: kalenderAboNeuSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createKalenderAbo(req.ctx(), req.body)),
  );

  app.delete(
    '/api/kalender-abos/:id',
    { schema: { tags, summary: 'Kalender-Abo widerrufen: die Adresse funktioniert sofort nicht mehr', params: idParams, response: { 204: z.null().meta({ description: 'Widerrufen' }) } } },
    async (req, reply) => {
      await revokeKalenderAbo(req.ctx(), { aboId: req.params.id });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/kalender/:datei',
    {
      schema: {
        tags,
        summary: 'Abonnierter Kalender („<Schlüssel>.ics“), ohne Anmeldung: der Schlüssel in der Adresse ist die Berechtigung',
        params: dateiParams,
        produces: ['text/calendar'],
        response: { 200: icsFile },
      },
    },
    async (req, reply) => reply.type(CALENDAR_TYPE).send(await getKalenderFeed(req.publicCtx(), req.params)),
  );
}
