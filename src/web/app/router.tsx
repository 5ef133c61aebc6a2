import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { sharedScenarioRoutes } from '../features/allocation/shared/routes.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { InvitationPage } from '../features/identity/InvitationPage.js';
import { LoginPage } from '../features/identity/LoginPage.js';
import { ProfilePage } from '../features/identity/ProfilePage.js';
import { ResetPasswordPage } from '../features/identity/ResetPasswordPage.js';
import { SetupPage } from '../features/identity/SetupPage.js';
import { ModulePlaceholderPage } from '../features/modules/ModulePlaceholderPage.js';
import { ScopesPage } from '../features/scopes/ScopesPage.js';
import { UserDetailPage } from '../features/users/UserDetailPage.js';
import { UsersPage } from '../features/users/UsersPage.js';
import { PublicOnly, RequireAbility, RequireAuth } from './guards.js';
import { moduleRoutes } from './modules.js';
import { ErrorPage } from './pages/ErrorPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { RootErrorPage } from './pages/RootErrorPage.js';
import { RootLayout } from './RootLayout.js';

const moduleRouteObjects: RouteObject[] = moduleRoutes.map(({ key, path, Component, children }) => ({
  path: path.slice(1),
  children: [
    { index: true, element: Component ? <Component /> : <ModulePlaceholderPage moduleKey={key} /> },
    ...(children ?? []),
  ],
}));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RootErrorPage />,
    children: [
      {
        // Errors of a page render inside the layout, so navigation stays usable.
        errorElement: <ErrorPage />,
        children: [
          { element: <PublicOnly />, children: [{ path: 'anmelden', element: <LoginPage /> }] },
          { path: 'einrichtung', element: <SetupPage /> },
          { path: 'einladung/:token', element: <InvitationPage /> },
          { path: 'passwort-zuruecksetzen/:token', element: <ResetPasswordPage /> },
          // Shared scenarios are read without an account.
          ...sharedScenarioRoutes,
          {
            element: <RequireAuth />,
            children: [
              { index: true, element: <HomePage /> },
              ...moduleRouteObjects,
              { path: 'profil', element: <ProfilePage /> },
              {
                path: 'verwaltung',
                children: [
                  { index: true, element: <Navigate to="/verwaltung/benutzer" replace /> },
                  { path: 'benutzer', element: <RequireAbility ability="user.manage"><UsersPage /></RequireAbility> },
                  { path: 'benutzer/:id', element: <RequireAbility ability="user.manage"><UserDetailPage /></RequireAbility> },
                  { path: 'organisationseinheiten', element: <RequireAbility ability="scope.manage"><ScopesPage /></RequireAbility> },
                  { path: 'protokoll', element: <RequireAbility ability="audit.read"><AuditPage /></RequireAbility> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
