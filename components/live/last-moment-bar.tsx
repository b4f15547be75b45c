import { ArrowLeftRight, Redo2, Undo2 } from 'lucide-react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../app-context/settings-context';
import { SIDE_LABELS, otherSide, type Moment } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import { useTimedDismiss } from './use-timed-dismiss';
import { openNoteTarget } from '../../lib/store/tagging-slice';
import { KindIcon } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import { KindOptions } from '../ui/kind-options';
import type { Tagger } from './use-tagger';
import '../ui/moment-row.css';

/** The newest moment, with the corrections people need mid-call: note, side, kind, undo. */
export const LastMomentBar = memo(function LastMomentBar({
  last,
  tagger,
}: {
  last: Moment | undefined;
  tagger: Tagger;
}) {
  const kindById = useKindOf();
  const { noteTargetId, undone } = useStore(
    useShallow((s) => ({ noteTargetId: openNoteTarget(s), undone: s.undone })),
  );
  const notice = (inLiveRegion: boolean) =>
    undone ? (
      <UndoneNotice
        key={undone.id}
        undone={undone}
        onRedo={() => void tagger.redo()}
        inLiveRegion={inLiveRegion}
      />
    ) : null;

  if (!last) {
    return (
      <div className="last-moment last-moment-empty" aria-live="polite">
        {notice(true) ?? (
          <p className="hint">Tag what you hear: press a letter for them, Shift+letter for you.</p>
        )}
      </div>
    );
  }
  const kind = kindById(last.kind);
  return (
    <div className="last-moment" aria-label="Last moment">
      <div className="last-moment-row" aria-live="polite">
        <span className={`side-chip side-${last.side}`}>{SIDE_LABELS[last.side]}</span>
        <span className={`kind-chip tone-${kind.tone}`}>
          <KindIcon kind={last.kind} size={14} />
          {kind.short}
        </span>
        <span className="offset">{formatOffset(last.offsetMs)}</span>
        {/* Announced with the rest of the row: a live region nested in another is read
            twice, or not at all, depending on the screen reader. */}
        <span className="saved">Saved</span>
      </div>
      <div className="last-moment-actions">
        <button
          type="button"
          className="small-button"
          onClick={() => void tagger.change(last.id, { side: otherSide(last.side) })}
          aria-keyshortcuts="X"
        >
          <ArrowLeftRight size={14} aria-hidden="true" /> Switch to{' '}
          {SIDE_LABELS[otherSide(last.side)]}
          <Kbd>X</Kbd>
        </button>
        <label className="kind-select">
          <span className="visually-hidden">Change kind</span>
          <select
            value={last.kind}
            onChange={(e) => void tagger.change(last.id, { kind: e.target.value })}
          >
            <KindOptions current={last.kind} />
          </select>
        </label>
        <button
          type="button"
          className="small-button"
          onClick={() => void tagger.undo(last)}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <Undo2 size={14} aria-hidden="true" /> Undo <Kbd>Ctrl+Z</Kbd>
        </button>
      </div>
      {last.note && noteTargetId !== last.id ? <p className="last-note">“{last.note}”</p> : null}
      {notice(false)}
    </div>
  );
});

/** How long "Removed … Bring it back" stays, unless hovered or focused; the next tag ends it too. */
export const UNDONE_NOTICE_MS = 12_000;

function UndoneNotice({
  undone,
  onRedo,
  inLiveRegion = false,
}: {
  undone: Moment;
  onRedo: () => void;
  /** Inside a region that already announces it: then not a live region of its own. */
  inLiveRegion?: boolean;
}) {
  const kindById = useKindOf();
  const timing = useTimedDismiss(UNDONE_NOTICE_MS, () => {
    // Only this removal's notice: a newer one has its own time.
    if (useStore.getState().undone?.id === undone.id) useStore.getState().setUndone(null);
  });
  return (
    <p className="undone" role={inLiveRegion ? undefined : 'status'} {...timing}>
      Removed {SIDE_LABELS[undone.side]} · {kindById(undone.kind).short} at{' '}
      {formatOffset(undone.offsetMs)}.{' '}
      <button type="button" className="link-button" onClick={onRedo}>
        <Redo2 size={14} aria-hidden="true" /> Bring it back
      </button>
    </p>
  );
}
