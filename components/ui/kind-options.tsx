import { DEFAULT_KINDS, isDefaultKind, kindById } from '../../lib/domain/moment-kinds';

/** `<option>`s for every kind, plus `current` when it is not in the catalogue (a custom kind). */
export function KindOptions({ current }: { current?: string }) {
  return (
    <>
      {DEFAULT_KINDS.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
      {current && !isDefaultKind(current) ? (
        <option value={current}>{kindById(current).label}</option>
      ) : null}
    </>
  );
}
