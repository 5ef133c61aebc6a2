import { z } from 'zod';
import {
  bereichSchema,
  freigabeBody,
  freigabeNeuSchema,
  freigabeSchema,
  geteiltSchema,
  schulErklaerungSchema,
  szenarioBody,
  szenarioKopfSchema,
  szenarioListQuery,
  szenarioSchema,
  szenarioUpdateBody,
  szenarioVersionSchema,
  vergleichQuery,
  vergleichSchema,
  versionEintragSchema,
  versionQuery,
  vorschauBody,
  vorschauSchema,
} from '../../../domain/allocation/contracts.js';
import { idSchema } from '../../../domain/identity/contracts.js';
import { itemsOf } from '../../../domain/shared/fields.js';
import { versionBody } from '../../../domain/shared/version.js';
import type { AppInstance } from '../../core/http.js';
import { downloadSchema, sendFile } from '../mapping/import-export/export-file.js';
import { compareSzenarien } from './use-cases/compare-szenarien.js';
import { createFreigabe } from './use-cases/create-freigabe.js';
import { createSzenario } from './use-cases/create-szenario.js';
import { explainSchule } from './use-cases/explain-schule.js';
import { exportSzenario } from './use-cases/export-szenario.js';
import { explainGeteilt, getGeteilt } from './use-cases/get-geteilt.js';
import { getSzenario } from './use-cases/get-szenario.js';
import { getVersion } from './use-cases/get-version.js';
import { listBereiche } from './use-cases/list-bereiche.js';
import { listFreigaben } from './use-cases/list-freigaben.js';
import { listSzenarien } from './use-cases/list-szenarien.js';
import { listVersionen } from './use-cases/list-versionen.js';
import { previewVerteilung } from './use-cases/preview-verteilung.js';
import { revokeFreigabe } from './use-cases/revoke-freigabe.js';
import { setSzenarioArchived } from './use-cases/set-szenario-archived.js';
import { updateSzenario } from './use-cases/update-szenario.js';

const idParams = z.strictObject({ id: idSchema });
const schuleParams = z.strictObject({ id: idSchema, schuleId: idSchema });
const versionParams = z.strictObject({
  id: idSchema,
  nummer: z.coerce.number({ error: 'Die Version muss eine ganze Zahl sein.' }).int({ error: 'Die Version muss eine ganze Zahl sein.' }).min(1, { error: 'Die Version muss mindestens 1 sein.' }),
});
const freigabeParams = z.strictObject({ id: idSchema, freigabeId: idSchema });
// The format is checked in the use case, so a malformed token gets the same 404 as an unknown one.
const tokenParams = z.strictObject({ token: z.string().max(200) });
const tokenSchuleParams = z.strictObject({ token: z.string().max(200), schuleId: idSchema });



/** Allocation scenarios: models, versions, preview, comparison, explanation per school, exports and share links. */
export function allocationRoutes(app: AppInstance) {
  const tags = ['Verteilung'];

  app.get('/api/verteilung/bereiche', { schema: { tags, summary: 'Kommunen und Länder, für die ich Szenarien anlegen darf', response: { 200: itemsOf(bereichSchema) } } }, async (req) =>
    listBereiche(req.ctx()),
  );
  app.get('/api/verteilung/szenarien', { schema: { tags, summary: 'Szenarien, die ich lesen darf (ohne Ergebnis je Schule)', querystring: szenarioListQuery, response: { 200: itemsOf(szenarioKopfSchema) } } }, async (req) =>
    listSzenarien(req.ctx(), req.query),
  );
  app.post(
    '/api/verteilung/szenarien',
    { schema: { tags, summary: 'Szenario anlegen: Modell auf den aktuellen Schuldaten berechnen und als Version 1 speichern', body: szenarioBody, response: { 201: szenarioSchema } } },
    async (req, reply) => reply.code(201).send(await createSzenario(req.ctx(), req.body)),
  );
  app.get('/api/verteilung/szenarien/:id', { schema: { tags, summary: 'Ein Szenario mit aktuellem Modell und Ergebnis je Schule', params: idParams, response: { 200: szenarioSchema } } }, async (req) =>
    getSzenario(req.ctx(), { szenarioId: req.params.id }),
  );
  app.put(
    '/api/verteilung/szenarien/:id',
    { schema: { tags, summary: 'Szenario ändern: legt eine neue Version an (neu berechnet auf den aktuellen Schuldaten)', params: idParams, body: szenarioUpdateBody, response: { 200: szenarioSchema } } },
    async (req) => updateSzenario(req.ctx(), { ...req.body, szenarioId: req.params.id }),
  );
  app.post(
    '/api/verteilung/szenarien/:id/archivieren',
    { schema: { tags, summary: 'Szenario archivieren (danach nur lesbar)', params: idParams, body: versionBody, response: { 200: szenarioKopfSchema } } },
    async (req) => setSzenarioArchived(req.ctx(), { szenarioId: req.params.id, version: req.body.version, archived: true }),
  );
  app.post(
    '/api/verteilung/szenarien/:id/wiederherstellen',
    { schema: { tags, summary: 'Archiviertes Szenario wiederherstellen', params: idParams, body: versionBody, response: { 200: szenarioKopfSchema } } },
    async (req) => setSzenarioArchived(req.ctx(), { szenarioId: req.params.id, version: req.body.version, archived: false }),
  );
  app.get(
    '/api/verteilung/szenarien/:id/versionen',
    { schema: { tags, summary: 'Alle Versionen eines Szenarios (neueste zuerst, ohne Ergebnis)', params: idParams, response: { 200: itemsOf(versionEintragSchema) } } },
    async (req) => listVersionen(req.ctx(), { szenarioId: req.params.id }),
  );
  app.get(
    '/api/verteilung/szenarien/:id/versionen/:nummer',
    { schema: { tags, summary: 'Eine gespeicherte Version mit Ergebnis, genau wie damals berechnet', params: versionParams, response: { 200: szenarioVersionSchema } } },
    async (req) => getVersion(req.ctx(), { szenarioId: req.params.id, nummer: req.params.nummer }),
  );
  app.get(
    '/api/verteilung/szenarien/:id/schulen/:schuleId',
    {
      schema: {
        tags,
        summary: 'Warum eine Schule bekommt, was sie bekommt: Gewicht, Anteil, Quote, Rundung, Grenzen, Los, und die Erklärung in einfachem Deutsch',
        params: schuleParams,
        querystring: versionQuery,
        response: { 200: schulErklaerungSchema },
      },
    },
    async (req) => explainSchule(req.ctx(), { szenarioId: req.params.id, schuleId: req.params.schuleId, version: req.query.version }),
  );
  app.get(
    '/api/verteilung/szenarien/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'Ergebnis je Schule als CSV (Semikolon, UTF-8 mit BOM, Dezimalkomma)',
        params: idParams,
        querystring: versionQuery,
        produces: ['text/csv'],
        response: { 200: downloadSchema('CSV-Datei') },
      },
    },
    async (req, reply) => sendFile(reply, await exportSzenario(req.ctx(), { szenarioId: req.params.id, format: 'csv', version: req.query.version })),
  );
  app.get(
    '/api/verteilung/szenarien/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Ergebnis je Schule als XLSX',
        params: idParams,
        querystring: versionQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: downloadSchema('XLSX-Datei') },
      },
    },
    async (req, reply) => sendFile(reply, await exportSzenario(req.ctx(), { szenarioId: req.params.id, format: 'xlsx', version: req.query.version })),
  );

  app.post(
    '/api/verteilung/vorschau',
    { schema: { tags, summary: 'Modell berechnen, ohne zu speichern (für das Modellformular)', body: vorschauBody, response: { 200: vorschauSchema } } },
    async (req) => previewVerteilung(req.ctx(), req.body),
  );
  app.get(
    '/api/verteilung/vergleich',
    {
      schema: {
        tags,
        summary: 'Zwei bis fünf Szenarien nebeneinander: je Schule, je Sozialindex-Stufe und je Schüler:in (ids=a,b oder a:2,b)',
        querystring: vergleichQuery,
        response: { 200: vergleichSchema },
      },
    },
    async (req) => compareSzenarien(req.ctx(), { ids: req.query.ids }),
  );

  // ---- Freigaben für die Steuergruppe
  app.get('/api/verteilung/szenarien/:id/freigaben', { schema: { tags, summary: 'Aktive Lese-Links eines Szenarios (ohne Adresse)', params: idParams, response: { 200: itemsOf(freigabeSchema) } } }, async (req) =>
    listFreigaben(req.ctx(), { szenarioId: req.params.id }),
  );
  app.post(
    '/api/verteilung/szenarien/:id/freigaben',
    { schema: { tags, summary: 'Lese-Link für die Steuergruppe anlegen; die Adresse steht nur in dieser Antwort', params: idParams, body: freigabeBody, response: { 201: freigabeNeuSchema } } },
    async (req, reply) => reply.code(201).send(await createFreigabe(req.ctx(), { szenarioId: req.params.id, bezeichnung: req.body.bezeichnung })),
  );
  app.delete(
    '/api/verteilung/szenarien/:id/freigaben/:freigabeId',
    { schema: { tags, summary: 'Lese-Link widerrufen: er funktioniert sofort nicht mehr', params: freigabeParams, response: { 204: z.null().meta({ description: 'Widerrufen' }) } } },
    async (req, reply) => {
      await revokeFreigabe(req.ctx(), { szenarioId: req.params.id, freigabeId: req.params.freigabeId });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/verteilung/geteilt/:token',
    { schema: { tags, summary: 'Geteiltes Szenario ohne Anmeldung lesen: der Schlüssel in der Adresse ist die Berechtigung', params: tokenParams, response: { 200: geteiltSchema } } },
    async (req) => getGeteilt(req.publicCtx(), { token: req.params.token }),
  );
  app.get(
    '/api/verteilung/geteilt/:token/schulen/:schuleId',
    { schema: { tags, summary: 'Erklärung einer Schule im geteilten Szenario (ohne Anmeldung)', params: tokenSchuleParams, response: { 200: schulErklaerungSchema } } },
    async (req) => explainGeteilt(req.publicCtx(), { token: req.params.token, schuleId: req.params.schuleId }),
  );
}
