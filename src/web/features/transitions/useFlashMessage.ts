import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The confirmation a form passes along to the next page. It is read once and removed from the
 * history entry, so reloading the page does not announce it again.
 */
export function useFlashMessage(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (message) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // Only once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return message;
}
