import { HardDriveDownload, History, Settings, Users, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import type { ReciprocityDatabase } from '../../lib/db/database';
import { NO_FILTERS } from '../../lib/domain/history-filters';
import type { MessageId } from '../../lib/domain/i18n/translate';
import type { PageRoute } from '../../lib/domain/page-route';
import { DEFAULT_PARTNER_VIEW } from '../../lib/domain/partner-list-view';
import { preloadHistoryFirstScreen } from '../history/first-screen';
import { HistoryPage } from '../history/history-page';
import { PartnerPage, preloadPartnerPage } from '../partners/partner-page';
import { RecordBoundary } from '../ui/record-boundary';
import type { ScreenTitle } from './use-screen-change';

export type RouteName = PageRoute['name'];
type RouteOf<N extends RouteName> = Extract<PageRoute, { name: N }>;
export type Navigate = (route: PageRoute, options?: { replace?: boolean }) => void;

export interface PageProps<N extends RouteName> {
  route: RouteOf<N>;
  navigate: Navigate;
}

/** A page's own link in the full page's nav. */
export interface NavLinkSpec {
  label: MessageId;
  Icon: LucideIcon;
  /** Where the link goes. */
  to: PageRoute;
}

export interface PageEntry<N extends RouteName> {
  Page: ComponentType<PageProps<N>>;
  /** The window's title, from the page's heading (a call's title, a partner's name). */
  title: ScreenTitle;
  /** Its own link in the nav, or the route whose link is current while it shows. */
  nav: NavLinkSpec | { within: RouteName };
  /** One key per page (for focus and the title): a call's or partner's own, else the name. */
  key?: (route: RouteOf<N>) => string;
  /** Starts loading what the page needs first: its first screen's data, or its code. */
  preload: (db: ReciprocityDatabase, route: RouteOf<N>) => Promise<unknown>;
}

/**
 * A page whose code loads when it is first opened (or preloaded): the history, the page
 * people open most, does not wait for the others. `page` builds the route's component from
 * the loaded module, once.
 */
function lazyPage<M, N extends RouteName>(
  load: () => Promise<M>,
  page: (module: M) => ComponentType<PageProps<N>>,
): Pick<PageEntry<N>, 'Page' | 'preload'> {
  return { Page: lazy(() => load().then((m) => ({ default: page(m) }))), preload: load };
}

const HISTORY: PageRoute = { name: 'history', filters: NO_FILTERS };

/**
 * Every page of the full page: adding one is an entry here (and its route in
 * lib/domain/page-route.ts). The nav shows the entries with a link, in this order.
 */
export const PAGE_ROUTES: { [N in RouteName]: PageEntry<N> } = {
  history: {
    Page: ({ route, navigate }) => (
      <HistoryPage
        filters={route.filters}
        onFiltersChange={(filters, options) => navigate({ name: 'history', filters }, options)}
      />
    ),
    title: (_heading, t) => t('shell.nav.history'),
    nav: { label: 'shell.nav.history', Icon: History, to: HISTORY },
    preload: (db, route) => preloadHistoryFirstScreen(db, route.filters),
  },
  call: {
    ...lazyPage(
      () => import('../review/call-page'),
      ({ CallPage }) =>
        function CallRoute({ route, navigate }: PageProps<'call'>) {
          return (
            <div className="page">
              <RecordBoundary
                key={route.callId}
                target={{ kind: 'call', callId: route.callId }}
                variant="page"
                onLeave={() => navigate(HISTORY)}
              >
                <CallPage callId={route.callId} onBack={() => window.history.back()} />
              </RecordBoundary>
            </div>
          );
        },
    ),
    title: (heading, t) => (heading ? t('shell.title.callOf', { heading }) : t('shell.title.call')),
    nav: { within: 'history' },
    key: (route) => `call:${route.callId}`,
  },
  partners: {
    ...lazyPage(
      () => import('../partners/partners-page'),
      ({ PartnersPage }) =>
        function PartnersRoute({ route, navigate }: PageProps<'partners'>) {
          return (
            <PartnersPage
              view={route.view}
              onViewChange={(view, options) => navigate({ name: 'partners', view }, options)}
            />
          );
        },
    ),
    title: (_heading, t) => t('shell.nav.partners'),
    nav: {
      label: 'shell.nav.partners',
      Icon: Users,
      to: { name: 'partners', view: DEFAULT_PARTNER_VIEW },
    },
  },
  partner: {
    Page: ({ route }) => <PartnerPage partnerId={route.partnerId} />,
    title: (heading, t) =>
      heading ? t('shell.title.partnerOf', { heading }) : t('shell.title.partner'),
    nav: { within: 'partners' },
    key: (route) => `partner:${route.partnerId}`,
    preload: (db, route) => preloadPartnerPage(db, route.partnerId),
  },
  backup: {
    ...lazyPage(
      () => import('../backup/backup-page'),
      ({ BackupPage }) => BackupPage,
    ),
    title: (_heading, t) => t('shell.title.backup'),
    nav: { label: 'shell.nav.backup', Icon: HardDriveDownload, to: { name: 'backup' } },
  },
  settings: {
    ...lazyPage(
      () => import('../settings/settings-page'),
      ({ SettingsPage }) => SettingsPage,
    ),
    title: (_heading, t) => t('shell.nav.settings'),
    nav: { label: 'shell.nav.settings', Icon: Settings, to: { name: 'settings' } },
  },
};

/** The entry of a route, typed for that route (indexing by a union name loses the link). */
export function pageEntry<N extends RouteName>(route: RouteOf<N>): PageEntry<N> {
  return PAGE_ROUTES[route.name as N];
}

/** The nav's links, in the table's order, each with the routes it is current on. */
export const NAV_LINKS = (Object.keys(PAGE_ROUTES) as RouteName[]).flatMap((name) => {
  const { nav } = PAGE_ROUTES[name];
  if ('within' in nav) return [];
  const current = (Object.keys(PAGE_ROUTES) as RouteName[]).filter((other) => {
    const otherNav = PAGE_ROUTES[other].nav;
    return other === name || ('within' in otherNav && otherNav.within === name);
  });
  return [{ ...nav, name, current }];
});
