import { X } from 'lucide-react';
import { useMemo } from 'react';
import { hasFilters, NO_FILTERS, type HistoryFilters } from '../../lib/domain/history-filters';
import { PLATFORM_LABELS } from '../../lib/domain/meeting-tab';
import type { Partner } from '../../lib/domain/model';
import { VERDICT_LABEL_IDS } from '../../lib/domain/verdict-labels';
import { DateInput } from '../ui/date-input';
import { SearchField } from '../ui/search-field';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-history';

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
  const t = useT();
  const { verdicts, platforms } = useFilterLabels();
  function set<K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K] | ''): void {
    // Rebuilt without the emptied key: an empty filter is no filter, not a blank one.
    const entries = Object.entries({ ...filters, [key]: value }).filter(([, v]) => v !== '');
    onChange({ q: '', sort: 'date', ...Object.fromEntries(entries) } as HistoryFilters);
  }
  return (
    <form className="filters-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <SearchField
        id="history-search"
        label={t('history.search.label')}
        placeholder={t('history.search.placeholder')}
        value={filters.q}
        onChange={(q) => onChange({ ...filters, q }, { replace: true })}
      />
      <div className="filter-row">
        <label>
          <span>{t('history.filter.partner')}</span>
          <select
            value={filters.partnerId ?? ''}
            onChange={(e) => set('partnerId', e.target.value)}
          >
            <option value="">{t('history.filter.allPartners')}</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label={t('history.filter.verdict')}
          anyLabel={t('history.filter.anyVerdict')}
          value={filters.verdict}
          options={verdicts}
          onChange={(v) => set('verdict', v)}
        />
        <FilterSelect
          label={t('history.filter.platform')}
          anyLabel={t('history.filter.anyPlatform')}
          value={filters.platform}
          options={platforms}
          onChange={(v) => set('platform', v)}
        />
        <label>
          <span>{t('history.filter.from')}</span>
          <DateInput value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          <span>{t('history.filter.to')}</span>
          <DateInput value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          <span>{t('history.filter.sort')}</span>
          <select
            value={filters.sort}
            onChange={(e) => set('sort', e.target.value === 'balance' ? 'balance' : 'date')}
          >
            <option value="date">{t('history.filter.newest')}</option>
            <option value="balance">{t('history.filter.tookMost')}</option>
          </select>
        </label>
        {hasFilters(filters) ? (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            <X size={14} aria-hidden="true" /> {t('history.filter.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The verdicts' and platforms' names in the UI's language, for the filters' options. */
function useFilterLabels() {
  const t = useT();
  return useMemo(
    () => ({
      verdicts: mapValues(VERDICT_LABEL_IDS, (id) => t(id)),
      platforms: { ...PLATFORM_LABELS, other: t('home.start.platform.other') },
    }),
    [t],
  );
}

function mapValues<K extends string, A, B>(
  record: Readonly<Record<K, A>>,
  f: (value: A) => B,
): Record<K, B> {
  return Object.fromEntries(
    (Object.entries(record) as Array<[K, A]>).map(([k, v]) => [k, f(v)]),
  ) as Record<K, B>;
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
