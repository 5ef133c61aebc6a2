import { z } from 'zod';
import { idSchema } from '../../../domain/identity/contracts.js';
import {
  akteurBody,
  akteurListQuery,
  akteurSchema,
  akteurTypBody,
  akteurTypSchema,
  akteurUpdateBody,
  angebotBody,
  angebotListQuery,
  angebotSchema,
  angebotUpdateBody,
  kooperationBody,
  kooperationListQuery,
  kooperationSchema,
  kooperationUpdateBody,
  listOf,
  siteMappingSchema,
  versionBody,
} from '../../../domain/mapping/contracts.js';
import type { AppInstance } from '../../core/http.js';
import { mappingAnalysisRoutes } from './analysis/analysis.routes.js';
import { mappingTransferRoutes } from './import-export/transfer.routes.js';
import { createAkteur } from './use-cases/create-akteur.js';
import { createAkteurTyp } from './use-cases/create-akteur-typ.js';
import { createAngebot } from './use-cases/create-angebot.js';
import { createKooperation } from './use-cases/create-kooperation.js';
import { getAkteur } from './use-cases/get-akteur.js';
import { getAngebot } from './use-cases/get-angebot.js';
import { getKooperation } from './use-cases/get-kooperation.js';
import { getSiteMapping } from './use-cases/get-site-mapping.js';
import { listAkteurTypen } from './use-cases/list-akteur-typen.js';
import { listAkteure } from './use-cases/list-akteure.js';
import { listAngebote } from './use-cases/list-angebote.js';
import { listKooperationen } from './use-cases/list-kooperationen.js';
import { setAkteurArchived } from './use-cases/set-akteur-archived.js';
import { setAngebotArchived } from './use-cases/set-angebot-archived.js';
import { setKooperationArchived } from './use-cases/set-kooperation-archived.js';
import { updateAkteur } from './use-cases/update-akteur.js';
import { updateAngebot } from './use-cases/update-angebot.js';
import { updateKooperation } from './use-cases/update-kooperation.js';

const idParams = z.strictObject({ id: idSchema });

export function mappingRoutes(app: AppInstance) {
  const tags = ['Akteure und Angebote'];

  app.get('/api/mapping/kommunen/:id/akteur-typen', { schema: { tags, summary: 'Arten von Akteuren (Standard und eigene der Kommune)', params: idParams, response: { 200: z.object({ items: z.array(akteurTypSchema) }) } } }, async (req) =>
    listAkteurTypen(req.ctx(), { kommuneId: req.params.id }),
  );
  app.post('/api/mapping/kommunen/:id/akteur-typen', { schema: { tags, summary: 'Eigene Art von Akteuren anlegen', params: idParams, body: akteurTypBody, response: { 201: akteurTypSchema } } }, async (req, reply) =>
    reply.code(201).send(await createAkteurTyp(req.ctx(), { ...req.body, kommuneId: req.params.id })),
  );

  // ---- Akteure
  app.get('/api/mapping/kommunen/:id/akteure', { schema: { tags, summary: 'Akteure einer Kommune', params: idParams, querystring: akteurListQuery, response: { 200: listOf(akteurSchema) } } }, async (req) =>
    listAkteure(req.ctx(), { ...req.query, kommuneId: req.params.id }),
  );
  app.post('/api/mapping/kommunen/:id/akteure', { schema: { tags, summary: 'Akteur anlegen', params: idParams, body: akteurBody, response: { 201: akteurSchema } } }, async (req, reply) =>
    reply.code(201).send(await createAkteur(req.ctx(), { ...req.body, kommuneId: req.params.id })),
  );
  app.get('/api/mapping/akteure/:id', { schema: { tags, summary: 'Ein Akteur', params: idParams, response: { 200: akteurSchema } } }, async (req) => getAkteur(req.ctx(), { akteurId: req.params.id }));
  app.patch('/api/mapping/akteure/:id', { schema: { tags, summary: 'Akteur ändern', params: idParams, body: akteurUpdateBody, response: { 200: akteurSchema } } }, async (req) =>
    updateAkteur(req.ctx(), { ...req.body, akteurId: req.params.id }),
  );
  app.post('/api/mapping/akteure/:id/archivieren', { schema: { tags, summary: 'Akteur archivieren', params: idParams, body: versionBody, response: { 200: akteurSchema } } }, async (req) =>
    setAkteurArchived(req.ctx(), { akteurId: req.params.id, version: req.body.version, archived: true }),
  );
  app.post('/api/mapping/akteure/:id/wiederherstellen', { schema: { tags, summary: 'Archivierten Akteur wiederherstellen', params: idParams, body: versionBody, response: { 200: akteurSchema } } }, async (req) =>
    setAkteurArchived(req.ctx(), { akteurId: req.params.id, version: req.body.version, archived: false }),
  );

  // ---- Angebote
  app.get('/api/mapping/kommunen/:id/angebote', { schema: { tags, summary: 'Angebote einer Kommune', params: idParams, querystring: angebotListQuery, response: { 200: listOf(angebotSchema) } } }, async (req) =>
    listAngebote(req.ctx(), { ...req.query, kommuneId: req.params.id }),
  );
  app.post('/api/mapping/kommunen/:id/angebote', { schema: { tags, summary: 'Angebot anlegen', params: idParams, body: angebotBody, response: { 201: angebotSchema } } }, async (req, reply) =>
    reply.code(201).send(await createAngebot(req.ctx(), { ...req.body, kommuneId: req.params.id })),
  );
  app.get('/api/mapping/angebote/:id', { schema: { tags, summary: 'Ein Angebot', params: idParams, response: { 200: angebotSchema } } }, async (req) => getAngebot(req.ctx(), { angebotId: req.params.id }));
  app.patch('/api/mapping/angebote/:id', { schema: { tags, summary: 'Angebot ändern', params: idParams, body: angebotUpdateBody, response: { 200: angebotSchema } } }, async (req) =>
    updateAngebot(req.ctx(), { ...req.body, angebotId: req.params.id }),
  );
  app.post('/api/mapping/angebote/:id/archivieren', { schema: { tags, summary: 'Angebot archivieren', params: idParams, body: versionBody, response: { 200: angebotSchema } } }, async (req) =>
    setAngebotArchived(req.ctx(), { angebotId: req.params.id, version: req.body.version, archived: true }),
  );
  app.post('/api/mapping/angebote/:id/wiederherstellen', { schema: { tags, summary: 'Archiviertes Angebot wiederherstellen', params: idParams, body: versionBody, response: { 200: angebotSchema } } }, async (req) =>
    setAngebotArchived(req.ctx(), { angebotId: req.params.id, version: req.body.version, archived: false }),
  );

  // ---- Kooperationen
  app.get('/api/mapping/kommunen/:id/kooperationen', { schema: { tags, summary: 'Kooperationen einer Kommune', params: idParams, querystring: kooperationListQuery, response: { 200: listOf(kooperationSchema) } } }, async (req) =>
    listKooperationen(req.ctx(), { ...req.query, kommuneId: req.params.id }),
  );
  app.post('/api/mapping/kommunen/:id/kooperationen', { schema: { tags, summary: 'Kooperation anlegen', params: idParams, body: kooperationBody, response: { 201: kooperationSchema } } }, async (req, reply) =>
    reply.code(201).send(await createKooperation(req.ctx(), { ...req.body, kommuneId: req.params.id })),
  );
  app.get('/api/mapping/kooperationen/:id', { schema: { tags, summary: 'Eine Kooperation', params: idParams, response: { 200: kooperationSchema } } }, async (req) =>
    getKooperation(req.ctx(), { kooperationId: req.params.id }),
  );
  app.patch('/api/mapping/kooperationen/:id', { schema: { tags, summary: 'Kooperation ändern', params: idParams, body: kooperationUpdateBody, response: { 200: kooperationSchema } } }, async (req) =>
    updateKooperation(req.ctx(), { ...req.body, kooperationId: req.params.id }),
  );
  app.post('/api/mapping/kooperationen/:id/archivieren', { schema: { tags, summary: 'Kooperation archivieren', params: idParams, body: versionBody, response: { 200: kooperationSchema } } }, async (req) =>
    setKooperationArchived(req.ctx(), { kooperationId: req.params.id, version: req.body.version, archived: true }),
  );
  app.post('/api/mapping/kooperationen/:id/wiederherstellen', { schema: { tags, summary: 'Archivierte Kooperation wiederherstellen', params: idParams, body: versionBody, response: { 200: kooperationSchema } } }, async (req) =>
    setKooperationArchived(req.ctx(), { kooperationId: req.params.id, version: req.body.version, archived: false }),
  );

  app.get('/api/mapping/standorte/:id', { schema: { tags, summary: 'Akteure, Angebote und Kooperationen an einer Schule', params: idParams, response: { 200: siteMappingSchema } } }, async (req) =>
    getSiteMapping(req.ctx(), { schuleId: req.params.id }),
  );

  mappingAnalysisRoutes(app);
  mappingTransferRoutes(app);
}
