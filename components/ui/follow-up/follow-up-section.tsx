import { useState } from 'react';
import { followUpLists } from '../../../lib/domain/follow-up';
import type { Moment } from '../../../lib/domain/model';
import { ErrorBanner } from '../error-banner';
import { FollowUpItem } from './follow-up-item';
import { useFollowUpActions } from './use-follow-up-actions';
import './follow-up.css';

const LISTS = [
  { key: 'theyAsked', title: 'What they asked of me', empty: 'They asked for nothing.' },
  { key: 'iAsked', title: 'What I asked of them', empty: 'You asked for nothing.' },
  { key: 'commitments', title: 'Who committed to what', empty: 'No commitments were made.' },
] as const;

/** The call's asks and commitments, each with its state, to follow up after the call. */
export function FollowUpSection({ moments }: { moments: readonly Moment[] }) {
  const lists = followUpLists(moments);
  const { change, error, clearError } = useFollowUpActions();
  const [now] = useState(() => Date.now());
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" className="section-heading">
        Asks and commitments
      </h2>
      {error ? <ErrorBanner message={error} onDismiss={clearError} /> : null}
      {LISTS.map((list) => (
        <div key={list.key} className="follow-up-group">
          <h3 id={`follow-up-${list.key}`}>
            {list.title} <span className="count">{lists[list.key].length}</span>
          </h3>
          {lists[list.key].length === 0 ? (
            <p className="empty">{list.empty}</p>
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
