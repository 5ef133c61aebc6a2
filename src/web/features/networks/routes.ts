import type { RouteObject } from 'react-router';
import { meetingRoutes } from './meetings/routes.js';
import { NetzwerkCreatePage } from './NetzwerkCreatePage.js';
import { NetzwerkPage } from './NetzwerkPage.js';
import { ReiheCreatePage } from './ReiheCreatePage.js';
import { TreffenCreatePage } from './TreffenCreatePage.js';

export { NetworksStartPage } from './NetworksStartPage.js';

/** Sub-pages of /netzwerke (static paths win over `:id`). */
export const networksRoutes: RouteObject[] = [
  ...meetingRoutes,
  { path: 'neu', Component: NetzwerkCreatePage },
  { path: ':id/reihen/neu', Component: ReiheCreatePage },
  { path: ':id/treffen/neu', Component: TreffenCreatePage },
  { path: ':id', Component: NetzwerkPage },
];
