import type { KindClass } from '../moment-kinds';
import type { CallOutcome, FollowUpState, Side } from '../model';
import type { PartnerSort } from '../partner-list';
import type { MessageId } from './translate';

/**
 * The message ids of the app's small closed sets, for the UI. The English maps beside each
 * set (SIDE_LABELS, OUTCOME_LABELS, …) stay for the exports, which are written in English.
 */
export const SIDE_LABEL_IDS: Readonly<Record<Side, MessageId>> = {
  them: 'side.them',
  me: 'side.me',
};

/** "They" or "You" starting a sentence about one side. */
export const SIDE_SUBJECT_IDS: Readonly<Record<Side, MessageId>> = {
  them: 'side.subject.them',
  me: 'side.subject.me',
};

export const FOLLOW_UP_STATE_LABEL_IDS: Readonly<Record<FollowUpState, MessageId>> = {
  open: 'followUp.state.open',
  answered: 'followUp.state.answered',
  declined: 'followUp.state.declined',
  done: 'followUp.state.done',
};

export const OUTCOME_LABEL_IDS: Readonly<Record<CallOutcome['reached'], MessageId>> = {
  yes: 'outcome.yes',
  partly: 'outcome.partly',
  no: 'outcome.no',
};

export const CLASSIFICATION_LABEL_IDS: Readonly<Record<KindClass, MessageId>> = {
  give: 'classification.give',
  take: 'classification.take',
  flag: 'classification.flag',
  accountability: 'classification.accountability',
  neutral: 'classification.neutral',
};

export const PARTNER_SORT_LABEL_IDS: Readonly<Record<PartnerSort, MessageId>> = {
  last: 'partners.sort.last',
  name: 'partners.sort.name',
  calls: 'partners.sort.calls',
  took: 'partners.sort.took',
};
