import type { RouteObject } from 'react-router';
import { AkteurCreatePage, AkteurDetailPage } from '../akteure/AkteurPage.js';
import { AkteureListPage } from '../akteure/AkteureListPage.js';
import { AngebotCreatePage, AngebotDetailPage } from '../angebote/AngebotPage.js';
import { AngeboteListPage } from '../angebote/AngeboteListPage.js';
import { KooperationCreatePage, KooperationDetailPage } from '../kooperationen/KooperationPage.js';
import { KooperationenListPage } from '../kooperationen/KooperationenListPage.js';

export { MappingStartPage } from './MappingStartPage.js';
export { MappingSubnav, mappingSubnavItems, type MappingSubnavItem } from './MappingSubnav.js';

/** Actors, offers and cooperations: sub-pages of /akteure (static paths win over `:id`). */
export const mappingCrudRoutes: RouteObject[] = [
  { path: 'liste', Component: AkteureListPage },
  { path: 'neu', Component: AkteurCreatePage },
  { path: 'angebote', Component: AngeboteListPage },
  { path: 'angebote/neu', Component: AngebotCreatePage },
  { path: 'angebote/:id', Component: AngebotDetailPage },
  { path: 'kooperationen', Component: KooperationenListPage },
  { path: 'kooperationen/neu', Component: KooperationCreatePage },
  { path: 'kooperationen/:id', Component: KooperationDetailPage },
  { path: ':id', Component: AkteurDetailPage },
];
