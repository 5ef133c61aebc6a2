import { z } from 'zod';
import { idSchema } from '../../../domain/identity/contracts.js';
import { itemsOf } from '../../../domain/shared/fields.js';
import {
  abgleichErgebnisSchema,
  abschliessenBody,
  bereichSchema,
  eigeneListeSchema,
  erledigenBody,
  fallDetailSchema,
  fallListQuery,
  fallSchema,
  kommentarBody,
  listeBerichtSchema,
  listenArtSchema,
  listeUploadBody,
  MAX_LISTE_BYTES,
  pruefungBody,
  pruefungSchema,
  rundeBody,
  rundeKopfSchema,
  rundeSchema,
  uebersichtSchema,
  zuweisungBody,
} from '../../../domain/transitions/round-contracts.js';
import { versionBody } from '../../../domain/shared/version.js';
import type { AppInstance } from '../../core/http.js';
import { assignFall } from './use-cases/assign-fall.js';
import { closeRunde } from './use-cases/close-runde.js';
import { commentFall } from './use-cases/comment-fall.js';
import { createRunde } from './use-cases/create-runde.js';
import { decidePruefung } from './use-cases/decide-pruefung.js';
import { getFall } from './use-cases/get-fall.js';
import { getListe } from './use-cases/get-liste.js';
import { getRunde } from './use-cases/get-runde.js';
import { getUebersicht } from './use-cases/get-uebersicht.js';
import { listBereiche } from './use-cases/list-bereiche.js';
import { listFaelle } from './use-cases/list-faelle.js';
import { listPruefungen } from './use-cases/list-pruefungen.js';
import { listRundenUseCase } from './use-cases/list-runden.js';
import { reopenFall } from './use-cases/reopen-fall.js';
import { resolveFall } from './use-cases/resolve-fall.js';
import { runAbgleich } from './use-cases/run-abgleich.js';
import { uploadListe } from './use-cases/upload-liste.js';

const idParams = z.strictObject({ id: idSchema });
const listeParams = z.strictObject({ id: idSchema, schuleId: idSchema, art: listenArtSchema });
const paarParams = z.strictObject({ id: idSchema, paarId: idSchema });
const fallParams = z.strictObject({ id: idSchema, fallId: idSchema });
const pruefungQuery = z.strictObject({ status: z.enum(['offen', 'alle'], { error: 'Der Status muss offen oder alle sein.' }).optional().default('offen') });

/** The file travels base64-encoded in JSON (4 bytes per 3), plus room for the column mapping. */
const UPLOAD_BODY_LIMIT = Math.ceil((MAX_LISTE_BYTES * 4) / 3) + 64 * 1024;

/** Transition rounds: lists of feeder and receiving schools, matching with review, cases, closing and deletion. */
export function transitionsRoutes(app: AppInstance) {
  const tags = ['Übergänge'];

  app.get('/api/uebergaenge/bereiche', { schema: { tags, summary: 'Kommunen, in denen ich Übergangsrunden eröffnen darf, mit ihren Schulen', response: { 200: itemsOf(bereichSchema) } } }, async (req) =>
    listBereiche(req.ctx()),
  );
  app.get('/api/uebergaenge/runden', { schema: { tags, summary: 'Übergangsrunden, die ich sehen darf', response: { 200: itemsOf(rundeKopfSchema) } } }, async (req) => listRundenUseCase(req.ctx()));
  app.post('/api/uebergaenge/runden', { schema: { tags, summary: 'Übergangsrunde eröffnen', body: rundeBody, response: { 201: rundeSchema } } }, async (req, reply) =>
    reply.code(201).send(await createRunde(req.ctx(), req.body)),
  );
  app.get('/api/uebergaenge/runden/:id', { schema: { tags, summary: 'Übergangsrunde mit Schulen, Stand der Listen und anonymen Zahlen', params: idParams, response: { 200: rundeSchema } } }, async (req) =>
    getRunde(req.ctx(), req.params.id),
  );
  app.post(
    '/api/uebergaenge/runden/:id/listen/:schuleId/:art',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Abgangs- oder Anmeldeliste der eigenen Schule prüfen oder hochladen (ersetzt die bisherige)',
        description:
          'CSV (Komma, Semikolon oder Tab; UTF-8 oder Windows-1252) oder XLSX, base64-kodiert, höchstens 10 MB. Alles oder nichts: ' +
          'bei einem Fehler in einer Zeile wird nichts gespeichert (ok = false, issues nennen Zeile und Spalte). `spalten` ordnet unbekannte Spaltenköpfe zu.',
        params: listeParams,
        body: listeUploadBody,
        response: { 200: listeBerichtSchema },
      },
    },
    async (req) =>
      uploadListe(req.ctx(), { rundeId: req.params.id, schuleId: req.params.schuleId, art: req.params.art, format: req.body.format, content: Buffer.from(req.body.content, 'base64'), spalten: req.body.spalten, dryRun: req.body.dryRun }),
  );
  app.get('/api/uebergaenge/runden/:id/listen/:schuleId/:art', { schema: { tags, summary: 'Die eigene Liste mit dem Stand jedes Kindes', params: listeParams, response: { 200: eigeneListeSchema } } }, async (req) =>
    getListe(req.ctx(), { rundeId: req.params.id, schuleId: req.params.schuleId, art: req.params.art }),
  );
  app.post('/api/uebergaenge/runden/:id/abgleich', { schema: { tags, summary: 'Abgleich aller Abgangs- mit allen Anmeldelisten starten', params: idParams, response: { 200: abgleichErgebnisSchema } } }, async (req) =>
    runAbgleich(req.ctx(), req.params.id),
  );
  app.get(
    '/api/uebergaenge/runden/:id/pruefungen',
    { schema: { tags, summary: 'Unsichere Paare zur Prüfung', params: idParams, querystring: pruefungQuery, response: { 200: itemsOf(pruefungSchema) } } },
    async (req) => listPruefungen(req.ctx(), { rundeId: req.params.id, status: req.query.status }),
  );
  app.post(
    '/api/uebergaenge/runden/:id/pruefungen/:paarId',
    { schema: { tags, summary: 'Unsicheres Paar entscheiden: dasselbe Kind oder verschiedene Kinder', params: paarParams, body: pruefungBody, response: { 200: pruefungSchema } } },
    async (req) => decidePruefung(req.ctx(), { rundeId: req.params.id, paarId: req.params.paarId, entscheidung: req.body.entscheidung }),
  );
  app.get('/api/uebergaenge/runden/:id/faelle', { schema: { tags, summary: 'Fälle der Runde (Schulen: die ihnen zugewiesenen)', params: idParams, querystring: fallListQuery, response: { 200: itemsOf(fallSchema) } } }, async (req) =>
    listFaelle(req.ctx(), { rundeId: req.params.id, ...req.query }),
  );
  app.get('/api/uebergaenge/runden/:id/faelle/:fallId', { schema: { tags, summary: 'Fall mit Kommentaren', params: fallParams, response: { 200: fallDetailSchema } } }, async (req) =>
    getFall(req.ctx(), { rundeId: req.params.id, fallId: req.params.fallId }),
  );
  app.post('/api/uebergaenge/runden/:id/faelle/:fallId/zuweisung', { schema: { tags, summary: 'Fall einer Schule zuweisen', params: fallParams, body: zuweisungBody, response: { 200: fallDetailSchema } } }, async (req) =>
    assignFall(req.ctx(), { rundeId: req.params.id, fallId: req.params.fallId, ...req.body }),
  );
  app.post('/api/uebergaenge/runden/:id/faelle/:fallId/kommentare', { schema: { tags, summary: 'Kommentar zum Fall', params: fallParams, body: kommentarBody, response: { 201: fallDetailSchema } } }, async (req, reply) =>
    reply.code(201).send(await commentFall(req.ctx(), { rundeId: req.params.id, fallId: req.params.fallId, text: req.body.text })),
  );
  app.post('/api/uebergaenge/runden/:id/faelle/:fallId/erledigen', { schema: { tags, summary: 'Fall mit Grund erledigen', params: fallParams, body: erledigenBody, response: { 200: fallDetailSchema } } }, async (req) =>
    resolveFall(req.ctx(), { rundeId: req.params.id, fallId: req.params.fallId, ...req.body }),
  );
  app.post('/api/uebergaenge/runden/:id/faelle/:fallId/wiedereroeffnen', { schema: { tags, summary: 'Erledigten Fall wieder eröffnen', params: fallParams, body: versionBody, response: { 200: fallDetailSchema } } }, async (req) =>
    reopenFall(req.ctx(), { rundeId: req.params.id, fallId: req.params.fallId, version: req.body.version }),
  );
  app.get('/api/uebergaenge/runden/:id/uebersicht', { schema: { tags, summary: 'Zahlen je Schule und Art der Fälle, ohne Namen', params: idParams, response: { 200: uebersichtSchema } } }, async (req) =>
    getUebersicht(req.ctx(), req.params.id),
  );
  app.post('/api/uebergaenge/runden/:id/abschliessen', { schema: { tags, summary: 'Runde abschließen; personenbezogene Daten werden nach der Aufbewahrungsfrist gelöscht', params: idParams, body: abschliessenBody, response: { 200: rundeSchema } } }, async (req) =>
    closeRunde(req.ctx(), { rundeId: req.params.id, version: req.body.version }),
  );
}
