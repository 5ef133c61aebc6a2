import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { Loading } from '../components/Loading.js';
import { QueryError } from '../components/QueryError.js';
import { hasAbility, useSession } from '../features/identity/session.js';
import { safeReturnPath } from '../lib/links.js';
import { ForbiddenPage } from './pages/ForbiddenPage.js';

/** Pages for logged-in people; everybody else goes to the login (and comes back afterwards). */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const back = `${location.pathname}${location.search}`;
    const target = back === '/' ? '/anmelden' : `/anmelden?weiter=${encodeURIComponent(back)}`;
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}

/** Administration pages: only with the ability from the session info. */
export function RequireAbility({ ability, children }: { ability: string; children: ReactNode }) {
  const session = useSession();
  if (!hasAbility(session.data, ability)) return <ForbiddenPage />;
  return <>{children}</>;
}

/** The login page is pointless when already logged in. */
export function PublicOnly() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.isPending) return <Loading />;
  if (session.data) return <Navigate to={safeReturnPath(params.get('weiter'))} replace />;
  return <Outlet />;
}
