import { Search } from 'lucide-react';
import {
  PARTNER_SORT_LABELS,
  PARTNER_SORTS,
  type PartnerListView,
} from '../../lib/domain/partner-list';

/** The partners list's search and order; every change goes to the URL. */
export function PartnersToolbar({
  view,
  onChange,
}: {
  view: PartnerListView;
  onChange: (view: PartnerListView, options?: { replace?: boolean }) => void;
}) {
  return (
    <form className="filters-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="filter-row partners-toolbar">
        <div className="search-field">
          <Search size={16} aria-hidden="true" />
          <label htmlFor="partners-search" className="visually-hidden">
            Search partners
          </label>
          <input
            id="partners-search"
            type="search"
            value={view.q}
            placeholder="Search names and organisations…"
            autoComplete="off"
            // Letter by letter: one history entry for the search, not one per key.
            onChange={(e) => onChange({ ...view, q: e.target.value }, { replace: true })}
          />
        </div>
        <label>
          <span>Sort</span>
          <select
            value={view.sort}
            onChange={(e) =>
              onChange({
                ...view,
                sort: PARTNER_SORTS.find((s) => s === e.target.value) ?? view.sort,
              })
            }
          >
            {PARTNER_SORTS.map((s) => (
              <option key={s} value={s}>
                {PARTNER_SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </form>
  );
}
