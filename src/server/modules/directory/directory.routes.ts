import { z } from 'zod';
import {
  assignSozialraumBody,
  kommuneDetailSchema,
  kommuneSchema,
  schoolListQuery,
  schoolListSchema,
  schuleSchema,
  sozialraumBody,
  sozialraumSchema,
  sozialraumUpdateBody,
} from '../../../domain/directory/contracts.js';
import { idSchema } from '../../../domain/identity/contracts.js';
import type { AppInstance } from '../../core/http.js';
import { assignSozialraum } from './use-cases/assign-sozialraum.js';
import { createSozialraum } from './use-cases/create-sozialraum.js';
import { deleteSozialraum } from './use-cases/delete-sozialraum.js';
import { getKommune } from './use-cases/get-kommune.js';
import { getSchool } from './use-cases/get-school.js';
import { listKommunen } from './use-cases/list-kommunen.js';
import { listSchools } from './use-cases/list-schools.js';
import { listSchulformen } from './use-cases/list-schulformen.js';
import { updateSozialraum } from './use-cases/update-sozialraum.js';

const idParams = z.strictObject({ id: idSchema });
const schuleWithPath = schuleSchema;

export function directoryRoutes(app: AppInstance) {
  const tags = ['Verzeichnis'];

  app.get(
    '/api/directory/kommunen',
    { schema: { tags, summary: 'Kommunen mit Zahl der Schulen', querystring: z.strictObject({ q: z.string().trim().max(100, { error: 'Suchbegriff höchstens 100 Zeichen.' }).optional() }), response: { 200: z.object({ items: z.array(kommuneSchema) }) } } },
    async (req) => listKommunen(req.ctx(), req.query),
  );

  app.get('/api/directory/kommunen/:id', { schema: { tags, summary: 'Eine Kommune mit Sozialräumen und Kennzahlen', params: idParams, response: { 200: kommuneDetailSchema } } }, async (req) =>
    getKommune(req.ctx(), { kommuneId: req.params.id }),
  );

  app.get('/api/directory/schulformen', { schema: { tags, summary: 'Vorkommende Schulformen', response: { 200: z.object({ items: z.array(z.string()) }) } } }, async (req) =>
    listSchulformen(req.ctx()),
  );

  app.get('/api/directory/schulen', { schema: { tags, summary: 'Schulen filtern, suchen, sortieren, seitenweise', querystring: schoolListQuery, response: { 200: schoolListSchema } } }, async (req) =>
    listSchools(req.ctx(), req.query),
  );

  app.get('/api/directory/schulen/:id', { schema: { tags, summary: 'Eine Schule', params: idParams, response: { 200: schuleWithPath } } }, async (req) => {
    const { path: _path, ...schule } = await getSchool(req.ctx(), { schuleId: req.params.id });
    return schule;
  });

  app.put(
    '/api/directory/schulen/:id/sozialraum',
    { schema: { tags, summary: 'Schule einem Sozialraum zuordnen (oder lösen)', params: idParams, body: assignSozialraumBody, response: { 200: schuleSchema } } },
    async (req) => {
      const { path: _path, ...schule } = await assignSozialraum(req.ctx(), { ...req.body, schuleId: req.params.id });
      return schule;
    },
  );

  app.post(
    '/api/directory/kommunen/:id/sozialraeume',
    { schema: { tags, summary: 'Sozialraum anlegen', params: idParams, body: sozialraumBody, response: { 201: sozialraumSchema } } },
    async (req, reply) => reply.code(201).send(await createSozialraum(req.ctx(), { ...req.body, kommuneId: req.params.id })),
  );

  app.patch('/api/directory/sozialraeume/:id', { schema: { tags, summary: 'Sozialraum ändern', params: idParams, body: sozialraumUpdateBody, response: { 200: sozialraumSchema } } }, async (req) =>
    updateSozialraum(req.ctx(), { ...req.body, sozialraumId: req.params.id }),
  );

  app.delete('/api/directory/sozialraeume/:id', { schema: { tags, summary: 'Sozialraum löschen (Schulen bleiben)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    await deleteSozialraum(req.ctx(), { sozialraumId: req.params.id });
    return reply.code(204).send(null);
  });
}
