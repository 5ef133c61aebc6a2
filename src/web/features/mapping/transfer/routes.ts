import type { RouteObject } from 'react-router';
import { MappingTransferPage } from './MappingTransferPage.js';

export { MappingTransferPanel, type MappingTransferPanelProps } from './MappingTransferPanel.js';
export { MappingTransferPage } from './MappingTransferPage.js';
export { canImportInto } from './permissions.js';

/** Sub-page of /akteure: /akteure/import-export?kommune=… */
export const mappingTransferRoutes: RouteObject[] = [{ path: 'import-export', Component: MappingTransferPage }];
