import {
  PARTNER_SORT_LABELS,
  PARTNER_SORTS,
  type PartnerListView,
} from '../../lib/domain/partner-list';
import { SearchField } from '../ui/search-field';

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
        <SearchField
          id="partners-search"
          label="Search partners"
          placeholder="Search names and organisations…"
          value={view.q}
          // Letter by letter: one history entry for the search, not one per key.
          onChange={(q) => onChange({ ...view, q }, { replace: true })}
        />
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
