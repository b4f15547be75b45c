import { CircleAlert, RotateCw } from 'lucide-react';
import { formatDate, isValidTime } from '../../lib/domain/format-time';
import type { UnsavedTag } from '../../lib/extension/unsaved-tags';
import { useStore } from '../../lib/store/store';
import { useKindOf } from '../app-context/settings-context';
import { ConfirmButton } from '../ui/confirm-button';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { useUnsavedTagActions } from './use-unsaved-tag-actions';
import { useUnsavedTags } from './use-unsaved-tags';
import './unsaved-tags-notice.css';
import { useT } from '../app-context/i18n-context';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

function UnsavedTagItem({ tag }: { tag: UnsavedTag }) {
  const kindById = useKindOf();
  const t = useT();
  return (
    <li>
      <time
        {...(isValidTime(tag.pressedAt) ? { dateTime: new Date(tag.pressedAt).toISOString() } : {})}
      >
        {formatDate(timeFormat, tag.pressedAt)}
      </time>{' '}
      {t(SIDE_LABEL_IDS[tag.side])} · {kindById(tag.kind).label}
    </li>
  );
}

/**
 * Tags whose writes failed where this panel cannot retry them in place: pressed as a global
 * shortcut, or in a panel since closed, or in a call no longer on screen. Each is kept until
 * saved or knowingly discarded.
 */
export function UnsavedTagsNotice({ liveCallId }: { liveCallId: string | null }) {
  const kept = useUnsavedTags();
  // Left out: the live call's own tags, which its moment list shows with Retry, and tags this
  // panel has just saved or discarded (their kept copies are being forgotten). A string, so
  // that a tag that changes neither does not render this again; nothing at all while nothing
  // is kept.
  const inHand = useStore((s) =>
    kept.length === 0
      ? ''
      : [
          ...s.pending.filter((p) => p.callId === liveCallId).map((p) => p.id),
          ...s.saved.list.map((m) => m.moment.id),
          ...s.resolvedTagIds,
        ].join(' '),
  );
  const { busy, problem, saveAll, discardAll } = useUnsavedTagActions();
  const t = useT();
  const hidden = new Set(inHand.split(' '));
  const tags = kept.filter((tag) => !hidden.has(tag.id));
  if (tags.length === 0) return null;

  return (
    <section className="unsaved-tags" aria-labelledby="unsaved-tags-heading">
      <h2 id="unsaved-tags-heading" className="unsaved-heading">
        <CircleAlert size={16} aria-hidden="true" />{' '}
        {t('live.unsaved.heading', { count: tags.length })}
      </h2>
      <p className="hint" role={problem ? 'alert' : undefined}>
        {problem ?? tags[0]?.error}
      </p>
      <ul className="unsaved-list">
        {tags.map((tag) => (
          <UnsavedTagItem key={tag.id} tag={tag} />
        ))}
      </ul>
      <div className="unsaved-actions">
        <button
          type="button"
          className="small-button"
          disabled={busy}
          onClick={() => void saveAll(tags)}
        >
          <RotateCw size={14} aria-hidden="true" />{' '}
          {busy ? t('live.unsaved.saving') : t('live.unsaved.save')}
        </button>
        <ConfirmButton
          question={t('live.unsaved.confirm', { count: tags.length })}
          confirmLabel={t('live.unsaved.discard')}
          onConfirm={() => void discardAll(tags)}
        >
          {t('live.unsaved.discard')}
        </ConfirmButton>
      </div>
    </section>
  );
}
