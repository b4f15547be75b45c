import { Suspense, type ReactNode } from 'react';
import { appDatabase } from '../../lib/db/app-database';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { formatRoute, parseRoute, type PageRoute } from '../../lib/domain/page-route';
import { DatabaseProvider } from '../app-context/database-context';
import { SurfaceProvider } from '../app-context/page-link';
import { SettingsProvider } from '../app-context/settings-context';
import { UndoNotice } from '../ui/undo-notice';
import { ErrorBoundary } from './error-boundary';
import { NAV_LINKS, pageEntry, type Navigate } from './page-routes';
import { useHashRoute } from './use-hash-route';
import { usePersistentStorage } from './use-persistent-storage';
import { useScreenChange } from './use-screen-change';
import './full-page.css';
import { useT } from '../app-context/i18n-context';

function NavLink({
  route,
  current,
  children,
}: {
  route: PageRoute;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <a href={formatRoute(route)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

/**
 * Starts loading what the page opened at `hash` needs first, so that it arrives while React
 * starts rather than after the first render asks for it: the history's first screen, a
 * partner and their calls, or the code of another page (the browser keeps the module).
 */
export function preloadRoute(db: ReciprocityDatabase, hash: string): void {
  const route = parseRoute(hash);
  // A failed preload is reported by the page's own read, or its code's load, when it renders.
  pageEntry(route)
    .preload(db, route)
    .catch(() => undefined);
}

/** The page the route names, with what it needs from the route. */
function RoutePage({ route, navigate }: { route: PageRoute; navigate: Navigate }) {
  const { Page } = pageEntry(route);
  return <Page route={route} navigate={navigate} />;
}

/** The extension's full page: history, call and partner pages, backup, settings. */
export function FullPageApp({ db = appDatabase() }: { db?: ReciprocityDatabase }) {
  usePersistentStorage();
  return (
    <ErrorBoundary>
      <DatabaseProvider db={db}>
        <SettingsProvider>
          <SurfaceProvider surface="page">
            <FullPage />
          </SurfaceProvider>
        </SettingsProvider>
      </DatabaseProvider>
    </ErrorBoundary>
  );
}

/** Inside the settings, so that its titles and links speak the chosen language. */
function FullPage() {
  const { route, navigate } = useHashRoute();
  const entry = pageEntry(route);
  const t = useT();
  useScreenChange(entry.key?.(route) ?? route.name, entry.title);
  return (
    <div className="full-page">
      <nav className="page-nav" aria-label="Reciprocity Coach">
        <span className="brand">Reciprocity Coach</span>
        {NAV_LINKS.map(({ name, label, Icon, to, current }) => (
          <NavLink key={name} route={to} current={current.includes(route.name)}>
            <Icon size={16} aria-hidden="true" /> {t(label)}
          </NavLink>
        ))}
      </nav>
      <Suspense
        fallback={
          <main className="page" aria-busy="true">
            <p className="hint">{t('shell.opening')}</p>
          </main>
        }
      >
        <RoutePage route={route} navigate={navigate} />
      </Suspense>
      <UndoNotice />
    </div>
  );
}
