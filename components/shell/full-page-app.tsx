import { History, Settings, HardDriveDownload, Users } from 'lucide-react';
import { usePersistentStorage } from './use-persistent-storage';
import { lazy, Suspense, type ReactNode } from 'react';
import { appDatabase } from '../../lib/db/app-database';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { formatRoute, parseRoute, type PageRoute } from '../../lib/domain/page-route';
import { NO_FILTERS } from '../../lib/domain/history-filters';
import { DEFAULT_PARTNER_VIEW } from '../../lib/domain/partner-list';
import { preloadHistoryFirstScreen } from '../history/first-screen';
import { HistoryPage } from '../history/history-page';
import { PartnerPage, preloadPartnerPage } from '../partners/partner-page';
import { DatabaseProvider } from '../app-context/database-context';
import { ErrorBoundary } from './error-boundary';
import { SurfaceProvider } from '../app-context/page-link';
import { SettingsProvider } from '../app-context/settings-context';
import { useHashRoute } from './use-hash-route';
import { useScreenChange, type ScreenTitle } from './use-screen-change';
import { UndoNotice } from '../ui/undo-notice';
import { RecordBoundary } from '../ui/record-boundary';

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

// Each route's code loads when the route is first opened: the history, the page people
// open most, does not wait for the partner, call, backup and settings pages.
const routeModules = {
  call: () => import('../review/call-page'),
  partners: () => import('../partners/partners-page'),
  backup: () => import('../backup/backup-page'),
  settings: () => import('../settings/settings-page'),
};
const CallPage = lazy(() => routeModules.call().then((m) => ({ default: m.CallPage })));
const PartnersPage = lazy(() => routeModules.partners().then((m) => ({ default: m.PartnersPage })));
const BackupPage = lazy(() => routeModules.backup().then((m) => ({ default: m.BackupPage })));
const SettingsPage = lazy(() => routeModules.settings().then((m) => ({ default: m.SettingsPage })));

/** The window's title on each page, from its heading (a call's title, a partner's name). */
const TITLES = {
  history: () => 'History',
  partners: () => 'Partners',
  call: (heading) => (heading ? `${heading} — call` : 'Call'),
  partner: (heading) => (heading ? `${heading} — partner` : 'Partner'),
  backup: () => 'Backup and restore',
  settings: () => 'Settings',
} satisfies Record<PageRoute['name'], ScreenTitle>;

/** One key per page: a call's or partner's own, but the history's filters are the same page. */
function pageKey(route: PageRoute): string {
  if (route.name === 'call') return `call:${route.callId}`;
  if (route.name === 'partner') return `partner:${route.partnerId}`;
  return route.name;
}

/**
 * Starts loading what the page opened at `hash` needs first, so that it arrives while React
 * starts rather than after the first render asks for it: the history's first screen, a
 * partner and their calls, or the code of another page (the browser keeps the module).
 */
export function preloadRoute(db: ReciprocityDatabase, hash: string): void {
  const route = parseRoute(hash);
  if (route.name === 'history') void preloadHistoryFirstScreen(db, route.filters);
  else if (route.name === 'partner') void preloadPartnerPage(db, route.partnerId);
  else void routeModules[route.name]().catch(() => undefined);
}

/** The extension's full page: history, call and partner pages, backup, settings. */
export function FullPageApp({ db = appDatabase() }: { db?: ReciprocityDatabase }) {
  usePersistentStorage();
  const { route, navigate } = useHashRoute();
  useScreenChange(pageKey(route), TITLES[route.name]);
  const history: PageRoute = { name: 'history', filters: NO_FILTERS };
  return (
    <ErrorBoundary>
      <DatabaseProvider db={db}>
        <SettingsProvider>
          <SurfaceProvider surface="page">
            <div className="full-page">
              <nav className="page-nav" aria-label="Reciprocity Coach">
                <span className="brand">Reciprocity Coach</span>
                <NavLink
                  route={history}
                  current={route.name === 'history' || route.name === 'call'}
                >
                  <History size={16} aria-hidden="true" /> History
                </NavLink>
                <NavLink
                  route={{ name: 'partners', view: DEFAULT_PARTNER_VIEW }}
                  current={route.name === 'partners' || route.name === 'partner'}
                >
                  <Users size={16} aria-hidden="true" /> Partners
                </NavLink>
                <NavLink route={{ name: 'backup' }} current={route.name === 'backup'}>
                  <HardDriveDownload size={16} aria-hidden="true" /> Backup
                </NavLink>
                <NavLink route={{ name: 'settings' }} current={route.name === 'settings'}>
                  <Settings size={16} aria-hidden="true" /> Settings
                </NavLink>
              </nav>
              <Suspense
                fallback={
                  <main className="page" aria-busy="true">
                    <p className="hint">Opening…</p>
                  </main>
                }
              >
                {route.name === 'history' ? (
                  <HistoryPage
                    filters={route.filters}
                    onFiltersChange={(filters, options) =>
                      navigate({ name: 'history', filters }, options)
                    }
                  />
                ) : route.name === 'call' ? (
                  <div className="page">
                    <RecordBoundary
                      key={route.callId}
                      target={{ kind: 'call', callId: route.callId }}
                      variant="page"
                      onLeave={() => navigate(history)}
                    >
                      <CallPage callId={route.callId} onBack={() => window.history.back()} />
                    </RecordBoundary>
                  </div>
                ) : route.name === 'partners' ? (
                  <PartnersPage
                    view={route.view}
                    onViewChange={(view, options) => navigate({ name: 'partners', view }, options)}
                  />
                ) : route.name === 'partner' ? (
                  <PartnerPage partnerId={route.partnerId} />
                ) : route.name === 'backup' ? (
                  <BackupPage />
                ) : (
                  <SettingsPage />
                )}
              </Suspense>
              <UndoNotice />
            </div>
          </SurfaceProvider>
        </SettingsProvider>
      </DatabaseProvider>
    </ErrorBoundary>
  );
}
