import { useCatalogue, useKindOf } from '../app-context/settings-context';
import type { CallTally } from '../../lib/domain/model';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-review';

/** How many moments of each kind each side had, from the stored tally. */
export function MomentCounts({ tally }: { tally: CallTally }) {
  const catalogue = useCatalogue();
  const kindById = useKindOf();
  const t = useT();
  const kinds = new Set<string>([
    ...catalogue.kinds.map((k) => k.id),
    ...Object.keys(tally.counts.them),
    ...Object.keys(tally.counts.me),
  ]);
  const rows = [...kinds].filter(
    (k) => (tally.counts.them[k] ?? 0) + (tally.counts.me[k] ?? 0) > 0,
  );
  if (rows.length === 0) return null;
  return (
    <table className="moment-counts">
      <caption className="section-heading">{t('review.counts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.counts.kind')}</th>
          <th scope="col">{t('side.them')}</th>
          <th scope="col">{t('side.me')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k}>
            <th scope="row">{kindById(k).short}</th>
            <td>{tally.counts.them[k] ?? 0}</td>
            <td>{tally.counts.me[k] ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
