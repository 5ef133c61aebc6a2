import { z } from 'zod';
import { idSchema } from '../../../domain/identity/contracts.js';
import { itemsOf } from '../../../domain/shared/fields.js';
import { versionBody } from '../../../domain/shared/version.js';
import {
  kontextFrageBody,
  kontextFrageSchema,
  kontextFrageUpdateBody,
  lueckeBody,
  lernnetzwerkSchema,
  lueckenrasterSchema,
  lueckeSchema,
  lueckeUpdateBody,
  matchesSchema,
  praxisBody,
  praxisDetailSchema,
  praxisSeiteSchema,
  praxisSuchQuery,
  praxisUpdateBody,
  transferAnfrageBody,
  transferAntwortenBody,
  transferDetailSchema,
  transferNachbereitungBody,
  transferSchema,
  transferTreffenBody,
  vorschlaegeSchema,
} from '../../../domain/transfer/contracts.js';
import type { AppInstance } from '../../core/http.js';
import { answerTransfer, arrangeExchange, cancelTransfer, recordFollowUp } from './use-cases/advance-transfer.js';
import { createKontextfrage } from './use-cases/create-kontextfrage.js';
import { createLuecke } from './use-cases/create-luecke.js';
import { createTransfer } from './use-cases/create-transfer.js';
import { deleteLueckeUseCase } from './use-cases/delete-luecke.js';
import { getLueckenraster } from './use-cases/get-lueckenraster.js';
import { getMatches } from './use-cases/get-matches.js';
import { getPraxisbeispiel } from './use-cases/get-praxisbeispiel.js';
import { getTransfer } from './use-cases/get-transfer.js';
import { getVorschlaege } from './use-cases/get-vorschlaege.js';
import { listKontextfragen } from './use-cases/list-kontextfragen.js';
import { listLernnetzwerke } from './use-cases/list-lernnetzwerke.js';
import { listTransfers } from './use-cases/list-transfers.js';
import { createPraxisbeispiel, updatePraxisbeispiel } from './use-cases/save-praxisbeispiel.js';
import { searchPraxisbeispiele } from './use-cases/search-praxisbeispiele.js';
import { updateKontextfrage } from './use-cases/update-kontextfrage.js';
import { updateLueckeUseCase } from './use-cases/update-luecke.js';

const idParams = z.strictObject({ id: idSchema });

/** Learning network and knowledge transfer: gap grid, practice library, context catalogue, matches, transfers. */
export function transferRoutes(app: AppInstance) {
  const tags = ['Lernnetzwerk und Transfer'];

  app.get('/api/transfer/kontextfragen', { schema: { tags, summary: 'Katalog der Kontextfragen', response: { 200: itemsOf(kontextFrageSchema) } } }, async (req) => listKontextfragen(req.ctx()));
  app.post('/api/transfer/kontextfragen', { schema: { tags, summary: 'Kontextfrage aufnehmen (Landeskoordination)', body: kontextFrageBody, response: { 201: kontextFrageSchema } } }, async (req, reply) =>
    reply.code(201).send(await createKontextfrage(req.ctx(), req.body)),
  );
  app.put('/api/transfer/kontextfragen/:id', { schema: { tags, summary: 'Kontextfrage ändern oder stilllegen', params: idParams, body: kontextFrageUpdateBody, response: { 200: kontextFrageSchema } } }, async (req) =>
    updateKontextfrage(req.ctx(), req.params.id, req.body),
  );

  app.get('/api/transfer/kommunen/:id/luecken', { schema: { tags, summary: 'Lückenraster einer Kommune', params: idParams, response: { 200: lueckenrasterSchema } } }, async (req) => getLueckenraster(req.ctx(), req.params.id));
  app.post('/api/transfer/kommunen/:id/luecken', { schema: { tags, summary: 'Lücke eintragen („Wo hakt es?“)', params: idParams, body: lueckeBody, response: { 201: lueckeSchema } } }, async (req, reply) =>
    reply.code(201).send(await createLuecke(req.ctx(), req.params.id, req.body)),
  );
  app.put('/api/transfer/luecken/:id', { schema: { tags, summary: 'Lücke ändern', params: idParams, body: lueckeUpdateBody, response: { 200: lueckeSchema } } }, async (req) => updateLueckeUseCase(req.ctx(), req.params.id, req.body));
  app.delete('/api/transfer/luecken/:id', { schema: { tags, summary: 'Lücke löschen', params: idParams, body: versionBody, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteLueckeUseCase(req.ctx(), req.params.id, req.body.version);
    return reply.code(204).send(null);
  });
  app.get('/api/transfer/luecken/:id/vorschlaege', { schema: { tags, summary: 'Praxisbeispiele anderer Kommunen für eine Lücke, mit Gründen', params: idParams, response: { 200: vorschlaegeSchema } } }, async (req) =>
    getVorschlaege(req.ctx(), req.params.id),
  );
  app.get('/api/transfer/lernnetzwerke', { schema: { tags, summary: 'Lernnetzwerke meiner Kommunen (interkommunale Netzwerke)', response: { 200: itemsOf(lernnetzwerkSchema) } } }, async (req) => listLernnetzwerke(req.ctx()));
  app.get('/api/transfer/netzwerke/:id/matches', { schema: { tags, summary: '„Matches“ eines Lernnetzwerks: jede offene Lücke mit Vorschlägen', params: idParams, response: { 200: matchesSchema } } }, async (req) =>
    getMatches(req.ctx(), req.params.id),
  );

  app.get('/api/transfer/praxisbeispiele', { schema: { tags, summary: 'Praxisbeispiele suchen (Volltext, Filter)', querystring: praxisSuchQuery, response: { 200: praxisSeiteSchema } } }, async (req) =>
    searchPraxisbeispiele(req.ctx(), req.query),
  );
  app.get('/api/transfer/praxisbeispiele/:id', { schema: { tags, summary: 'Praxisbeispiel mit Kontextprofil und Erfahrungen', params: idParams, response: { 200: praxisDetailSchema } } }, async (req) =>
    getPraxisbeispiel(req.ctx(), req.params.id),
  );
  app.post('/api/transfer/kommunen/:id/praxisbeispiele', { schema: { tags, summary: 'Praxisbeispiel beschreiben', params: idParams, body: praxisBody, response: { 201: praxisDetailSchema } } }, async (req, reply) =>
    reply.code(201).send(await createPraxisbeispiel(req.ctx(), req.params.id, req.body)),
  );
  app.put('/api/transfer/praxisbeispiele/:id', { schema: { tags, summary: 'Praxisbeispiel ändern', params: idParams, body: praxisUpdateBody, response: { 200: praxisDetailSchema } } }, async (req) =>
    updatePraxisbeispiel(req.ctx(), req.params.id, req.body),
  );

  app.get('/api/transfer/transfers', { schema: { tags, summary: 'Transfers meiner Kommunen (anfragend oder abgebend)', response: { 200: itemsOf(transferSchema) } } }, async (req) => listTransfers(req.ctx()));
  app.post('/api/transfer/transfers', { schema: { tags, summary: 'Transfer anfragen', body: transferAnfrageBody, response: { 201: transferDetailSchema } } }, async (req, reply) =>
    reply.code(201).send(await createTransfer(req.ctx(), req.body)),
  );
  app.get('/api/transfer/transfers/:id', { schema: { tags, summary: 'Transfer mit Kontextfragen und Antworten', params: idParams, response: { 200: transferDetailSchema } } }, async (req) => getTransfer(req.ctx(), req.params.id));
  app.post('/api/transfer/transfers/:id/antworten', { schema: { tags, summary: 'Kontextfragen beantworten (abgebende Kommune)', params: idParams, body: transferAntwortenBody, response: { 200: transferDetailSchema } } }, async (req) =>
    answerTransfer(req.ctx(), req.params.id, req.body),
  );
  app.post('/api/transfer/transfers/:id/austausch', { schema: { tags, summary: 'Austauschtreffen vereinbaren', params: idParams, body: transferTreffenBody, response: { 200: transferDetailSchema } } }, async (req) =>
    arrangeExchange(req.ctx(), req.params.id, req.body),
  );
  app.post('/api/transfer/transfers/:id/nachbereitung', { schema: { tags, summary: 'Angepasste Umsetzung festhalten (anfragende Kommune)', params: idParams, body: transferNachbereitungBody, response: { 200: transferDetailSchema } } }, async (req) =>
    recordFollowUp(req.ctx(), req.params.id, req.body),
  );
  app.post('/api/transfer/transfers/:id/abbrechen', { schema: { tags, summary: 'Transfer abbrechen', params: idParams, body: versionBody, response: { 200: transferDetailSchema } } }, async (req) =>
    cancelTransfer(req.ctx(), req.params.id, req.body.version),
  );
}
