import { visibleKinds } from '../../lib/domain/catalogue';
import { useCatalogue, useKindOf } from '../app-context/settings-context';

/** `<option>`s for the kinds on the tag pad, plus `current` when it is hidden or gone. */
export function KindOptions({ current }: { current?: string }) {
  const catalogue = useCatalogue();
  const kindOf = useKindOf();
  const kinds = visibleKinds(catalogue);
  return (
    <>
      {kinds.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
      {current && !kinds.some((k) => k.id === current) ? (
        <option value={current}>{kindOf(current).label}</option>
      ) : null}
    </>
  );
}
