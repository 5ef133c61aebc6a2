import type { RouteObject } from 'react-router';
import { ComparePage } from './ComparePage.js';

/** Sub-pages of /ressourcen for comparing scenarios. */
export const compareRoutes: RouteObject[] = [{ path: 'vergleich', Component: ComparePage }];
