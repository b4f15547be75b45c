/**
 * The partners list's view (search and order) and its form in the page's URL: apart from the
 * list itself, so the router, which every page loads, does not bring the list's code along.
 */

/** How the partners list is ordered; `took` is who took most relative to you, first. */
export type PartnerSort = 'last' | 'name' | 'calls' | 'took';
export const PARTNER_SORTS: readonly PartnerSort[] = ['last', 'name', 'calls', 'took'];

/** What the partners list shows; it lives in the page's URL, as the history's filters do. */
export interface PartnerListView {
  q: string;
  sort: PartnerSort;
}

export const DEFAULT_PARTNER_VIEW: PartnerListView = { q: '', sort: 'last' };

/** Reads the view from URL search params; anything unknown or malformed is ignored. */
export function partnerViewFromParams(params: URLSearchParams): PartnerListView {
  const sort = PARTNER_SORTS.find((s) => s === params.get('sort')) ?? DEFAULT_PARTNER_VIEW.sort;
  return { q: (params.get('q') ?? '').slice(0, 200), sort };
}

/** The URL search params for `view`, leaving out defaults so URLs stay short. */
export function paramsFromPartnerView(view: PartnerListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.sort !== DEFAULT_PARTNER_VIEW.sort) params.set('sort', view.sort);
  return params;
}
