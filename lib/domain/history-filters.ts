import { VERDICTS, type Platform, type Verdict } from './model';

export type HistorySort = 'date' | 'balance';

/** What the history shows; every field lives in the page's URL so a view can be reopened. */
export interface HistoryFilters {
  q: string;
  partnerId?: string;
  verdict?: Verdict;
  platform?: Platform;
  /** Inclusive day range, as `YYYY-MM-DD` strings like the date inputs use. */
  from?: string;
  to?: string;
  sort: HistorySort;
}

export const NO_FILTERS: HistoryFilters = { q: '', sort: 'date' };

const PLATFORMS: readonly Platform[] = ['meet', 'zoom', 'teams', 'webex', 'other'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** Reads filters from URL search params; anything unknown or malformed is ignored. */
export function filtersFromParams(params: URLSearchParams): HistoryFilters {
  const filters: HistoryFilters = {
    q: (params.get('q') ?? '').slice(0, 200),
    sort: params.get('sort') === 'balance' ? 'balance' : 'date',
  };
  const partnerId = params.get('partner');
  if (partnerId) filters.partnerId = partnerId.slice(0, 100);
  const verdict = pick(params.get('verdict'), VERDICTS);
  if (verdict) filters.verdict = verdict;
  const platform = pick(params.get('platform'), PLATFORMS);
  if (platform) filters.platform = platform;
  const from = params.get('from');
  if (from && DAY.test(from)) filters.from = from;
  const to = params.get('to');
  if (to && DAY.test(to)) filters.to = to;
  return filters;
}

/** The URL search params for `filters`, leaving out defaults so URLs stay short. */
export function paramsFromFilters(filters: HistoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.partnerId) params.set('partner', filters.partnerId);
  if (filters.verdict) params.set('verdict', filters.verdict);
  if (filters.platform) params.set('platform', filters.platform);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== 'date') params.set('sort', filters.sort);
  return params;
}

/** Local-time epoch range of the inclusive day range, open where a bound is missing. */
export function dayRange(filters: Pick<HistoryFilters, 'from' | 'to'>): [number, number] {
  const start = filters.from ? new Date(`${filters.from}T00:00:00`).getTime() : 0;
  const end = filters.to
    ? new Date(`${filters.to}T23:59:59.999`).getTime()
    : Number.MAX_SAFE_INTEGER;
  return [Number.isNaN(start) ? 0 : start, Number.isNaN(end) ? Number.MAX_SAFE_INTEGER : end];
}

export function hasFilters(filters: HistoryFilters): boolean {
  return paramsFromFilters({ ...filters, sort: 'date' }).toString() !== '';
}
