import {
  ASK_STATES,
  COMMITMENT_STATES,
  followUpKind,
  followUpState,
  isPastDue,
} from '../../../lib/domain/follow-up';
import { formatOffset } from '../../../lib/domain/format-time';
import { useKindOf } from '../../app-context/settings-context';
import { FOLLOW_UP_STATE_LABEL_IDS, SIDE_LABEL_IDS } from '../../../lib/domain/i18n/labels';
import type { FollowUpState, Moment } from '../../../lib/domain/model';
import type { MomentChanges } from '../../../lib/db/moments-repository';
import { DueDateField } from './due-date-field';
import '../moment-row.css';
import './follow-up.css';
import { useT } from '../../app-context/i18n-context';
import '../../../lib/domain/i18n/messages-en-review';

/** One ask or commitment with its state, and a due date for commitments. */
export function FollowUpItem({
  moment,
  onChange,
  now,
  when,
}: {
  moment: Moment;
  onChange: (changes: MomentChanges) => void;
  now: number;
  /** Shown instead of the offset where items come from several calls. */
  when?: string;
}) {
  const kindById = useKindOf();
  const t = useT();
  const kind = followUpKind(moment.kind);
  const state = followUpState(moment) ?? 'open';
  const states = kind === 'commitment' ? COMMITMENT_STATES : ASK_STATES;
  const text = moment.note || kindById(moment.kind).label;
  const overdue = isPastDue(moment, now);
  return (
    <li className={`follow-up-item state-${state}${overdue ? ' overdue' : ''}`}>
      <span className="offset">{when ?? formatOffset(moment.offsetMs)}</span>
      <span className={`side-chip side-${moment.side}`}>{t(SIDE_LABEL_IDS[moment.side])}</span>
      <span className="follow-up-text">{text}</span>
      <span className="follow-up-actions">
        {kind === 'commitment' ? (
          <DueDateField
            dueAt={moment.dueAt}
            label={t('ui.followUp.dueFor', { text })}
            now={now}
            onChange={(dueAt) => onChange({ dueAt })}
          />
        ) : null}
        {overdue ? <span className="overdue-chip">{t('ui.followUp.pastDue')}</span> : null}
        <label>
          <span className="visually-hidden">{t('ui.followUp.stateOf', { text })}</span>
          <select
            value={state}
            onChange={(e) => onChange({ state: e.target.value as FollowUpState })}
          >
            {states.map((s) => (
              <option key={s} value={s}>
                {t(FOLLOW_UP_STATE_LABEL_IDS[s])}
              </option>
            ))}
          </select>
        </label>
      </span>
    </li>
  );
}
