import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from '../lib/api.js';
import { sessionKey } from '../features/identity/session.js';

function retry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const transient = error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504;
  return transient && failureCount < 2;
}

/**
 * A 401 on an ordinary request means the session has ended: forget it, and the route guard
 * sends the person to the login page (and back afterwards).
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== sessionKey[0]) endSession();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isApiError(error) && error.status === 401 && !mutation.meta?.authFlow) endSession();
      },
    }),
    defaultOptions: {
      queries: { retry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  function endSession() {
    setCsrfToken(null);
    client.setQueryData(sessionKey, null);
  }
  return client;
}
