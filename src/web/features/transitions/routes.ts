import type { RouteObject } from 'react-router';
import { FaellePage } from './FaellePage.js';
import { FallPage } from './FallPage.js';
import { ListePage } from './ListePage.js';
import { PruefungPage } from './PruefungPage.js';
import { RundeCreatePage } from './RundeCreatePage.js';
import { RundePage } from './RundePage.js';
import { UebersichtPage } from './UebersichtPage.js';

export { TransitionsStartPage } from './TransitionsStartPage.js';

/** Sub-pages of /uebergaenge (static paths win over `:id`). */
export const transitionsRoutes: RouteObject[] = [
  { path: 'neu', Component: RundeCreatePage },
  { path: ':id', Component: RundePage },
  { path: ':id/listen/:schuleId/:art', Component: ListePage },
  { path: ':id/pruefung', Component: PruefungPage },
  { path: ':id/faelle', Component: FaellePage },
  { path: ':id/faelle/:fallId', Component: FallPage },
  { path: ':id/uebersicht', Component: UebersichtPage },
];
