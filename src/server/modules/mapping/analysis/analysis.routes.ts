import { z } from 'zod';
import { idSchema } from '../../../../domain/identity/contracts.js';
import { abdeckungSchema, netzwerkQuery, netzwerkSchema, ressourcenSchema } from '../../../../domain/mapping/analysis/contracts.js';
import type { AppInstance } from '../../../core/http.js';
import { getSchoolCoverage, getSozialraumCoverage } from './use-cases/get-coverage.js';
import { getNetwork } from './use-cases/get-network.js';
import { getResources } from './use-cases/get-resources.js';

const idParams = z.strictObject({ id: idSchema });

/** Network graph, coverage grid and resources against need (read-only analyses of the map). */
export function mappingAnalysisRoutes(app: AppInstance) {
  const tags = ['Akteure und Angebote: Auswertungen'];

  app.get(
    '/api/mapping/kommunen/:id/netzwerk',
    {
      schema: {
        tags,
        summary: 'Netzwerk der Akteure und Kooperationen mit Kennzahlen (isoliert, Brückenakteur) und Positionen',
        description:
          'Filter grenzen die Akteure ein (Standort, Art, Handlungsfeld); gezeigt werden die Kooperationen zwischen ihnen. ' +
          'Brückenakteur: Artikulationspunkt (ohne ihn zerfiele sein Teil des Netzes) oder normalisierte Betweenness ab brokerSchwelle.',
        params: idParams,
        querystring: netzwerkQuery,
        response: { 200: netzwerkSchema },
      },
    },
    async (req) => getNetwork(req.ctx(), { ...req.query, kommuneId: req.params.id }),
  );

  app.get(
    '/api/mapping/standorte/:id/abdeckung',
    { schema: { tags, summary: 'Abdeckung einer Schule: Handlungsfelder × Altersphasen mit den Angeboten', params: idParams, response: { 200: abdeckungSchema } } },
    async (req) => getSchoolCoverage(req.ctx(), { schuleId: req.params.id }),
  );

  app.get(
    '/api/mapping/sozialraeume/:id/abdeckung',
    { schema: { tags, summary: 'Abdeckung eines Sozialraums: Handlungsfelder × Altersphasen mit den Angeboten seiner Schulen', params: idParams, response: { 200: abdeckungSchema } } },
    async (req) => getSozialraumCoverage(req.ctx(), { sozialraumId: req.params.id }),
  );

  app.get(
    '/api/mapping/kommunen/:id/ressourcen',
    {
      schema: {
        tags,
        summary: 'Ressourcen und Sozialindex: Stunden je 100 Schüler:innen Schule für Schule, mit Markierung „hoher Bedarf, wenige Ressourcen“',
        params: idParams,
        response: { 200: ressourcenSchema },
      },
    },
    async (req) => getResources(req.ctx(), { kommuneId: req.params.id }),
  );
}
