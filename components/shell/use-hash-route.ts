import { useCallback, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type PageRoute } from '../../lib/domain/page-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/**
 * The full page's route, from and to the URL hash. `replace` is for filters typed
 * letter by letter, which should not leave one history entry per keystroke.
 */
export function useHashRoute(): {
  route: PageRoute;
  navigate: (route: PageRoute, options?: { replace?: boolean }) => void;
} {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((route: PageRoute, options?: { replace?: boolean }) => {
    const next = formatRoute(route);
    if (options?.replace) {
      window.history.replaceState(null, '', next);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = next;
    }
  }, []);
  return { route: parseRoute(hash), navigate };
}
