import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-aria-components';
import { Navigate, Outlet, useHref, useLocation, useNavigate, type NavigateOptions } from 'react-router';
import { Loading } from '../components/Loading.js';
import { QueryError } from '../components/QueryError.js';
import { useSession, useSetupStatus } from '../features/identity/session.js';
import { currentLanguage, isLanguage, rememberLanguage } from '../i18n/index.js';
import { AppShell } from './shell/AppShell.js';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

const setupPath = '/einrichtung';

/** Before the first account exists, every address leads to the setup page, and afterwards none does. */
function SetupGate() {
  const setup = useSetupStatus();
  const { pathname } = useLocation();
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <QueryError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.data.needsSetup && pathname !== setupPath) return <Navigate to={setupPath} replace />;
  if (!setup.data.needsSetup && pathname === setupPath) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** The language stored in the profile wins when someone logs in. */
function useProfileLanguage() {
  const { i18n } = useTranslation();
  const session = useSession();
  const userId = session.data?.user.id;
  const locale = session.data?.user.locale;
  useEffect(() => {
    if (!userId || !isLanguage(locale) || locale === currentLanguage()) return;
    rememberLanguage(locale);
    void i18n.changeLanguage(locale);
    // Only when the logged-in person changes, not on every profile update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);
}

export function RootLayout() {
  const navigate = useNavigate();
  useProfileLanguage();
  return (
    <RouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <AppShell>
        <SetupGate />
      </AppShell>
    </RouterProvider>
  );
}
