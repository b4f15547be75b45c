import { ChevronDown, ChevronUp, Eye, EyeOff, Pencil, Trash2 } from 'lucide-react';
import type { CatalogueKind } from '../../lib/domain/catalogue';
import { CLASSIFICATION_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { IconByName } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import { editButtonId, moveButtonId, type MoveDirection } from './kind-ids';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-settings';

/** How the kind looks on the pad, its key, and how it counts. */
export function KindRowSummary({ kind }: { kind: CatalogueKind }) {
  const key = kind.key.toUpperCase();
  const t = useT();
  return (
    <div className="kind-row-main" title={kind.meaning}>
      <span className="kind-row-icon">
        <IconByName name={kind.icon} size={18} />
      </span>
      <span className="kind-row-name">
        <span className="kind-row-label">{kind.label}</span>
        {kind.short !== kind.label ? (
          <span className="kind-row-short">
            <span className="visually-hidden">{t('settings.kinds.shortName')}</span>
            {kind.short}
          </span>
        ) : null}
      </span>
      <span className="kind-row-facts">
        {key ? (
          <span className="kind-row-key">
            <span className="visually-hidden">{t('settings.kinds.panelKey')}</span>
            <Kbd>{key}</Kbd>
          </span>
        ) : (
          <span className="kind-row-nokey">{t('settings.kinds.noKey')}</span>
        )}
        <span className={`class-chip class-${kind.classification}`}>
          {t(CLASSIFICATION_LABEL_IDS[kind.classification])}
        </span>
        {kind.custom ? <span className="plain-chip">{t('settings.kinds.custom')}</span> : null}
        {kind.hidden ? (
          <span className="plain-chip hidden-chip">
            <EyeOff size={12} aria-hidden="true" /> {t('settings.kinds.hidden')}
          </span>
        ) : null}
      </span>
    </div>
  );
}

function MoveButton({
  kind,
  idPrefix,
  direction,
  disabled,
  onMove,
}: {
  kind: CatalogueKind;
  idPrefix: string;
  direction: MoveDirection;
  disabled: boolean;
  onMove: (direction: MoveDirection) => void;
}) {
  const Icon = direction === 'up' ? ChevronUp : ChevronDown;
  const t = useT();
  return (
    <button
      type="button"
      id={moveButtonId(idPrefix, kind.id, direction)}
      className="small-button square-button"
      aria-label={t(
        direction === 'up' ? 'settings.kinds.moveUp.label' : 'settings.kinds.moveDown.label',
        { kind: kind.label },
      )}
      title={t(direction === 'up' ? 'settings.kinds.moveUp' : 'settings.kinds.moveDown')}
      disabled={disabled}
      onClick={() => onMove(direction)}
    >
      <Icon size={14} aria-hidden="true" />
    </button>
  );
}

/** Move, hide or show, edit, and (a custom kind) delete. */
export function KindRowActions({
  kind,
  idPrefix,
  first,
  last,
  editing,
  onMove,
  onToggleHidden,
  onEdit,
  onCancelEdit,
  onDelete,
}: {
  kind: CatalogueKind;
  idPrefix: string;
  first: boolean;
  last: boolean;
  editing: boolean;
  onMove: (direction: MoveDirection) => void;
  onToggleHidden: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  return (
    <div
      className="kind-row-actions"
      role="group"
      aria-label={t('settings.kinds.change', { kind: kind.label })}
    >
      <MoveButton kind={kind} idPrefix={idPrefix} direction="up" disabled={first} onMove={onMove} />
      <MoveButton
        kind={kind}
        idPrefix={idPrefix}
        direction="down"
        disabled={last}
        onMove={onMove}
      />
      <button
        type="button"
        className="small-button"
        aria-label={t(kind.hidden ? 'settings.kinds.show.label' : 'settings.kinds.hide.label', {
          kind: kind.label,
        })}
        onClick={onToggleHidden}
      >
        {kind.hidden ? (
          <>
            <Eye size={14} aria-hidden="true" /> {t('settings.kinds.show')}
          </>
        ) : (
          <>
            <EyeOff size={14} aria-hidden="true" /> {t('settings.kinds.hide')}
          </>
        )}
      </button>
      <button
        type="button"
        id={editButtonId(idPrefix, kind.id)}
        className="small-button"
        aria-label={t('settings.kinds.edit', { kind: kind.label })}
        aria-expanded={editing}
        onClick={editing ? onCancelEdit : onEdit}
      >
        <Pencil size={14} aria-hidden="true" /> {t('settings.kinds.editButton')}
      </button>
      {kind.custom ? (
        <button
          type="button"
          className="small-button danger-text"
          aria-label={t('settings.kinds.delete.label', { kind: kind.label })}
          onClick={onDelete}
        >
          <Trash2 size={14} aria-hidden="true" /> {t('settings.kinds.delete')}
        </button>
      ) : null}
    </div>
  );
}

/** Why a delete was refused, with hiding the kind offered instead. */
export function KindRefusal({
  kind,
  refusal,
  onToggleHidden,
}: {
  kind: CatalogueKind;
  refusal: string;
  onToggleHidden: () => void;
}) {
  const t = useT();
  return (
    <div className="kind-refusal" role="alert">
      <span>{refusal}</span>
      {kind.hidden ? null : (
        <button type="button" className="secondary-button" onClick={onToggleHidden}>
          <EyeOff size={14} aria-hidden="true" /> {t('settings.kinds.hideInstead')}
        </button>
      )}
    </div>
  );
}
