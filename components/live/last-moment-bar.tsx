import { ArrowLeftRight, Redo2, Undo2 } from 'lucide-react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatOffset } from '../../lib/domain/format-time';
import { useKindOf } from '../app-context/settings-context';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { otherSide, type Moment } from '../../lib/domain/model';
import { useStore } from '../../lib/store/store';
import { useTimedDismiss } from './use-timed-dismiss';
import { openNoteTarget } from '../../lib/store/tagging-slice';
import { KindIcon } from '../ui/kind-icon';
import { Kbd } from '../ui/kbd';
import { KindOptions } from '../ui/kind-options';
import type { Tagger } from './use-tagger';
import '../ui/moment-row.css';
import { useT } from '../app-context/i18n-context';

/** The newest moment, with the corrections people need mid-call: note, side, kind, undo. */
export const LastMomentBar = memo(function LastMomentBar({
  last,
  tagger,
}: {
  last: Moment | undefined;
  tagger: Tagger;
}) {
  const kindById = useKindOf();
  const t = useT();
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
      <div className="live-card last-moment last-moment-empty" aria-live="polite">
        {notice(true) ?? <p className="hint">{t('live.last.hint')}</p>}
      </div>
    );
  }
  const kind = kindById(last.kind);
  return (
    <div className="live-card last-moment" aria-label={t('live.last.label')}>
      <div className="last-moment-row" aria-live="polite">
        <span className={`side-chip side-${last.side}`}>{t(SIDE_LABEL_IDS[last.side])}</span>
        <span className={`kind-chip tone-${kind.tone}`}>
          <KindIcon kind={last.kind} size={14} />
          {kind.short}
        </span>
        <span className="offset">{formatOffset(last.offsetMs)}</span>
        {/* Announced with the rest of the row: a live region nested in another is read
            twice, or not at all, depending on the screen reader. */}
        <span className="saved">{t('live.last.saved')}</span>
      </div>
      <div className="last-moment-actions">
        <button
          type="button"
          className="small-button"
          onClick={() => void tagger.change(last.id, { side: otherSide(last.side) })}
          aria-keyshortcuts="X"
        >
          <ArrowLeftRight size={14} aria-hidden="true" />{' '}
          {t('live.last.switchTo', { side: t(SIDE_LABEL_IDS[otherSide(last.side)]) })}
          <Kbd>X</Kbd>
        </button>
        <label className="kind-select">
          <span className="visually-hidden">{t('live.last.changeKind')}</span>
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
          <Undo2 size={14} aria-hidden="true" /> {t('live.last.undo')} <Kbd>Ctrl+Z</Kbd>
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
  const t = useT();
  const timing = useTimedDismiss(UNDONE_NOTICE_MS, () => {
    // Only this removal's notice: a newer one has its own time.
    if (useStore.getState().undone?.id === undone.id) useStore.getState().setUndone(null);
  });
  return (
    <p className="undone" role={inLiveRegion ? undefined : 'status'} {...timing}>
      {t('live.undone', {
        side: t(SIDE_LABEL_IDS[undone.side]),
        kind: kindById(undone.kind).short,
        offset: formatOffset(undone.offsetMs),
      })}{' '}
      <button type="button" className="link-button" onClick={onRedo}>
        <Redo2 size={14} aria-hidden="true" /> {t('live.undone.redo')}
      </button>
    </p>
  );
}
