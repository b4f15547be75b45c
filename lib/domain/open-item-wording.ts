import { formatDay } from './format-time';
import { followUpKind, isPastDue } from './follow-up';
import { translate, translateMessage, type Message, type MessageId } from './i18n/translate';
import type { Moment, Side } from './model';

export type OpenItem = Pick<Moment, 'side' | 'kind' | 'note' | 'state' | 'dueAt'>;

export interface OpenItemWording {
  /** "They" or "You": who asked or committed. */
  subject: string;
  /** The rest of the sentence: "asked for: the pricing sheet", "committed to: send the deck". */
  text: string;
  /** "past due since 3 Dec", "due 10 Dec", or undefined without a due date. */
  due?: string;
  pastDue: boolean;
  /** The same three as messages, for the UI to say in the user's language. */
  messages: { subject: MessageId; text: Message; due?: Message };
}

const SUBJECT: Record<Side, MessageId> = { them: 'side.subject.them', me: 'side.subject.me' };
const ASKED_FOR: Record<Side, MessageId> = {
  them: 'openItem.askedFor.them',
  me: 'openItem.askedFor.me',
};
const COMMITTED_TO: Record<Side, MessageId> = {
  them: 'openItem.committedTo.them',
  me: 'openItem.committedTo.me',
};

/**
 * A note that already says what happened ("asked for our pricing", "Will send…"), in a form
 * that follows "They" or "You" ("wants…" would not: "They wants").
 */
const SAYS_ITS_VERB = /^(asked|requested|wanted|committed|promised|agreed|will)\b/i;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * An open ask or commitment from an earlier call, as a sentence said to the user: "They
 * asked for: the pricing sheet", "You committed to: send the deck · past due since 3 Dec".
 * A note that already starts with its verb is not given the verb twice; an item without a
 * note reads as its kind ("They asked for something").
 */
export function openItemWording(item: OpenItem, kindLabel: string, now: number): OpenItemWording {
  const commitment = followUpKind(item.kind) === 'commitment';
  const note = item.note.trim();
  const text: Message = !note
    ? { id: 'openItem.asIs', params: { text: lowerFirst(kindLabel) } }
    : SAYS_ITS_VERB.test(note)
      ? { id: 'openItem.asIs', params: { text: lowerFirst(note) } }
      : { id: (commitment ? COMMITTED_TO : ASKED_FOR)[item.side], params: { note } };
  const pastDue = isPastDue(item, now);
  const due: Message | undefined =
    item.dueAt === undefined || !commitment
      ? undefined
      : {
          id: pastDue ? 'openItem.pastDue' : 'openItem.due',
          params: { day: formatDay(item.dueAt, now) },
        };
  const subject = SUBJECT[item.side];
  return {
    subject: translate('en', subject),
    text: translateMessage('en', text),
    pastDue,
    ...(due !== undefined && { due: translateMessage('en', due) }),
    messages: { subject, text, ...(due !== undefined && { due }) },
  };
}
