import { PARTNER_SORTS, type PartnerListView } from '../../lib/domain/partner-list';
import { SearchField } from '../ui/search-field';
import { PARTNER_SORT_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-partners';

/** The partners list's search and order; every change goes to the URL. */
export function PartnersToolbar({
  view,
  onChange,
}: {
  view: PartnerListView;
  onChange: (view: PartnerListView, options?: { replace?: boolean }) => void;
}) {
  const t = useT();
  return (
    <form className="filters-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="filter-row partners-toolbar">
        <SearchField
          id="partners-search"
          label={t('partners.search.label')}
          placeholder={t('partners.search.placeholder')}
          value={view.q}
          // Letter by letter: one history entry for the search, not one per key.
          onChange={(q) => onChange({ ...view, q }, { replace: true })}
        />
        <label>
          <span>{t('partners.sort')}</span>
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
                {t(PARTNER_SORT_LABEL_IDS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </form>
  );
}
