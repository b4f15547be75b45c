import { CircleAlert, RotateCw } from 'lucide-react';
import { formatDate, isValidTime } from '../../lib/domain/format-time';
import type { UnsavedTag } from '../../lib/extension/unsaved-tags';
import { useKindOf } from '../app-context/settings-context';
import { ConfirmButton } from '../ui/confirm-button';
import { SIDE_LABEL_IDS } from '../../lib/domain/i18n/labels';
import { useUnsavedTagActions } from './use-unsaved-tag-actions';
import './unsaved-tags-card.css';
import { useT } from '../app-context/i18n-context';
import '../../lib/domain/i18n/messages-en-unsaved';

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

/** The kept tags, with Save now and Discard (which asks first). */
export function UnsavedTagsCard({ tags }: { tags: readonly UnsavedTag[] }) {
  const { busy, problem, saveAll, discardAll } = useUnsavedTagActions();
  const t = useT();
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
