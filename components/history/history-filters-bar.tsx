import { X } from 'lucide-react';
import { hasFilters, NO_FILTERS, type HistoryFilters } from '../../lib/domain/history-filters';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Partner } from '../../lib/domain/model';
import { VERDICT_LABELS } from '../../lib/domain/verdict-labels';
import { DateInput } from '../ui/date-input';
import { SearchField } from '../ui/search-field';

/** Search, filters and sort of the history; every change goes to the URL. */
export function HistoryFiltersBar({
  filters,
  partners,
  onChange,
}: {
  filters: HistoryFilters;
  partners: readonly Partner[];
  onChange: (filters: HistoryFilters, options?: { replace?: boolean }) => void;
}) {
  function set<K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K] | ''): void {
    // Rebuilt without the emptied key: an empty filter is no filter, not a blank one.
    const entries = Object.entries({ ...filters, [key]: value }).filter(([, v]) => v !== '');
    onChange({ q: '', sort: 'date', ...Object.fromEntries(entries) } as HistoryFilters);
  }
  return (
    <form className="filters-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <SearchField
        id="history-search"
        label="Search calls"
        placeholder="Search titles, partners, notes…"
        value={filters.q}
        onChange={(q) => onChange({ ...filters, q }, { replace: true })}
      />
      <div className="filter-row">
        <label>
          <span>Partner</span>
          <select
            value={filters.partnerId ?? ''}
            onChange={(e) => set('partnerId', e.target.value)}
          >
            <option value="">All partners</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label="Verdict"
          anyLabel="Any verdict"
          value={filters.verdict}
          options={VERDICT_LABELS}
          onChange={(v) => set('verdict', v)}
        />
        <FilterSelect
          label="Platform"
          anyLabel="Any platform"
          value={filters.platform}
          options={PLATFORM_LABELS}
          onChange={(v) => set('platform', v)}
        />
        <label>
          <span>From</span>
          <DateInput value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          <span>To</span>
          <DateInput value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          <span>Sort</span>
          <select
            value={filters.sort}
            onChange={(e) => set('sort', e.target.value === 'balance' ? 'balance' : 'date')}
          >
            <option value="date">Newest first</option>
            <option value="balance">They took most first</option>
          </select>
        </label>
        {hasFilters(filters) ? (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            <X size={14} aria-hidden="true" /> Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}

function FilterSelect<V extends string>({
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: V | undefined;
  options: Readonly<Record<V, string>>;
  onChange: (value: V | '') => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{anyLabel}</option>
        {(Object.entries(options) as Array<[V, string]>).map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
