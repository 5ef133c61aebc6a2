import type { RouteObject } from 'react-router';
import { KontextfragenPage } from './KontextfragenPage.js';
import { LueckePage } from './LueckePage.js';
import { LueckenrasterPage } from './LueckenrasterPage.js';
import { MatchesPage } from './MatchesPage.js';
import { PraxisCreatePage, PraxisEditPage } from './PraxisFormPage.js';
import { PraxisListPage } from './PraxisListPage.js';
import { PraxisPage } from './PraxisPage.js';
import { TransferCreatePage } from './TransferCreatePage.js';
import { TransferPage } from './TransferPage.js';

export { TransferStartPage } from './TransferStartPage.js';

/** Sub-pages of /lernnetzwerk (static paths win over `:id`). */
export const transferRoutes: RouteObject[] = [
  { path: 'kommunen/:id', Component: LueckenrasterPage },
  { path: 'luecken/:id', Component: LueckePage },
  { path: 'netzwerke/:id/matches', Component: MatchesPage },
  { path: 'praxis', Component: PraxisListPage },
  { path: 'praxis/neu', Component: PraxisCreatePage },
  { path: 'praxis/:id', Component: PraxisPage },
  { path: 'praxis/:id/bearbeiten', Component: PraxisEditPage },
  { path: 'transfers/neu', Component: TransferCreatePage },
  { path: 'transfers/:id', Component: TransferPage },
  { path: 'kontextfragen', Component: KontextfragenPage },
];
