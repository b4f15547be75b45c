import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  dayRange,
  filtersFromParams,
  hasFilters,
  NO_FILTERS,
  paramsFromFilters,
  type HistoryFilters,
} from '../../../lib/domain/history-filters';

describe('history filters in the URL', () => {
  test('malformed or unknown values are ignored, not trusted', () => {
    const filters = filtersFromParams(
      new URLSearchParams('verdict=<script>&platform=skype&from=yesterday&sort=random&q=acme'),
    );
    expect(filters).toEqual({ q: 'acme', sort: 'date' });
  });

  test('property: filters survive a trip through the URL', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const arbitrary = fc.record(
      {
        q: fc.string({ maxLength: 50 }),
        partnerId: fc.uuid(),
        verdict: fc.constantFrom('balanced', 'they-took-more', 'one-sided-i-took' as const),
        platform: fc.constantFrom('meet', 'zoom', 'other' as const),
        from: day,
        to: day,
        sort: fc.constantFrom('date', 'balance' as const),
      },
      { requiredKeys: ['q', 'sort'] },
    );
    fc.assert(
      fc.property(arbitrary, (filters) => {
        const url = `?${paramsFromFilters(filters as HistoryFilters).toString()}`;
        expect(filtersFromParams(new URLSearchParams(url))).toEqual(filters);
      }),
    );
  });

  test('the default view has no params; a day range covers whole local days', () => {
    expect(paramsFromFilters(NO_FILTERS).toString()).toBe('');
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: 'x' })).toBe(true);
    const [start, end] = dayRange({ from: '2026-11-23', to: '2026-11-23' });
    expect(end - start).toBe(86_400_000 - 1);
  });
});
