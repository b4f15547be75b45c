import { filtersFromParams, paramsFromFilters, type HistoryFilters } from './history-filters';
import {
  paramsFromPartnerView,
  partnerViewFromParams,
  type PartnerListView,
} from './partner-list-view';

/** Where the full page is: its hash, so the back button and bookmarks work. */
export type PageRoute =
  | { name: 'history'; filters: HistoryFilters }
  | { name: 'call'; callId: string }
  | { name: 'partners'; view: PartnerListView }
  | { name: 'partner'; partnerId: string }
  | { name: 'backup' }
  | { name: 'settings' };

export function parseRoute(hash: string): PageRoute {
  const path = hash.replace(/^#/, '');
  const [pathname = '', search = ''] = path.split('?', 2);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'call' && parts[1]) return { name: 'call', callId: parts[1] };
  if (parts[0] === 'partner' && parts[1]) return { name: 'partner', partnerId: parts[1] };
  if (parts[0] === 'partners') {
    return { name: 'partners', view: partnerViewFromParams(new URLSearchParams(search)) };
  }
  if (parts[0] === 'backup') return { name: 'backup' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'history', filters: filtersFromParams(new URLSearchParams(search)) };
}

export function formatRoute(route: PageRoute): string {
  switch (route.name) {
    case 'call':
      return `#/call/${encodeURIComponent(route.callId)}`;
    case 'partner':
      return `#/partner/${encodeURIComponent(route.partnerId)}`;
    case 'partners': {
      const params = paramsFromPartnerView(route.view).toString();
      return params ? `#/partners?${params}` : '#/partners';
    }
    case 'backup':
      return '#/backup';
    case 'settings':
      return '#/settings';
    case 'history': {
      const params = paramsFromFilters(route.filters).toString();
      return params ? `#/?${params}` : '#/';
    }
  }
}
