import { useState } from 'react';
import { followUpLists } from '../../../lib/domain/follow-up';
import type { MessageId } from '../../../lib/domain/i18n/translate';
import type { Moment } from '../../../lib/domain/model';
import { ErrorBanner } from '../error-banner';
import { FollowUpItem } from './follow-up-item';
import { useFollowUpActions } from './use-follow-up-actions';
import './follow-up.css';
import { useT } from '../../app-context/i18n-context';
import '../../../lib/domain/i18n/messages-en-review';

const LISTS = [
  { key: 'theyAsked', title: 'ui.followUp.theyAsked', empty: 'ui.followUp.theyAsked.empty' },
  { key: 'iAsked', title: 'ui.followUp.iAsked', empty: 'ui.followUp.iAsked.empty' },
  {
    key: 'commitments',
    title: 'ui.followUp.commitments',
    empty: 'ui.followUp.commitments.empty',
  },
] as const satisfies ReadonlyArray<{ key: string; title: MessageId; empty: MessageId }>;

/** The call's asks and commitments, each with its state, to follow up after the call. */
export function FollowUpSection({ moments }: { moments: readonly Moment[] }) {
  const lists = followUpLists(moments);
  const { change, error, clearError } = useFollowUpActions();
  const [now] = useState(() => Date.now());
  const t = useT();
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" className="section-heading">
        {t('ui.followUp.heading')}
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      {LISTS.map((list) => (
        <div key={list.key} className="follow-up-group">
          <h3 id={`follow-up-${list.key}`}>
            {t(list.title)} <span className="count">{lists[list.key].length}</span>
          </h3>
          {lists[list.key].length === 0 ? (
            <p className="empty">{t(list.empty)}</p>
          ) : (
            <ul className="follow-up-list" aria-labelledby={`follow-up-${list.key}`}>
              {lists[list.key].map((m) => (
                <FollowUpItem
                  key={m.id}
                  moment={m}
                  now={now}
                  onChange={(changes) => void change(m, changes)}
                />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
