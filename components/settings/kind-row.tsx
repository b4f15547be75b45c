import type { CatalogueKind } from '../../lib/domain/catalogue';
import type { KindChanges } from '../../lib/domain/catalogue-edits';
import { KindEditor } from './kind-editor';
import type { MoveDirection } from './kind-ids';
import { KindRefusal, KindRowActions, KindRowSummary } from './kind-row-parts';
import type { WriteResult } from './use-catalogue-writes';

/** One kind of the tag pad: how it looks and counts, and what can be done with it. */
export function KindRow({
  kind,
  idPrefix,
  first,
  last,
  editing,
  refusal,
  onMove,
  onToggleHidden,
  onEdit,
  onCancelEdit,
  onSave,
  onDelete,
}: {
  kind: CatalogueKind;
  idPrefix: string;
  first: boolean;
  last: boolean;
  editing: boolean;
  /** Why the last delete was refused, shown with a way out. */
  refusal: string | undefined;
  onMove: (direction: MoveDirection) => void;
  onToggleHidden: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSave: (changes: KindChanges) => Promise<WriteResult>;
  onDelete: () => void;
}) {
  return (
    <li
      className={`kind-row tone-${kind.tone}${kind.hidden ? ' is-hidden' : ''}`}
      aria-label={kind.label}
    >
      <KindRowSummary kind={kind} />
      <KindRowActions
        kind={kind}
        idPrefix={idPrefix}
        first={first}
        last={last}
        editing={editing}
        onMove={onMove}
        onToggleHidden={onToggleHidden}
        onEdit={onEdit}
        onCancelEdit={onCancelEdit}
        onDelete={onDelete}
      />
      {refusal ? (
        <KindRefusal kind={kind} refusal={refusal} onToggleHidden={onToggleHidden} />
      ) : null}
      {editing ? <KindEditor kind={kind} onSave={onSave} onCancel={onCancelEdit} /> : null}
    </li>
  );
}
