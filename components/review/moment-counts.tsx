import { useCatalogue, useKindOf } from '../app-context/settings-context';
import { SIDE_LABELS, type CallTally } from '../../lib/domain/model';

/** How many moments of each kind each side had, from the stored tally. */
export function MomentCounts({ tally }: { tally: CallTally }) {
  const catalogue = useCatalogue();
  const kindById = useKindOf();
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
      <caption className="section-heading">Counts</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">{SIDE_LABELS.them}</th>
          <th scope="col">{SIDE_LABELS.me}</th>
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
