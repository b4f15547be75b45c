import { ChevronDown, ChevronUp, Eye, EyeOff, Pencil, Trash2 } from 'lucide-react';
import { CLASSIFICATION_LABELS, type CatalogueKind } from '../../lib/domain/catalogue';
import type { KindChanges } from '../../lib/domain/catalogue-edits';
import { IconByName } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import { KindEditor } from './kind-editor';
import type { WriteResult } from './use-catalogue-writes';

export type MoveDirection = 'up' | 'down';

/** The id of a row's move button, so focus can follow the kind to its new place. */
export function moveButtonId(prefix: string, kindId: string, direction: MoveDirection): string {
  return `${prefix}-${kindId}-${direction}`;
}

/** The id of a row's Edit button, where focus returns when its editor closes. */
export function editButtonId(prefix: string, kindId: string): string {
  return `${prefix}-${kindId}-edit`;
}

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
  const key = kind.key.toUpperCase();
  return (
    <li
      className={`kind-row tone-${kind.tone}${kind.hidden ? ' is-hidden' : ''}`}
      aria-label={kind.label}
    >
      <div className="kind-row-main" title={kind.meaning}>
        <span className="kind-row-icon">
          <IconByName name={kind.icon} size={18} />
        </span>
        <span className="kind-row-name">
          <span className="kind-row-label">{kind.label}</span>
          {kind.short !== kind.label ? (
            <span className="kind-row-short">
              <span className="visually-hidden">, short name </span>
              {kind.short}
            </span>
          ) : null}
        </span>
        <span className="kind-row-facts">
          {key ? (
            <span className="kind-row-key">
              <span className="visually-hidden">Panel key </span>
              <Kbd>{key}</Kbd>
            </span>
          ) : (
            <span className="kind-row-nokey">No key</span>
          )}
          <span className={`class-chip class-${kind.classification}`}>
            {CLASSIFICATION_LABELS[kind.classification]}
          </span>
          {kind.custom ? <span className="plain-chip">Custom</span> : null}
          {kind.hidden ? (
            <span className="plain-chip hidden-chip">
              <EyeOff size={12} aria-hidden="true" /> Hidden
            </span>
          ) : null}
        </span>
      </div>
      <div className="kind-row-actions" role="group" aria-label={`Change ${kind.label}`}>
        <button
          type="button"
          id={moveButtonId(idPrefix, kind.id, 'up')}
          className="small-button square-button"
          aria-label={`Move ${kind.label} up`}
          title="Move up"
          disabled={first}
          onClick={() => onMove('up')}
        >
          <ChevronUp size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          id={moveButtonId(idPrefix, kind.id, 'down')}
          className="small-button square-button"
          aria-label={`Move ${kind.label} down`}
          title="Move down"
          disabled={last}
          onClick={() => onMove('down')}
        >
          <ChevronDown size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="small-button"
          aria-label={`${kind.hidden ? 'Show' : 'Hide'} ${kind.label}`}
          onClick={onToggleHidden}
        >
          {kind.hidden ? (
            <>
              <Eye size={14} aria-hidden="true" /> Show
            </>
          ) : (
            <>
              <EyeOff size={14} aria-hidden="true" /> Hide
            </>
          )}
        </button>
        <button
          type="button"
          id={editButtonId(idPrefix, kind.id)}
          className="small-button"
          aria-label={`Edit ${kind.label}`}
          aria-expanded={editing}
          onClick={editing ? onCancelEdit : onEdit}
        >
          <Pencil size={14} aria-hidden="true" /> Edit
        </button>
        {kind.custom ? (
          <button
            type="button"
            className="small-button danger-text"
            aria-label={`Delete ${kind.label}`}
            onClick={onDelete}
          >
            <Trash2 size={14} aria-hidden="true" /> Delete
          </button>
        ) : null}
      </div>
      {refusal ? (
        <div className="kind-refusal" role="alert">
          <span>{refusal}</span>
          {kind.hidden ? null : (
            <button type="button" className="secondary-button" onClick={onToggleHidden}>
              <EyeOff size={14} aria-hidden="true" /> Hide it instead
            </button>
          )}
        </div>
      ) : null}
      {editing ? <KindEditor kind={kind} onSave={onSave} onCancel={onCancelEdit} /> : null}
    </li>
  );
}
