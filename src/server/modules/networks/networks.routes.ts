import { z } from 'zod';
import { idSchema } from '../../../domain/identity/contracts.js';
import {
  mitgliedBody,
  mitgliedRolleBody,
  mitgliedSchema,
  netzwerkBody,
  netzwerkKommuneSchema,
  netzwerkListQuery,
  netzwerkRefSchema,
  netzwerkSchema,
  netzwerkUpdateBody,
  reiheBody,
  reihePruefungBody,
  reihePruefungSchema,
  reiheSchema,
  treffenBody,
  treffenKurzSchema,
  treffenSchema,
  treffenZeitraumQuery,
  vorlageSchema,
} from '../../../domain/networks/contracts.js';
import { itemsOf } from '../../../domain/shared/fields.js';
import { versionBody } from '../../../domain/shared/version.js';
import type { AppInstance } from '../../core/http.js';
import { addMitglied } from './use-cases/add-mitglied.js';
import { changeMitgliedRolle } from './use-cases/change-mitglied-rolle.js';
import { checkReihe } from './use-cases/check-reihe.js';
import { createNetzwerk } from './use-cases/create-netzwerk.js';
import { createReihe } from './use-cases/create-reihe.js';
import { createTreffen } from './use-cases/create-treffen.js';
import { getNetzwerk } from './use-cases/get-netzwerk.js';
import { listEmpfaenger } from './use-cases/list-empfaenger.js';
import { listMitglieder } from './use-cases/list-mitglieder.js';
import { listNetzwerkTreffen } from './use-cases/list-netzwerk-treffen.js';
import { listNetzwerke } from './use-cases/list-netzwerke.js';
import { listReihen } from './use-cases/list-reihen.js';
import { listTraegerKommunen } from './use-cases/list-traeger-kommunen.js';
import { listVorlagen } from './use-cases/list-vorlagen.js';
import { removeMitglied } from './use-cases/remove-mitglied.js';
import { setNetzwerkArchived } from './use-cases/set-netzwerk-archived.js';
import { updateNetzwerk } from './use-cases/update-netzwerk.js';

const idParams = z.strictObject({ id: idSchema });
const mitgliedParams = z.strictObject({ id: idSchema, userId: idSchema });
const kommunenQuery = z.strictObject({ q: z.string().trim().max(100, { error: 'Der Suchbegriff darf höchstens 100 Zeichen lang sein.' }).optional() });

/** Networks, members, series and the meetings list of a network. */
export function networksRoutes(app: AppInstance) {
  const tags = ['Netzwerke'];

  app.get('/api/netzwerke', { schema: { tags, summary: 'Netzwerke, denen ich angehöre', querystring: netzwerkListQuery, response: { 200: itemsOf(netzwerkSchema) } } }, async (req) =>
    listNetzwerke(req.ctx(), req.query),
  );
  app.post('/api/netzwerke', { schema: { tags, summary: 'Netzwerk gründen (Gründer:in wird Moderation)', body: netzwerkBody, response: { 201: netzwerkSchema } } }, async (req, reply) =>
    reply.code(201).send(await createNetzwerk(req.ctx(), req.body)),
  );
  app.get('/api/netzwerke/vorlagen', { schema: { tags, summary: 'Vorlagen für Sitzungsreihen', response: { 200: itemsOf(vorlageSchema) } } }, async (req) => {
    req.ctx();
    return listVorlagen();
  });
  app.get('/api/netzwerke/kommunen', { schema: { tags, summary: 'Kommunen, die ich an einem neuen Netzwerk beteiligen darf', querystring: kommunenQuery, response: { 200: itemsOf(netzwerkKommuneSchema) } } }, async (req) =>
    listTraegerKommunen(req.ctx(), req.query),
  );
  app.get('/api/netzwerke/:id', { schema: { tags, summary: 'Ein Netzwerk', params: idParams, response: { 200: netzwerkSchema } } }, async (req) => getNetzwerk(req.ctx(), { netzwerkId: req.params.id }));
  app.put('/api/netzwerke/:id', { schema: { tags, summary: 'Netzwerk ändern', params: idParams, body: netzwerkUpdateBody, response: { 200: netzwerkSchema } } }, async (req) =>
    updateNetzwerk(req.ctx(), { ...req.body, netzwerkId: req.params.id }),
  );
  app.post('/api/netzwerke/:id/archivieren', { schema: { tags, summary: 'Netzwerk archivieren (danach nur lesbar)', params: idParams, body: versionBody, response: { 200: netzwerkSchema } } }, async (req) =>
    setNetzwerkArchived(req.ctx(), { netzwerkId: req.params.id, version: req.body.version, archived: true }),
  );
  app.post('/api/netzwerke/:id/wiederherstellen', { schema: { tags, summary: 'Archiviertes Netzwerk wiederherstellen', params: idParams, body: versionBody, response: { 200: netzwerkSchema } } }, async (req) =>
    setNetzwerkArchived(req.ctx(), { netzwerkId: req.params.id, version: req.body.version, archived: false }),
  );

  // ---- Mitglieder
  app.get('/api/netzwerke/:id/mitglieder', { schema: { tags, summary: 'Mitglieder eines Netzwerks', params: idParams, response: { 200: itemsOf(mitgliedSchema) } } }, async (req) =>
    listMitglieder(req.ctx(), { netzwerkId: req.params.id }),
  );
  app.post('/api/netzwerke/:id/mitglieder', { schema: { tags, summary: 'Mitglied per E-Mail-Adresse aufnehmen', params: idParams, body: mitgliedBody, response: { 201: mitgliedSchema } } }, async (req, reply) =>
    reply.code(201).send(await addMitglied(req.ctx(), { ...req.body, netzwerkId: req.params.id })),
  );
  app.put('/api/netzwerke/:id/mitglieder/:userId', { schema: { tags, summary: 'Rolle eines Mitglieds ändern', params: mitgliedParams, body: mitgliedRolleBody, response: { 200: mitgliedSchema } } }, async (req) =>
    changeMitgliedRolle(req.ctx(), { netzwerkId: req.params.id, userId: req.params.userId, rolle: req.body.rolle }),
  );
  app.delete('/api/netzwerke/:id/mitglieder/:userId', { schema: { tags, summary: 'Mitglied entfernen oder selbst austreten', params: mitgliedParams, response: { 204: z.null() } } }, async (req, reply) => {
    await removeMitglied(req.ctx(), { netzwerkId: req.params.id, userId: req.params.userId });
    return reply.code(204).send(null);
  });

  // ---- Sitzungsreihen
  app.get('/api/netzwerke/:id/reihen', { schema: { tags, summary: 'Sitzungsreihen eines Netzwerks', params: idParams, response: { 200: itemsOf(reiheSchema) } } }, async (req) =>
    listReihen(req.ctx(), { netzwerkId: req.params.id }),
  );
  app.post(
    '/api/netzwerke/:id/reihen/pruefen',
    { schema: { tags, summary: 'Reihe vor dem Speichern prüfen: Termine, Ferien und Feiertage, Ersatztermine', params: idParams, body: reihePruefungBody, response: { 200: reihePruefungSchema } } },
    async (req) => checkReihe(req.ctx(), { ...req.body, netzwerkId: req.params.id }),
  );
  app.post('/api/netzwerke/:id/reihen', { schema: { tags, summary: 'Sitzungsreihe anlegen (ein Treffen je Termin)', params: idParams, body: reiheBody, response: { 201: reiheSchema } } }, async (req, reply) =>
    reply.code(201).send(await createReihe(req.ctx(), { ...req.body, netzwerkId: req.params.id })),
  );

  // ---- Treffen eines Netzwerks
  app.get('/api/netzwerke/:id/treffen', { schema: { tags, summary: 'Treffen eines Netzwerks im Zeitraum', params: idParams, querystring: treffenZeitraumQuery, response: { 200: itemsOf(treffenKurzSchema) } } }, async (req) =>
    listNetzwerkTreffen(req.ctx(), { ...req.query, netzwerkId: req.params.id }),
  );
  app.post('/api/netzwerke/:id/treffen', { schema: { tags, summary: 'Einzelnes Treffen anlegen', params: idParams, body: treffenBody, response: { 201: treffenSchema } } }, async (req, reply) =>
    reply.code(201).send(await createTreffen(req.ctx(), { ...req.body, netzwerkId: req.params.id })),
  );
  app.get('/api/netzwerke/:id/empfaenger', { schema: { tags, summary: 'Netzwerke, an die Ergebnisse weitergegeben werden können', params: idParams, response: { 200: itemsOf(netzwerkRefSchema) } } }, async (req) =>
    listEmpfaenger(req.ctx(), { netzwerkId: req.params.id }),
  );
}
